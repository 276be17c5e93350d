"""Official territory lists as published (INSEE, BANATIC, QPV), and projects linking to them."""

from __future__ import annotations

from pathlib import Path

import fixtures
import openpyxl
from sqlalchemy import select
from sqlalchemy.orm import aliased

from ingenierie.models import Project, ProjectTerritory, Territory, TerritoryLink
from ingenierie.models.vocabulary import TerritoryKind, TerritoryRole
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.storage import Database

TERRITORY = RecordKind.TERRITORY


def write(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def territories(db: Database) -> dict[str, tuple[TerritoryKind, str, str | None]]:
    parent = aliased(Territory)
    with db.read() as session:
        rows = session.execute(select(Territory, parent.code)
                               .outerjoin(parent, parent.id == Territory.parent_id))
        return {t.code: (t.kind, t.name, parent_code) for t, parent_code in rows}


def banatic_epci(folder: Path) -> Path:
    return write(folder / "epci.csv", [
        "N° SIREN;Nom du groupement;Nature juridique;Population totale",
        "200000172;CC Plaine de l'Ain;CC;78 012",
        "247400724;CA Privas Centre Ardèche;CA;43 207"])


def insee_composition(folder: Path) -> Path:
    return write(folder / "communes_epci.csv", [
        "COM;LIBELLE;EPCI;PMUN",
        '="01004";Ambérieu-en-Bugey;200000172;14 514',
        '="2A004";Ajaccio;200066918;71 361',
        "07186;Privas;247400724;8 188",
        "07102;Lyas;247400724;638"], encoding="utf-8-sig")


def qpv_list(folder: Path) -> Path:
    return write(folder / "qpv.csv", [
        "CODE_QP;LIB_QP;Commune",
        "QN00701M;Nord-Ouvèze;07186",
        "QN00701M;Nord-Ouvèze;07102",
        "QP007002;Vieux centre;07186",
        "QN09301Z;Quartier inconnu;93999"])


def test_communes_epci_and_qpv_lists_as_published(db: Database, tmp_path: Path) -> None:
    for build in (banatic_epci, insee_composition, qpv_list):
        report = run_import(db, build(tmp_path))
        assert report.outcome is Outcome.IMPORTED, report.text()

    assert territories(db) == {
        "200000172": (TerritoryKind.EPCI, "CC Plaine de l'Ain", None),
        "247400724": (TerritoryKind.EPCI, "CA Privas Centre Ardèche", None),
        "01004": (TerritoryKind.COMMUNE, "Ambérieu-en-Bugey", "200000172"),
        "2A004": (TerritoryKind.COMMUNE, "Ajaccio", None),
        "07186": (TerritoryKind.COMMUNE, "Privas", "247400724"),
        "07102": (TerritoryKind.COMMUNE, "Lyas", "247400724"),
        # Over two communes of one EPCI: attached to the EPCI.
        "QN00701M": (TerritoryKind.QPV, "Nord-Ouvèze", "247400724"),
        "QP007002": (TerritoryKind.QPV, "Vieux centre", "07186"),
        "QN09301Z": (TerritoryKind.QPV, "Quartier inconnu", None),
    }
    text = report.text()
    assert "Le QPV QN00701M s'étend sur 2 communes (07186, 07102)." in text
    assert "Territoire de rattachement inconnu : code « 93999 » (1 ligne(s))" in text


def test_unknown_epci_is_reported_not_invented(db: Database, tmp_path: Path) -> None:
    report = run_import(db, insee_composition(tmp_path))

    assert report.outcome is Outcome.IMPORTED
    assert report.counts[TERRITORY].new == 4
    assert {kind for kind, _, _ in territories(db).values()} == {TerritoryKind.COMMUNE}
    assert any("« 247400724 » (2 ligne(s))" in notice for notice in report.notices)


def test_reimporting_a_list_changes_only_what_changed(db: Database, tmp_path: Path) -> None:
    run_import(db, fixtures.insee_communes_csv(tmp_path))
    path = write(tmp_path / "communes.csv", [
        "COM;LIBELLE;DEP;PMUN", '="01004";Ambérieu-en-Bugey;="01";14 514',
        '="2A004";Ajaccio (Corse-du-Sud);2A;71 361', "07186;Privas;07;8 188"])

    report = run_import(db, path)

    counts = report.counts[TERRITORY]
    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 2)
    assert territories(db)["2A004"][1] == "Ajaccio (Corse-du-Sud)"


def test_insee_code_list_keeps_only_communes(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "v_commune_2024.csv", [
        "TYPECOM;COM;REG;DEP;LIBELLE",
        "COM;01001;84;01;L'Abergement-Clémenciat",
        "COMD;01001;84;01;Ancienne commune déléguée",
        "ARM;13201;93;13;Marseille 1er Arrondissement"], encoding="utf-8")

    report = run_import(db, path)

    assert report.outcome is Outcome.IMPORTED
    assert territories(db) == {"01001": (TerritoryKind.COMMUNE, "L'Abergement-Clémenciat",
                                         None)}
    assert any(n.startswith("2 ligne(s) de communes déléguées") for n in report.notices)


