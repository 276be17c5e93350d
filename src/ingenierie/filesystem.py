"""Questions about files and folders that every layer asks: is it read-only, is it the same file.

Kept at the bottom of the package (beside ``errors`` and ``config``) because the
database opening in ``storage`` and the files the app writes in ``services``
must answer them the same way.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def is_read_only(path: Path) -> bool:
    """Whether ``path`` (a file or a folder that exists) must not be written.

    ``os.access`` answers for this process (and sees read-only file systems),
    but the administrator may write anything; a file or folder whose write
    permission bits are all cleared was marked read-only on purpose, so it
    stays read-only for them too. Windows ignores the read-only attribute of
    folders, so the bits are read on POSIX systems only.
    """
    if not os.access(path, os.W_OK):
        return True
    return os.name == "posix" and not path.stat().st_mode & _WRITE_BITS


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: equal once resolved (symbolic links, ``..``,
    letter case where the system ignores it), or one file under two names (a hard link)."""
    if os.path.normcase(first.resolve()) == os.path.normcase(second.resolve()):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist: they cannot be the same file
        return False
