"""The stakeholder directory: people and organisations, their projects and exchanges, merges."""
