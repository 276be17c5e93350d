"""Recognise a file's real format from its content, and refuse unsafe or damaged ones.

Names lie (a CSV saved as ``.xlsx``, a password-protected workbook that is in
fact an OLE2 container), so only the bytes decide. Zips are checked for a
plausible declared uncompressed size and compression ratio before any parser sees
them, and their XML parts for a DTD (entity attacks).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ingenierie.services.importing.reading.errors import ImportFileError, NoDataError
from ingenierie.services.importing.reading.table import FileFormat

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Everything a workbook unpacks to. A 100 000-row × 15-column sheet is 90 MB of XML
#: (194 MB as LibreOffice's .ods), so Excel's last row (1 048 576) is about 0.9 GiB.
MAX_UNCOMPRESSED = 1536 * 1024**2
#: Unpacked / packed size, for a part (or the whole) above ``RATIO_FLOOR``. Measured:
#: workbooks made by Excel (the samples, Territoires en transitions' exports) 3.5–10.6:1;
#: openpyxl's 100 000-row lists 7.9–16.8:1, 79:1 for one long text repeated in every
#: row (35 MB); LibreOffice's .xlsx 10.7–27.4:1, its .ods 32:1 for the 100 000-row list
#: and 199–241:1 for 100 000 identical rows (57 and 39 MB: under the floor). The zip
#: bomb of issue 9 was 257:1 (4.5 MB unpacking to 1.15 GB) and was parsed for 5 minutes.
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024**2
#: How much of each XML part's beginning is searched for a DTD (entities are declared
#: there, before the root element).
_PROLOG = 64 * 1024
_OLE2_SCAN = 32 * 1024**2

DAMAGED_ARCHIVE = ("Le fichier est endommagé ou incomplet (archive illisible) : il a peut-être "
                   "été mal copié ou mal téléchargé. Rouvrez-le dans Excel et enregistrez-le "
                   "à nouveau.")
FORBIDDEN_XML = ("Le classeur contient du contenu XML non autorisé (une déclaration DOCTYPE ou "
                 "des entités XML, qu'aucun tableur n'écrit et qui servent à piéger les "
                 "logiciels) : il est refusé par sécurité.")

_UNSUPPORTED_MAGIC = {
    b"%PDF": "un document PDF",
    b"\x89PNG": "une image PNG",
    b"\xff\xd8\xff": "une image JPEG",
    b"{\\rtf": "un document RTF",
}


@dataclass(frozen=True, slots=True)
class Detected:
    """The format found, and a French notice when the name says otherwise."""

    format: FileFormat
    notice: str | None = None


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def detect(path: Path) -> Detected:
    """The file's format; raises ImportFileError/NoDataError for what cannot be read."""
    if not path.exists():
        raise ImportFileError("Fichier introuvable.", file=path)
    if not path.is_file():
        raise ImportFileError("Ce chemin n'est pas un fichier.", file=path)
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
    except OSError as exc:
        raise ImportFileError(f"Impossible de lire le fichier ({exc.strerror}).",
                              file=path) from exc
    if not head:
        raise NoDataError("Le fichier est vide : il ne contient aucune donnée.", file=path)
    if head.startswith(ZIP_MAGIC):
        return Detected(_zip_format(path))
    if head.startswith(OLE2_MAGIC):
        return Detected(_ole2_format(path))
    for magic, what in _UNSUPPORTED_MAGIC.items():
        if head.startswith(magic):
            raise ImportFileError(f"Ce fichier est {what}, pas un tableur ni un fichier CSV.",
                                  file=path)
    _refuse_markup(path, head)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            "Format de fichier non reconnu : ce n'est ni un classeur (.xlsx, .ods, .xls) "
            "ni un fichier CSV.", file=path)
    notice = None
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}:
        notice = (f"Ce fichier porte l'extension {path.suffix} mais ce n'est pas un classeur : "
                  "c'est un fichier texte (CSV). Il est lu comme un CSV.")
    return Detected(FileFormat.CSV, notice)


def _refuse_markup(path: Path, head: bytes) -> None:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:400].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table")):
        raise ImportFileError(
            "Ce fichier est une page HTML déguisée en tableur : ouvrez-le dans Excel ou "
            "LibreOffice et enregistrez-le au format .xlsx avant de l'importer.", file=path)
    if start.startswith(b"<?xml"):
        raise ImportFileError(
            "Ce fichier est un document XML (par exemple « Feuille de calcul XML 2003 ») : "
            "enregistrez-le au format .xlsx avant de l'importer.", file=path)


def _zip_format(path: Path) -> FileFormat:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise ImportFileError(DAMAGED_ARCHIVE, file=path) from exc
    check_zip_sizes(path, infos)
    _refuse_entities(path, infos)
    if "xl/workbook.xml" in names:
        return FileFormat.XLSX
    if "xl/workbook.bin" in names:
        return FileFormat.XLSB
    if b"opendocument.spreadsheet" in mimetype:
        return FileFormat.ODS
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        what = "un document de traitement de texte"
    elif any(name.startswith("ppt/") for name in names):
        what = "une présentation PowerPoint"
    else:
        what = "une archive zip"
    raise ImportFileError(f"Ce fichier est {what}, pas un classeur.", file=path)


def _too_compressed(unpacked: int, packed: int) -> bool:
    return unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * max(packed, 1)


def check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose parts declare an implausible uncompressed size, before any
    part is unpacked (the sizes are read from the zip's directory: microseconds)."""
    total = sum(info.file_size for info in infos)
    bomb = total > MAX_UNCOMPRESSED \
        or _too_compressed(total, sum(info.compress_size for info in infos)) \
        or any(_too_compressed(info.file_size, info.compress_size) for info in infos)
    if bomb:
        raise ImportFileError(
            f"Le classeur annonce {total // 1024**2} Mo une fois décompressé, ce qui n'est pas "
            "plausible pour une liste : il est refusé par sécurité (archive piégée ?).",
            file=path)


def _refuse_entities(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse XML parts declaring a DTD: Office never writes one, and entities declared
    there are how XML bombs ("billion laughs") and external entities are made."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        head = part.read(_PROLOG)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportFileError(FORBIDDEN_XML, file=path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
        if isinstance(exc, ImportFileError):
            raise
        raise ImportFileError(DAMAGED_ARCHIVE, file=path) from exc


def _ole2_format(path: Path) -> FileFormat:
    """An OLE2 container: legacy .xls, or an encrypted (password-protected) Office file."""
    with path.open("rb") as stream:
        content = stream.read(_OLE2_SCAN)
    encrypted = _utf16("EncryptedPackage") in content or _utf16("EncryptionInfo") in content
    if not encrypted and (_utf16("Workbook") in content or _utf16("Book") in content):
        return FileFormat.XLS
    raise ImportFileError(
        "Ce classeur est protégé par mot de passe (chiffré), ou n'est pas un classeur lisible. "
        "Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le "
        "classeur), enregistrez-le puis importez-le à nouveau.", file=path)
