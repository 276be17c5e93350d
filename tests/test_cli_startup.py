"""The command line loads only what the command being run needs.

``ingenierie --help`` answers from the table of commands without SQLAlchemy; a command
imports its own module and services, not the other commands'; opening a database at
the current schema does not load Alembic. (How long that takes is measured by
``benchmarks/cli_start.py``, never here.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from migration_support import revision_of

from ingenierie.cli import COMMANDS, build_parser
from ingenierie.storage import Database
from ingenierie.storage.migrate import Migrations

_LOADED = """
import sys
from ingenierie.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(code)
print(" ".join(sorted(sys.modules)))
"""


def loaded_modules(*args: str | Path) -> tuple[str, set[str]]:
    """Run the command line in a fresh interpreter; its exit code and its modules."""
    done = subprocess.run([sys.executable, "-c", _LOADED, *map(str, args)],
                          capture_output=True, text=True, check=True)
    code, modules = done.stdout.splitlines()[-2:]
    return code, set(modules.split())


def test_help_loads_no_command_and_no_database_library() -> None:
    code, modules = loaded_modules("--help")
    assert code == "0"
    assert not {name for name in modules if name.startswith(("sqlalchemy", "alembic"))}
    assert not {name for name in modules if name.startswith("ingenierie.cli.")}


def test_info_loads_its_own_command_only_and_no_alembic(db: Database, db_path: Path) -> None:
    code, modules = loaded_modules("--db", db_path, "info")
    assert code == "0"
    assert "ingenierie.cli.database_commands" in modules
    for name in ("alembic", "openpyxl", "PySide6", "ingenierie.cli.import_command",
                 "ingenierie.cli.demo_command", "ingenierie.services.importing"):
        assert name not in modules


def test_a_database_to_migrate_loads_alembic_and_is_migrated(db: Database,
                                                              db_path: Path) -> None:
    migrations = Migrations()
    migrations.downgrade(db.engine, migrations.revisions()[-2])
    db.close()
    code, modules = loaded_modules("--db", db_path, "init")
    assert code == "0" and "alembic" in modules
    assert revision_of(db_path) == migrations.head


@pytest.mark.parametrize("name", sorted(
    {*COMMANDS, *(alias for entry in COMMANDS.values() for alias in entry.aliases)}))
def test_every_command_of_the_table_is_registered_by_its_module(name: str) -> None:
    """The command's module registers it with its own arguments (``-h`` among them)."""
    parser = build_parser(name)
    with pytest.raises(SystemExit) as exit:
        parser.parse_args([name, "--help"])
    assert exit.value.code == 0
