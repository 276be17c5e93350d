"""Files the app writes: never over a file without confirmation, never over the database or
the file being read, never half written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingenierie.config import DatabaseLocation
from ingenierie.services.output_files import (
    ExistingFileError,
    OutputFileError,
    check_destination,
    database_files,
    write_file,
)


def writer(content: bytes):
    return lambda temporary: temporary.write_bytes(content)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_written_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "rejets.xlsx"
    assert write_file(target, writer(b"contenu")) == target
    assert target.read_bytes() == b"contenu"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_only_when_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "modele.xlsx"
    target.write_bytes(b"ancien")
    with pytest.raises(ExistingFileError, match="existe déjà"):
        write_file(target, writer(b"nouveau"))
    assert target.read_bytes() == b"ancien"

    write_file(target, writer(b"nouveau"), replace=True)
    assert target.read_bytes() == b"nouveau"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_open_database_and_its_companions_are_never_replaced(tmp_path: Path,
                                                                 suffix: str) -> None:
    database = tmp_path / "base.sqlite"
    database.write_bytes(b"SQLite format 3\x00")
    target = Path(f"{database}{suffix}")
    with pytest.raises(OutputFileError, match="base de données ouverte"):
        write_file(target, writer(b"x"), replace=True,
                   protected=database_files(DatabaseLocation.of_file(database)))
    assert database.read_bytes() == b"SQLite format 3\x00"


def test_the_file_being_read_is_recognised_through_links_and_dots(tmp_path: Path) -> None:
    source = tmp_path / "liste.xlsx"
    source.write_bytes(b"source")
    (tmp_path / "lien.xlsx").symlink_to(source)
    os.link(source, tmp_path / "autre-nom.xlsx")
    (tmp_path / "sous").mkdir()
    protected = {source: "le fichier importé"}
    for alias in (tmp_path / "lien.xlsx", tmp_path / "autre-nom.xlsx",
                  tmp_path / "sous" / ".." / "liste.xlsx"):
        with pytest.raises(OutputFileError, match="le fichier importé"):
            write_file(alias, writer(b"x"), replace=True, protected=protected)
    assert source.read_bytes() == b"source"


def test_a_missing_or_read_only_folder_or_a_folder_name_is_refused_in_french(
        tmp_path: Path) -> None:
    with pytest.raises(OutputFileError, match="n'existe pas"):
        check_destination(tmp_path / "absent" / "rejets.xlsx")
    with pytest.raises(OutputFileError, match="est un dossier"):
        check_destination(tmp_path)
    locked = tmp_path / "protege"
    locked.mkdir()
    locked.chmod(0o555)  # refused even for the administrator: it was marked read-only
    try:
        with pytest.raises(OutputFileError, match="lecture seule"):
            write_file(locked / "rejets.xlsx", writer(b"x"))
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_a_read_only_file_is_not_replaced_even_when_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "modele.xlsx"
    target.write_bytes(b"ancien")
    target.chmod(0o444)
    with pytest.raises(OutputFileError, match="lecture seule"):
        write_file(target, writer(b"nouveau"), replace=True)
    assert target.read_bytes() == b"ancien"


def failing(failure: BaseException):
    def half_then_fail(temporary: Path) -> None:
        temporary.write_bytes(b"moit")
        raise failure
    return half_then_fail


@pytest.mark.parametrize("failure", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_a_failure_or_a_cancel_while_writing_leaves_the_old_file_and_no_half_file(
        tmp_path: Path, failure: BaseException) -> None:
    target = tmp_path / "modele.xlsx"
    target.write_bytes(b"ancien")
    with pytest.raises(OutputFileError if isinstance(failure, OSError) else KeyboardInterrupt):
        write_file(target, failing(failure), replace=True)
    assert target.read_bytes() == b"ancien"
    assert leftovers(tmp_path) == []


def test_a_failed_new_file_leaves_nothing_under_its_name(tmp_path: Path) -> None:
    target = tmp_path / "rejets.xlsx"
    with pytest.raises(OutputFileError, match=r"Impossible d'écrire .*Input/output error"):
        write_file(target, failing(OSError(5, "Input/output error")))
    assert not target.exists() and leftovers(tmp_path) == []
