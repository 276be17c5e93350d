"""The stakeholder directory: people and organisations, their form, projects, merges."""
