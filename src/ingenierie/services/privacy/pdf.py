"""The readable half of the access export: a PDF in French, drawn with reportlab.

Text from users is data, never markup: every value is escaped before it goes into a
Paragraph. The font is chosen in one place (:func:`body_font`): reportlab's standard
Helvetica until the Unicode TTF family of ``resources/fonts/`` lands with the reports
branch — switching is that one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ingenierie.services.privacy.labels import column_label, table_label


def body_font() -> tuple[str, str]:
    """The regular and bold fonts of the export (see the module's docstring)."""
    return "Helvetica", "Helvetica-Bold"


def describe(value: Any) -> str:
    """A value as the PDF prints it."""
    if value is None:
        return "—"
    if isinstance(value, Mapping):
        return ", ".join(f"{k} : {describe(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " → ".join(describe(v) for v in value)
    if isinstance(value, str):
        try:
            return f"{datetime.fromisoformat(value):%d/%m/%Y %H:%M}" if "T" in value and \
                len(value) > 18 else value
        except ValueError:
            return value
    return str(value)


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = body_font()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("titre", parent=base["Title"], fontName=bold),
        "heading": ParagraphStyle("section", parent=base["Heading2"], fontName=bold),
        "body": ParagraphStyle("texte", parent=base["BodyText"], fontName=regular),
    }


def _line(label: str, value: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}</b> : {escape(describe(value))}", style)


def write_pdf(path: Path, document: dict[str, Any]) -> None:
    styles = _styles()
    body = styles["body"]
    person = document["personne"]
    story: list[Any] = [
        Paragraph(escape(f"Données concernant {person.get('display_name', '')}"),
                  styles["title"]),
        Paragraph(escape(f"{document['export']['objet']} — extrait le "
                         f"{document['export']['date'][:10]} de la base "
                         f"{document['export']['base']}."), body),
        Paragraph(escape("Fiche"), styles["heading"]),
    ]
    story += [_line(column_label(name), value, body) for name, value in person.items()
              if not name.endswith("__nom")]
    for table, rows in document["donnees_liees"].items():
        story.append(Paragraph(escape(f"{table_label(table)} ({len(rows)})"), styles["heading"]))
        for row in rows:
            story += [_line(column_label(name), value, body) for name, value in row.items()]
            story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph(escape(f"Textes qui la nomment ({len(document['mentions'])})"),
                           styles["heading"]))
    story += [_line(f"{table_label(m['table'])}, {column_label(m['colonne'])}", m["texte"], body)
              for m in document["mentions"]]
    story.append(Paragraph(escape(f"Journal des modifications ({len(document['journal'])})"),
                           styles["heading"]))
    story += [_line(f"{line['date'][:16].replace('T', ' ')} — {line['auteur']} — "
                    f"{line['action']} ({table_label(line['type'])})",
                    line["modifications"], body) for line in document["journal"]]
    SimpleDocTemplate(str(path), pagesize=A4, title="Export RGPD",
                      leftMargin=2 * cm, rightMargin=2 * cm).build(story)
