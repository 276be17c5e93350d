"""PDF monitoring reports: a project's « fiche de suivi » and the portfolio report.

Built with reportlab from the same services that feed the window (the project
dossier, the evaluation services, the portfolio dashboard) and drawn from the same
chart data (``services/charts``), so that paper and screen show the same figures.
One style (``style``) sets fonts, colours and spacing; user text only ever reaches
a Paragraph through ``text.escaped``.
"""
