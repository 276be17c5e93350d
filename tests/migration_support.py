"""Helpers for tests that walk the migration chain, whatever revisions it holds.

``fill_rows`` writes one row into every modelled table of the schema as it is
at any revision (types read from the file itself), so a database can hold data
at each step without the tests knowing what each revision changed.
``extended_migrations`` copies the packaged scripts and adds test revisions.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from ingenierie.models import Base
from ingenierie.storage.migrate import Migrations, packaged_location

_REVISION_TEMPLATE = '''"""Test revision {revision}."""

import sqlalchemy as sa
from alembic import op

revision = {revision!r}
down_revision = {down_revision!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{upgrade}


def downgrade() -> None:
{downgrade}
'''


def _indent(body: str) -> str:
    return "\n".join(f"    {line}" for line in body.strip().splitlines())


def extended_migrations(folder: Path, *steps: tuple[str, str]) -> Migrations:
    """The packaged migrations copied into ``folder``, plus one revision per
    ``(upgrade body, downgrade body)`` step, chained after the real head."""
    location = folder / "migrations"
    shutil.copytree(packaged_location(), location,
                    ignore=shutil.ignore_patterns("__pycache__"))
    down_revision = Migrations(location).head
    for number, (upgrade, downgrade) in enumerate(steps, 1):
        revision = f"test_{number:02d}"
        (location / "versions" / f"{revision}.py").write_text(_REVISION_TEMPLATE.format(
            revision=revision, down_revision=down_revision,
            upgrade=_indent(upgrade), downgrade=_indent(downgrade)), encoding="utf-8")
        down_revision = revision
    return Migrations(location)


def modelled_tables(engine: Engine) -> list[sa.Table]:
    """The file's own tables that have a model, parents before children."""
    reflected = sa.MetaData()
    reflected.reflect(bind=engine)
    return [table for table in reflected.sorted_tables if table.name in Base.metadata.tables]


def _value(column: sa.Column[Any], round_: int, inserted: dict[str, dict[str, Any]]) -> Any:
    for foreign_key in column.foreign_keys:
        return inserted.get(foreign_key.column.table.name, {}).get(foreign_key.column.name)
    model = Base.metadata.tables[column.table.name].columns.get(column.name)
    model_type = model.type if model is not None else column.type
    if isinstance(model_type, sa.Enum):
        return model_type.enums[round_ % len(model_type.enums)]
    if isinstance(model_type, sa.Uuid):
        return uuid.uuid4().hex
    if isinstance(column.type, sa.Boolean):
        return True
    if isinstance(column.type, sa.Integer | sa.Numeric):
        return 1  # inside every range the schema checks (1–5 scores, amounts ≥ 0)
    if isinstance(column.type, sa.DateTime):
        return datetime(2024, 1, round_, 9, 30)
    if isinstance(column.type, sa.Date):
        return date(2024, 1, round_)
    if isinstance(column.type, sa.JSON):
        return {"round": round_}
    length = getattr(column.type, "length", None) or 40
    return f"r{round_} {column.name}"[:length]


def fill_rows(engine: Engine, round_: int) -> None:
    """Insert one row into every modelled table; ``round_`` (1–28) keeps them unique."""
    inserted: dict[str, dict[str, Any]] = {}
    with engine.begin() as connection:
        for table in modelled_tables(engine):
            values = {column.name: _value(column, round_, inserted)
                      for column in table.columns
                      if not (column.primary_key and isinstance(column.type, sa.Integer))}
            result = connection.execute(table.insert().values(values))
            inserted[table.name] = {**values, **result.inserted_primary_key._asdict()}


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per modelled table present in the file."""
    with engine.connect() as connection:
        return {table.name: connection.execute(
                    sa.select(sa.func.count()).select_from(table)).scalar_one()
                for table in modelled_tables(engine)}


def schema_of(engine: Engine) -> dict[str, Any]:
    """Tables, columns, indexes, keys and other schema objects, without their SQL text."""
    inspector = sa.inspect(engine)
    with engine.connect() as connection:
        objects = sorted(connection.exec_driver_sql(
            "SELECT type, name, tbl_name FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"))
    tables = {
        name: {
            "columns": [(c["name"], str(c["type"]), c["nullable"])
                        for c in inspector.get_columns(name)],
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in inspector.get_indexes(name)),
            "foreign_keys": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                                    tuple(f["referred_columns"]),
                                    str(f.get("options", {}).get("ondelete")))
                                   for f in inspector.get_foreign_keys(name)),
            "checks": sorted(str(c["name"]) for c in inspector.get_check_constraints(name)),
            "uniques": sorted(str(u["name"]) for u in inspector.get_unique_constraints(name)),
        }
        for name in inspector.get_table_names() if name != "alembic_version"
    }
    return {"objects": [tuple(row) for row in objects], "tables": tables}


def execute(path: Path, *statements: str) -> list[tuple[Any, ...]]:
    """Run statements on a file with plain ``sqlite3``, committed; the last one's rows."""
    with closing(sqlite3.connect(path)) as connection, connection:
        rows: list[tuple[Any, ...]] = []
        for statement in statements:
            rows = connection.execute(statement).fetchall()
        return rows


def revision_of(path: Path) -> str | None:
    """The Alembic revision written in a file, read without our engine."""
    rows = execute(path, "SELECT version_num FROM alembic_version")
    return rows[0][0] if rows else None


def dump(path: Path) -> list[str]:
    """Every statement needed to rebuild the file: schema and rows."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())
