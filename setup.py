"""Package discovery that pyproject.toml cannot express on its own.

``migrations/`` and ``resources/`` live at the top of the repository but ship
inside the package as ``ingenierie.migrations`` and ``ingenierie.resources``
(mapped in pyproject.toml); everything under ``src/`` is found automatically.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "ingenierie.migrations", "ingenierie.resources"])
