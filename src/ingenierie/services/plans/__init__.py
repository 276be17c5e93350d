"""Plans d'action: programmes grouping projects under axes (see ``models.plan``)."""