def test_codes_typed_as_numbers_and_bad_codes(db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Communes"
    sheet.append(("Code commune", "Nom de la commune"))
    sheet.append((1004, "Ambérieu-en-Bugey"))  # a number: the leading zero was lost
    sheet.append(("2B0O1", "Code mal saisi"))
    workbook.save(tmp_path / "communes.xlsx")

    report = run_import(db, tmp_path / "communes.xlsx", ImportOptions(skip_invalid=True))

    assert territories(db) == {"01004": (TerritoryKind.COMMUNE, "Ambérieu-en-Bugey", None)}
    [warning] = report.warnings
    assert (warning.row, warning.value) == (2, "1004")
    assert "zéro initial est rétabli (01004)" in warning.message
    [error] = report.errors
    assert (error.row, error.column, error.value) == (3, "Code commune", "2B0O1")
    assert "Code INSEE de commune invalide" in error.message


def test_projects_link_to_territories_by_code(db: Database, tmp_path: Path) -> None:
    run_import(db, insee_composition(tmp_path))
    run_import(db, qpv_list(tmp_path))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Projets"
    sheet.append(("Code", "Titre", "Territoires"))
    sheet.append(("P1", "Jardins partagés", "07186 ; QN00701M"))
    sheet.append(("P2", "Ressourcerie", "07186, 99999"))
    workbook.save(tmp_path / "projets.xlsx")

    report = run_import(db, tmp_path / "projets.xlsx")

    assert report.outcome is Outcome.REFUSED
    [error] = report.errors
    assert (error.row, error.column) == (3, "Territoires")
    assert error.message.startswith("Territoire inconnu : code « 99999 »")
    report = run_import(db, tmp_path / "projets.xlsx", ImportOptions(skip_invalid=True))
    assert report.outcome is Outcome.IMPORTED
    with db.read() as session:
        links = session.execute(
            select(Project.code, Territory.code, ProjectTerritory.role)
            .join(ProjectTerritory, ProjectTerritory.project_id == Project.id)
            .join(Territory, Territory.id == ProjectTerritory.territory_id)).all()
        codes = set(session.scalars(select(Territory.code)))
    assert sorted(links) == [("P1", "07186", TerritoryRole.PERIMETRE),
                             ("P1", "QN00701M", TerritoryRole.QPV_CIBLE)]
    assert "99999" not in codes


BANATIC_HEADER = ("dept;siren;raison_sociale;nature_juridique;mode_financ;nb_membres;"
                  "total_pop_tot;total_pop_mun;dep_com;insee;siren_membre;nom_membre;"
                  "ptot_2024;pmun_2024")


def banatic_members(folder: Path) -> Path:
    """BANATIC's composition of the EPCI: one row per member commune, cp1252, ';'."""
    return write(folder / "epcicom2024.csv", [
        BANATIC_HEADER,
        "07;247400724;CA Privas Centre Ardèche;CA;FPU;2;9 012;8 826;07;07186;210701860;Privas;"
        "8 374;8 188",
        "07;247400724;CA Privas Centre Ardèche;CA;FPU;2;9 012;8 826;07;07102;210701027;Lyas;"
        "638;638",
        "2A;200066918;CA du Pays Ajaccien;CA;FPU;1;71 361;71 361;2A;2A004;212000046;Ajaccio;"
        "72 105;71 361"])


def populations(db: Database) -> dict[str, int | None]:
    with db.read() as session:
        return {t.code: t.population for t in session.scalars(select(Territory))}


def test_epci_member_lists_name_the_epci_and_its_communes(db: Database, tmp_path: Path) -> None:
    path = banatic_members(tmp_path)

    report = run_import(db, path)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert report.sheets[0].kind is TERRITORY
    assert territories(db) == {
        "247400724": (TerritoryKind.EPCI, "CA Privas Centre Ardèche", None),
        "200066918": (TerritoryKind.EPCI, "CA du Pays Ajaccien", None),
        "07186": (TerritoryKind.COMMUNE, "Privas", "247400724"),
        "07102": (TerritoryKind.COMMUNE, "Lyas", "247400724"),
        "2A004": (TerritoryKind.COMMUNE, "Ajaccio", "200066918")}
    assert populations(db)["07186"] == 8188  # the municipal population, INSEE's figure
    assert "2 EPCI lu(s) d'après les lignes de leurs communes membres" in report.text()
    counts = report.counts[TERRITORY]
    assert (counts.new, counts.rejected, report.data_rows) == (5, 0, 3)

    again = run_import(db, path).counts[TERRITORY]
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)


def test_a_qpv_over_two_communes_is_linked_to_both(db: Database, tmp_path: Path) -> None:
    run_import(db, banatic_members(tmp_path))
    qpv = write(tmp_path / "qpv2024.csv", [
        "code_qp;nom_qp;insee_com;lib_com",
        "QN00701M;Nord-Ouvèze;07186;Privas",
        "QN00701M;Nord-Ouvèze;07102;Lyas",
        "QP007002;Vieux centre;07186;Privas",
        "QN02A01C;Les Salines;2A004;Ajaccio"], encoding="utf-8")

    report = run_import(db, qpv)

    assert report.outcome is Outcome.IMPORTED, report.text()
    found = territories(db)
    assert found["QN00701M"] == (TerritoryKind.QPV, "Nord-Ouvèze", "247400724")
    assert found["QP007002"] == (TerritoryKind.QPV, "Vieux centre", "07186")
    assert found["QN02A01C"] == (TerritoryKind.QPV, "Les Salines", "2A004")
    within = aliased(Territory)
    query = (select(Territory.code, within.code)
             .join(TerritoryLink, TerritoryLink.territory_id == Territory.id)
             .join(within, within.id == TerritoryLink.within_id))
    with db.read() as session:
        assert sorted(tuple(row) for row in session.execute(query)) == [
            ("QN00701M", "07102"), ("QN00701M", "07186")]

    again = run_import(db, qpv)
    assert again.counts[TERRITORY].unchanged == 3
    with db.read() as session:
        assert len(session.execute(query).all()) == 2
