"""Projects: the list screen, the project form, its undoable edits and the project page."""
