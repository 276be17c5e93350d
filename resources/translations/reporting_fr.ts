<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>OutputDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>This project: %1</source>
        <translation>Ce projet : %1</translation>
    </message>
    <message>
        <source>The projects matching these filters:</source>
        <translation>Les projets retenus par ces filtres :</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Tous les dispositifs</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>All cooperation stages</source>
        <translation>Toutes les étapes de coopération</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Without a start, the report shows every exchange (the portfolio: the last twelve months); without an end, up to today.</source>
        <translation>Sans début, le rapport montre tous les échanges (le portefeuille : les douze derniers mois) ; sans fin, jusqu’à aujourd’hui.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Name of your structure</source>
        <translation>Nom de votre structure</translation>
    </message>
    <message>
        <source>PNG or JPEG image (optional)</source>
        <translation>Image PNG ou JPEG (facultatif)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>Structure :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Logo of the structure</source>
        <translation>Logo de la structure</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>« %1 » existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>reporting</name>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Fichier écrit</translation>
    </message>
    <message>
        <source>“%1” is written.</source>
        <translation>« %1 » est écrit.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>
