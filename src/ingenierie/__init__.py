"""Ingénierie: territorial projects and the cooperation between their stakeholders."""

__version__ = "0.1.0"
