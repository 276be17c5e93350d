"""Importing workbooks and CSV files from the desktop: the wizard and the File menu commands.

``menu.ImportActions`` gives the main window its two menu entries; ``wizard.ImportWizard``
walks through file → sheet and header row → columns → dry run → import, over
``services.importing`` (the same pipeline and report as ``ingenierie import``). Nothing is
imported here: the window starts with the menu only, the wizard and the workbook
libraries are loaded when first used.
"""
