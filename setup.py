"""Package discovery that pyproject.toml cannot express on its own.

``migrations/`` and ``resources/`` live at the top of the repository but ship
inside the package as ``ingenierie.migrations`` and ``ingenierie.resources``
(mapped in pyproject.toml), every subfolder included; everything under
``src/`` is found automatically.
"""

from setuptools import find_namespace_packages, find_packages, setup


def shipped_folder(package: str, folder: str) -> list[str]:
    """``folder`` shipped as ``package``, with each of its subfolders as a subpackage."""
    subfolders = find_namespace_packages(folder, exclude=["*__pycache__*"])
    return [package, *(f"{package}.{sub}" for sub in subfolders)]


setup(packages=[
    *find_packages("src"),
    *shipped_folder("ingenierie.migrations", "migrations"),
    *shipped_folder("ingenierie.resources", "resources"),
])
