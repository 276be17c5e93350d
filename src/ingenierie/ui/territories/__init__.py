"""Territories: the official lists imported, and the project's own territories — searched,
added, edited, archived in *Projets ▸ Territoires…*."""

from ingenierie.ui.territories.screen import TerritoriesDialog, show_territories

__all__ = ["TerritoriesDialog", "show_territories"]
