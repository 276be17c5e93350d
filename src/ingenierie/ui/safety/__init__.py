"""Data safety and people's rights in the window: backups and restore, preferences, the
journal of changes, the RGPD export, erasure and retention review, and the guards run
when a database is opened (daily backup, unsafe place, refresh on focus)."""
