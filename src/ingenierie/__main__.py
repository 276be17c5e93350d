"""Entry point for ``python -m ingenierie``."""

from ingenierie.cli import main

raise SystemExit(main())
