"""What the user chooses for a report: the period, and the structure that issues it.

The structure's name and logo come from the preferences (the window's settings, the
command line's ``--structure`` and ``--logo``) as plain values. A logo must be a PNG
or JPEG file that can be read: anything else is refused in French before any work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ingenierie.errors import UserError
from ingenierie.services.common import system_user_name
from ingenierie.services.output_files import check_destination, database_files
from ingenierie.services.reporting.gathering import Period
from ingenierie.storage import Database

_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
#: The largest logo read (a logo is small; a huge file is a mistake).
LOGO_LIMIT = 10 * 1024 * 1024


class LogoError(UserError):
    """The logo chosen for the reports cannot be used."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    period: Period = field(default_factory=Period)
    structure: str | None = None
    logo: Path | None = None
    author: str = field(default_factory=system_user_name)


def check_logo(path: Path) -> Path:
    """``path`` if it is a readable PNG or JPEG image; a French ``LogoError`` otherwise."""
    what = f"Le logo « {path} »"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise LogoError(f"{what} est introuvable : choisissez une image PNG ou JPEG.") \
            from error
    except OSError as error:
        raise LogoError(f"{what} ne peut pas être lu ({error.strerror}).") from error
    if not head.startswith(_SIGNATURES):
        raise LogoError(f"{what} n'est pas une image PNG ou JPEG : choisissez un autre "
                        "fichier.")
    if size > LOGO_LIMIT:
        raise LogoError(f"{what} est trop lourd (plus de 10 Mo) : choisissez une image plus "
                        "légère.")
    try:
        with Image.open(path) as image:  # decoded whole: a truncated file fails here
            image.load()
            width, height = image.size
    except Exception as error:  # Pillow raises many kinds of errors for a damaged image
        raise LogoError(f"{what} est une image endommagée ou illisible : choisissez un autre "
                        "fichier.") from error
    if width <= 0 or height <= 0:
        raise LogoError(f"{what} est une image vide.")
    return path


def checked_before_reading(db: Database, destination: Path, options: ReportOptions | None, *,
                           replace: bool, protected: Mapping[Path, str] | None
                           ) -> tuple[ReportOptions, dict[Path, str]]:
    """The options (the defaults when none) and the files never to write over, once the
    logo and the destination are checked: a refusal comes before any reading."""
    options = options or ReportOptions()
    keep = database_files(db.location) | dict(protected or {})
    if options.logo is not None:
        check_logo(options.logo)
    check_destination(destination, replace=replace, protected=keep)
    return options, keep
