"""The RGPD rights of the people the officer records: access and portability (``export``),
erasure (``erasure``), retention review (``retention``); ``people`` finds who is meant.

Every feature reads the personal-data declaration of the models (``models.personal``)
and the person's dossier (``services.stakeholders.dossier``), so a column declared
later is covered without a list to keep here.
"""
