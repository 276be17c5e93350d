"""OpenDocument spreadsheets (.ods) written by hand, as LibreOffice Calc saves them.

A sheet is a list of rows; a row is a list of cells made by :func:`text`,
:func:`number`, :func:`formula`, :func:`error`, :func:`covered` or None (empty).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
_MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
    'vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')


def text(value: str, *, rows: int = 1, columns: int = 1) -> str:
    """A text cell; ``rows``/``columns`` > 1 merge it over the cells below/right."""
    spans = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + \
        (f' table:number-columns-spanned="{columns}"' if columns > 1 else "")
    return (f'<table:table-cell office:value-type="string"{spans}>'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")


def number(value: float) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>")


def formula(expression: str, cached: str) -> str:
    """A formula whose last result, text, is ``cached``."""
    return (f'<table:table-cell table:formula={quoteattr("of:" + expression)} '
            f'office:value-type="string" office:string-value={quoteattr(cached)}>'
            f"<text:p>{escape(cached)}</text:p></table:table-cell>")


def error(expression: str, shown: str) -> str:
    """A formula that failed, showing ``shown`` (``#DIV/0!``…)."""
    return (f'<table:table-cell table:formula={quoteattr("of:" + expression)} '
            'office:value-type="float" office:value="0" calcext:value-type="error">'
            f"<text:p>{escape(shown)}</text:p></table:table-cell>")


def covered() -> str:
    """A cell hidden under a merged one."""
    return "<table:covered-table-cell/>"


def write_ods(path: Path, sheets: dict[str, list[list[str | None]]], *,
              visibility: dict[int, str] | None = None) -> Path:
    """``visibility``: (0-based) rows hidden by hand ("collapse") or by a filter ("filter")."""
    hidden = visibility or {}

    def row_tag(index: int) -> str:
        shown = hidden.get(index)
        return f'<table:table-row table:visibility="{shown}">' if shown else "<table:table-row>"

    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>" + "".join(
            row_tag(index) + "".join(cell or "<table:table-cell/>" for cell in row)
            + "</table:table-row>" for index, row in enumerate(rows)) + "</table:table>"
        for name, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES} '
               f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", content)
    return path
