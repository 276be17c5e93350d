"""The shipped library and maturity grid: loaded, kept in step, apart from imported rows."""

from __future__ import annotations

import json
from importlib.resources import files

from sqlalchemy import select, update

from ingenierie.models import IndicatorDefinition, MaturityItem
from ingenierie.models.base import utcnow
from ingenierie.models.evaluation_vocabulary import DataOrigin, ObservedMeasure
from ingenierie.services.evaluation.library import indicator_library
from ingenierie.services.evaluation.maturity import maturity_frameworks
from ingenierie.services.evaluation.shipped import (
    COOPERATIVE_MATURITY,
    ShippedSync,
    sync_shipped_data,
)
from ingenierie.storage import Database

DOMAIN_PRINCIPLES = 12


def test_the_library_holds_typed_and_observed_definitions(shipped: Database) -> None:
    library = indicator_library(shipped)
    assert len(library) >= 25
    assert all(row.origin is DataOrigin.FOURNIE for row in library)
    observed = {row.computation for row in library if row.observed}
    assert observed == set(ObservedMeasure)  # every computation has a definition
    codes = {row.code for row in library}
    assert {"tzcld.emplois_ebe", "enr.kwh_produits", "enr.actionnaires_citoyens",
            "fin.financements_obtenus", "coop.part_concertation_ou_plus"} <= codes
    kwh = next(row for row in library if row.code == "enr.kwh_produits")
    assert (kwh.unit, kwh.title) == ("kWh", "Électricité renouvelable produite")
    assert [s.value for s in kwh.schemes] == ["energie_citoyenne"]


def test_a_scheme_brings_its_definitions_first(shipped: Database) -> None:
    from ingenierie.models.vocabulary import Scheme

    library = indicator_library(shipped, scheme=Scheme.TZCLD)
    first = [row.code for row in library[:3]]
    assert all(code.startswith("tzcld.") for code in first)


def test_the_grid_has_the_twelve_principles_on_a_labelled_scale(shipped: Database) -> None:
    [grid] = maturity_frameworks(shipped)
    assert grid.code == COOPERATIVE_MATURITY
    assert len(grid.items) == DOMAIN_PRINCIPLES
    assert (grid.scale_min, grid.scale_max) == (0, 4)
    assert [level.label for level in grid.levels] == [
        "Absent", "Émergent", "En construction", "Établi", "Ancré"]
    assert grid.items[0].label == "Territoire apprenant"
    assert all(item.description for item in grid.items)
    assert "ne reprend pas le matériel de l'Institut" in (grid.description or "")


def test_a_second_sync_changes_nothing(shipped: Database) -> None:
    assert sync_shipped_data(shipped).value == ShippedSync()


def test_a_changed_or_dropped_shipped_row_is_brought_back_in_step(shipped: Database) -> None:
    with shipped.write() as session:
        session.execute(update(IndicatorDefinition).where(
            IndicatorDefinition.code == "enr.kwh_produits").values(unit="MWh"))
        session.add(IndicatorDefinition(
            origin=DataOrigin.FOURNIE, code="ancien.indicateur", title="Retiré", unit="u",
            level="realisation", direction="hausse"))
        session.execute(update(MaturityItem).where(MaturityItem.code == "reflexivite")
                        .values(label="Ancien libellé"))

    assert sync_shipped_data(shipped).value == ShippedSync(added=0, updated=2, archived=1)

    with shipped.read() as session:
        units = dict(session.execute(
            select(IndicatorDefinition.code, IndicatorDefinition.unit)).all())
        retired = session.scalar(select(IndicatorDefinition.archived_at).where(
            IndicatorDefinition.code == "ancien.indicateur"))
    assert units["enr.kwh_produits"] == "kWh"
    assert retired is not None  # archived, not deleted: indicators may refer to it


def test_imported_rows_and_a_users_archiving_are_left_alone(shipped: Database) -> None:
    with shipped.write() as session:
        session.add(IndicatorDefinition(
            origin=DataOrigin.IMPORTEE, code="enr.kwh_produits", title="Nos kWh", unit="MWh",
            level="resultat", direction="hausse"))
        session.execute(update(IndicatorDefinition).where(
            IndicatorDefinition.code == "tl.heures_ouverture").values(archived_at=utcnow()))

    assert sync_shipped_data(shipped).value == ShippedSync()
    library = {(row.origin, row.code): row for row in indicator_library(shipped)}
    assert library[(DataOrigin.IMPORTEE, "enr.kwh_produits")].unit == "MWh"
    assert (DataOrigin.FOURNIE, "tl.heures_ouverture") not in library


def test_the_files_are_packaged_resources_in_french() -> None:
    folder = files("ingenierie.resources") / "evaluation"
    library = json.loads((folder / "indicateurs.json").read_text(encoding="utf-8"))
    assert library["format"] == "ingenierie-bibliotheque-indicateurs"
    grid = json.loads((folder / "maturite-cooperative.json").read_text(encoding="utf-8"))
    assert grid["code"] == COOPERATIVE_MATURITY


def test_opening_a_database_for_use_loads_the_shipped_data(tmp_path) -> None:
    from ingenierie.services.opening import open_for_use

    with open_for_use(tmp_path / "neuve.sqlite", create=True) as db:
        assert len(indicator_library(db)) >= 25
        assert len(maturity_frameworks(db)) == 1
    with open_for_use(tmp_path / "neuve.sqlite", create=False) as db:
        assert sync_shipped_data(db).value == ShippedSync()
