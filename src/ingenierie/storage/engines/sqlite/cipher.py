"""Encrypting, decrypting and re-keying a SQLite file with SQLCipher.

Encrypting or decrypting writes a *new* file (``sqlcipher_export`` copies the
schema, the rows, the search index), under a hidden temporary name, checked with
its own key, then renamed: the original stays as it was until the user deletes
it. Changing the passphrase (``PRAGMA rekey``) rewrites every page in one
transaction of the file itself, after a backup.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from ingenierie.errors import DatabaseFileError
from ingenierie.storage.engines.sqlite import backup, driver
from ingenierie.storage.engines.sqlite.failures import translated_errors
from ingenierie.storage.engines.sqlite.inspection import APPLICATION_ID, inspect_file

log = logging.getLogger(__name__)


def export_copy(source: Path, destination: Path, key: str | None, timeout: float) -> Path:
    """Copy ``source`` (opened with the current key, if any) into the new file
    ``destination``, encrypted with ``key`` (None: a plain SQLite file)."""
    if destination.exists():
        raise DatabaseFileError(f"Le fichier « {destination} » existe déjà : choisissez un "
                                "autre nom.")
    if not destination.parent.is_dir():
        raise DatabaseFileError(f"Le dossier « {destination.parent} » n'existe pas.")
    cipher = driver.for_key(key or "").module  # SQLCipher reads plain files too
    inspect_file(source, timeout)  # the right passphrase, an undamaged file
    temporary = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}"
                                      f"{backup.UNFINISHED}")
    try:
        with translated_errors(source):
            connection = driver.keyed(cipher.connect(str(source), timeout=timeout),
                                      driver.current().key)
            try:
                connection.execute(f"ATTACH DATABASE {driver.quoted(str(temporary))} AS copie "
                                   f"KEY {driver.quoted(key or '')}")
                connection.execute("SELECT sqlcipher_export('copie')")
                connection.execute(f"PRAGMA copie.application_id = {APPLICATION_ID}")
                connection.execute("DETACH DATABASE copie")
            finally:
                connection.close()
        with driver.using(driver.for_key(key) if key else driver.PLAIN):
            if not backup.passes_check(temporary):
                raise DatabaseFileError(f"La copie de « {source} » ne passe pas la "
                                        "vérification : elle n'a pas été gardée.")
        temporary.rename(destination)
    finally:
        temporary.unlink(missing_ok=True)
    log.info("exported %s to a new file (%s)", source, "encrypted" if key else "plain")
    return destination


def rekey(path: Path, new_key: str, timeout: float) -> Path:
    """Change the passphrase of the encrypted ``path``; returns the backup made first."""
    if not driver.current().encrypted:
        raise DatabaseFileError(f"La base de données « {path} » n'est pas chiffrée : "
                                "chiffrez-la d'abord.")
    if not new_key:
        raise DatabaseFileError("La nouvelle phrase de passe est vide.")
    inspect_file(path, timeout)
    saved = backup.backup_database(path, None, timeout)
    with translated_errors(path):
        connection = driver.connect(path, timeout=timeout)
        try:
            connection.execute(f"PRAGMA rekey = {driver.quoted(new_key)}")
        finally:
            connection.close()
    log.info("changed the passphrase of %s", path)
    return saved
