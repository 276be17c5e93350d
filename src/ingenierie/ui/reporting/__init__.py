"""The window's reports and exports: the dialog, the work off the GUI thread, the offer to
open what was written."""
