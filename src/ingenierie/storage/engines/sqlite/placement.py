"""Where a database file must not live: network shares and folders synchronised file by file.

SQLite's locks and its ``-wal`` / ``-shm`` companions need a local disk: over SMB
or NFS locks can be lost, and a synchronisation client (OneDrive, Dropbox,
Nextcloud, Google Drive) uploads and replaces the three files one at a time, so
two laptops can each hold half of a write. The app warns once, in French.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Folder names used by the synchronisation clients (compared lower-cased).
SYNCED_FOLDERS = {"onedrive": "OneDrive", "dropbox": "Dropbox", "nextcloud": "Nextcloud",
                  "google drive": "Google Drive", "googledrive": "Google Drive",
                  "my drive": "Google Drive", "mon drive": "Google Drive",
                  "owncloud": "ownCloud", "icloud drive": "iCloud Drive"}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
                       "afs", "ceph", "glusterfs", "davfs", "fuse.davfs2", "fuse.rclone",
                       "fuse.gvfsd-fuse"}
MOUNTS = Path("/proc/mounts")


def synchronised_by(path: Path) -> str | None:
    """The synchronisation client whose folder holds ``path``, if any."""
    for part in path.parts:
        lowered = part.lower()
        for folder, client in SYNCED_FOLDERS.items():
            if lowered == folder or lowered.startswith((f"{folder} -", f"{folder}-")):
                return client
    return None


def filesystem_type(path: Path, mounts: str) -> str | None:
    """The type of the file system holding ``path``, read from ``/proc/mounts`` text."""
    best, kind = -1, None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, kind = len(point), fields[2]
    return kind


def on_network_share(path: Path) -> bool:
    if sys.platform == "win32":
        return str(path).startswith("\\\\")
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return filesystem_type(path, mounts) in NETWORK_FILESYSTEMS


def placement_warning(path: Path) -> str | None:
    """The French warning for a database at ``path``, or None where it is safe."""
    resolved = path.resolve()
    client = synchronised_by(resolved)
    if client is not None:
        return (f"La base de données « {path} » est dans un dossier synchronisé par {client}. "
                "La synchronisation copie ses fichiers un par un et peut mélanger deux "
                "versions : gardez la base hors de ce dossier (les sauvegardes peuvent y "
                "aller).")
    if on_network_share(resolved):
        return (f"La base de données « {path} » est sur un partage réseau. Le verrouillage "
                "des fichiers n'y est pas fiable : une coupure ou un deuxième poste peut "
                "l'endommager. Copiez-la sur le disque de l'ordinateur.")
    return None
