"""Importing workbooks and CSV files from the desktop: the wizard and the File menu commands.

``ImportActions`` gives the main window its two menu entries; ``ImportWizard``
walks through file → sheet and header row → columns → dry run → import, over
``services.importing`` (the same pipeline and report as ``ingenierie import``).
"""

from ingenierie.ui.importing.menu import ImportActions, save_import_template
from ingenierie.ui.importing.wizard import ImportWizard, show_import_wizard

__all__ = ["ImportActions", "ImportWizard", "save_import_template", "show_import_wizard"]
