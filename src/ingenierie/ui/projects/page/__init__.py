"""Everything about one project: identity, actors, power/interest grid, trajectory, exchanges."""

from ingenierie.ui.projects.page.page import ProjectPage

__all__ = ["ProjectPage"]
