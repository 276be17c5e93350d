"""Reading a PDF back as a reader would: its text, page by page."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> list[str]:
    """Each page's extracted text."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with its line breaks and spacing folded (words may wrap anywhere;
    a compound name broken at its own hyphen, ``Montigny-`` then ``Santerre``, reads whole)."""
    folded = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
    return re.sub(r"(\w)- (?=\w)", r"\1-", folded)
