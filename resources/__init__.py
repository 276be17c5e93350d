"""Icons, translations and fonts shipped with the app; located with importlib.resources."""
