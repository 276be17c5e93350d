"""What users type prints as typed: every script and sign, markup as text, long texts
wrapped across pages — and a markup tag never makes reportlab open a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_reading import flat, pdf_text
from pypdf import PdfReader

from ingenierie.services.evaluation.shipped import sync_shipped_data
from ingenierie.services.projects.interactions import InteractionInput, create_interaction
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.reporting.options import LogoError, ReportOptions, check_logo
from ingenierie.services.reporting.project_report import write_project_report
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
)
from ingenierie.storage import Database

NAMES = {
    "polish": ("Łucja", "Wiśniewska-Żółkowska"),
    "romanian": ("Ștefan", "Țăranu-Șerbănescu"),
    "turkish": ("İsmail", "Şahinoğlu Çağlayan"),
    "vietnamese": ("Nguyễn", "Thị Phương Thảo"),
    "french": ("Cœur-Élodie", "L’Hôte-Bœuf"),
}
SIGNS = "« Budget ≥ 12 500 € — cœur de bourg, l’œuvre commune »"
MARKUP = "<b>gras</b> & x<y, <i>penché</i> <font color='red'>rouge</font>"


def test_every_script_and_sign_a_user_types_prints(db: Database, tmp_path: Path) -> None:
    sync_shipped_data(db)
    project = create_project(db, ProjectInput(title=f"Projet {SIGNS}", summary=SIGNS)).value
    for first, last in NAMES.values():
        person = create_person(db, PersonInput(last_name=last, first_name=first)).value
        add_involvement(db, project.id, person.id, InvolvementInput())
    path = tmp_path / "unicode.pdf"
    write_project_report(db, project.id, path)
    text = flat("\n".join(pdf_text(path)))
    assert flat(SIGNS) in text
    for first, last in NAMES.values():
        assert f"{first} {last}" in text


def test_markup_in_user_text_prints_literally(db: Database, tmp_path: Path) -> None:
    sync_shipped_data(db)
    project = create_project(db, ProjectInput(title="Balises", summary=MARKUP)).value
    organisation = create_organisation(db, OrganisationInput(name="Asso <b>& Cie</b>")).value
    add_involvement(db, project.id, organisation.id, InvolvementInput())
    create_interaction(db, project.id, InteractionInput(
        occurred_on=date.today(), title="Réunion <u>x<y</u>", decisions=MARKUP))
    path = tmp_path / "balises.pdf"
    write_project_report(db, project.id, path)
    text = flat("\n".join(pdf_text(path)))
    assert MARKUP in text
    assert "Asso <b>& Cie</b>" in text and "Réunion <u>x<y</u>" in text


def test_an_image_tag_in_a_description_opens_no_file(db: Database, tmp_path: Path) -> None:
    """The file named would be read and embedded if the tag were markup: it is a real
    image, yet the PDF holds no image and prints the tag as text."""
    secret = tmp_path / "secret.png"
    logo_source = Path(__file__).parent / "logo.png"
    secret.write_bytes(logo_source.read_bytes())
    for scheme in ("", "file://"):
        tag = f"<img src='{scheme}{secret}' width='40' height='40'/>"
        sync_shipped_data(db)
        project = create_project(db, ProjectInput(title=f"Image {scheme or 'chemin'}",
                                                  summary=f"Voir {tag} ici")).value
        path = tmp_path / "image.pdf"
        write_project_report(db, project.id, path, replace=True)
        reader = PdfReader(path)
        assert all(not page.images for page in reader.pages)
        assert tag in flat("\n".join(pdf_text(path)))


def test_a_long_text_wraps_and_runs_over_pages_within_the_margins(
        db: Database, tmp_path: Path) -> None:
    sync_shipped_data(db)
    paragraph = ("Le comité de pilotage a relu la charte de coopération article par "
                 "article, avec les habitants du quartier. ") * 12
    words = "motsansespacequinefinitjamais" * 12
    project = create_project(db, ProjectInput(title="Long", summary=words)).value
    for day in range(1, 13):
        create_interaction(db, project.id, InteractionInput(
            occurred_on=date(2025, 1, day), title=f"Atelier {day}", decisions=paragraph))
    path = tmp_path / "long.pdf"
    written = write_project_report(db, project.id, path)
    assert written.pages >= 3
    reader = PdfReader(path)
    width = float(reader.pages[0].mediabox.width)
    inside: list[float] = []

    def visitor(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():  # where the line starts on the page: its matrix, then the page's
            inside.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visitor)
    assert inside and max(inside) < width - 40  # every line starts within the frame
    text = flat("\n".join(pdf_text(path)))
    assert text.count("Le comité de pilotage a relu") == 12 * 12


def test_a_logo_that_is_not_a_readable_png_or_jpeg_is_refused_in_french(
        db: Database, tmp_path: Path) -> None:
    text_file = tmp_path / "logo.png"
    text_file.write_text("pas une image")
    truncated = tmp_path / "tronque.png"
    truncated.write_bytes((Path(__file__).parent / "logo.png").read_bytes()[:120])
    with pytest.raises(LogoError, match="n'est pas une image PNG ou JPEG"):
        check_logo(text_file)
    with pytest.raises(LogoError, match="endommagée ou illisible"):
        check_logo(truncated)
    with pytest.raises(LogoError, match="introuvable"):
        check_logo(tmp_path / "absent.png")
    project = create_project(db, ProjectInput(title="Logo")).value
    with pytest.raises(LogoError):
        write_project_report(db, project.id, tmp_path / "r.pdf",
                             ReportOptions(logo=text_file))
    assert not (tmp_path / "r.pdf").exists()


def test_the_logo_is_printed_on_the_cover(db: Database, tmp_path: Path) -> None:
    sync_shipped_data(db)
    project = create_project(db, ProjectInput(title="Logo")).value
    path = tmp_path / "logo.pdf"
    write_project_report(db, project.id, path, ReportOptions(
        structure="Pays de Brest", logo=Path(__file__).parent / "logo.png"))
    first = PdfReader(path).pages[0]
    assert len(first.images) == 1
    assert "Pays de Brest" in first.extract_text()
