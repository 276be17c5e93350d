"""The desktop interface (PySide6). The only package that imports Qt."""
