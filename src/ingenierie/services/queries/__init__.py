"""The read side of the lists: ordered id queries and pages of frozen rows.

A list screen asks for the ids matching its filters, in its sort order — the
filtering, the sorting and the text search all run in SQL — and then for the
rows of the few ids on screen. Ids travel as :data:`~ingenierie.storage.keys.Key`
(32 hex digits, read as the engine stores them) so that a 100 000-id list costs
no UUID objects; the text search is the engine's (``Database.search``).
"""
