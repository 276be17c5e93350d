<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written to the database yet.</source>
        <translation>Ce que l&apos;import ferait. Rien n&apos;est encore écrit dans la base.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Run the dry run again</source>
        <translation>&amp;Relancer la simulation</translation>
    </message>
    <message>
        <source>Records already in the database</source>
        <translation>Fiches déjà présentes dans la base</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s non-empty cells</source>
        <translation>Les &amp;mettre à jour avec les cellules non vides du fichier</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are and only add the new ones (for an older list)</source>
        <translation>Les &amp;laisser telles quelles et n&apos;ajouter que les nouvelles (pour une liste plus ancienne)</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Import &amp;nothing while the file has rows in error (correct the file, then import it again)</source>
        <translation>&amp;Ne rien importer tant que le fichier a des lignes en erreur (corrigez le fichier, puis importez-le à nouveau)</translation>
    </message>
    <message>
        <source>S&amp;kip the rows in error and import the others</source>
        <translation>I&amp;gnorer les lignes en erreur et importer les autres</translation>
    </message>
    <message>
        <source>&amp;Save the skipped rows in a rejects workbook, with the error of each:</source>
        <translation>&amp;Enregistrer les lignes ignorées dans un classeur de rejets, avec l&apos;erreur de chacune :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>%1_rejects.xlsx</source>
        <translation>%1_rejets.xlsx</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <source>Dry run in progress: %1 (%2 rows)…</source>
        <translation>Simulation en cours : %1 (%2 lignes)…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Nothing has been written.</source>
        <translation>
            <numerusform>%n ligne lue. Rien n&apos;a été écrit.</numerusform>
            <numerusform>%n lignes lues. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run stopped on an unexpected error.</source>
        <translation>La simulation s&apos;est arrêtée sur une erreur inattendue.</translation>
    </message>
    <message>
        <source>Dry run cancelled: nothing has been written.</source>
        <translation>Simulation annulée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Rejects workbook</source>
        <translation>Classeur de rejets</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and import it again, or choose to skip them.</source>
        <translation>
            <numerusform>%n ligne est en erreur : corrigez le fichier et importez-le à nouveau, ou choisissez de l&apos;ignorer.</numerusform>
            <numerusform>%n lignes sont en erreur : corrigez le fichier et importez-le à nouveau, ou choisissez de les ignorer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the rejects workbook.</source>
        <translation>Choisissez où enregistrer le classeur de rejets.</translation>
    </message>
</context>
<context>
    <name>FileChoices</name>
    <message>
        <source>Rows hidden in the workbook</source>
        <translation>Lignes masquées dans le classeur</translation>
    </message>
    <message>
        <source>Import &amp;hidden rows like the others</source>
        <translation>Importer les lignes &amp;masquées comme les autres</translation>
    </message>
    <message>
        <source>Leave &amp;out the hidden rows (hidden by hand or by a filter)</source>
        <translation>&amp;Écarter les lignes masquées (à la main ou par un filtre)</translation>
    </message>
    <message>
        <source>Rows repeating one person or organisation</source>
        <translation>Lignes qui répètent une même personne ou organisation</translation>
    </message>
    <message>
        <source>Re&amp;ject the repeated rows (listed as duplicates)</source>
        <translation>Re&amp;jeter les lignes répétées (listées comme doublons)</translation>
    </message>
    <message>
        <source>&amp;Merge each group into its first row: non-empty values combined, conflicts settled below</source>
        <translation>&amp;Fusionner chaque groupe dans sa première ligne : valeurs non vides réunies, conflits tranchés ci-dessous</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice one (.ods) or a CSV file. Nothing is written to the database before the last step.</source>
        <translation>Un classeur Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) ou un fichier CSV. Rien n&apos;est écrit dans la base avant la dernière étape.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Chemin du fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The file needs one row of column headers; title rows above it, blank rows, totals and notes below it are recognised and left out. To start from a clean sheet, use File ▸ Save the import template…</source>
        <translation>Le fichier doit avoir une ligne d&apos;en-têtes de colonnes ; les lignes de titre au-dessus, les lignes vides, les totaux et les notes en dessous sont reconnus et laissés de côté. Pour partir d&apos;une feuille propre : Fichier ▸ Enregistrer le modèle d&apos;import…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (%1);;All files (*)</source>
        <translation>Classeurs et fichiers CSV (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Ce fichier n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <source>Import stakeholders, projects, involvements, exchanges, fundings, official territory lists or a plan d&apos;action from an Excel, LibreOffice or CSV file, after a dry run.</source>
        <translation>Importer des acteurs, projets, implications, échanges, financements, listes officielles de territoires ou un plan d&apos;action depuis un fichier Excel, LibreOffice ou CSV, après une simulation.</translation>
    </message>
    <message>
        <source>Save the import &amp;template…</source>
        <translation>Enregistrer le &amp;modèle d&apos;import…</translation>
    </message>
    <message>
        <source>A workbook with one sheet per kind of record, its columns and an example row.</source>
        <translation>Un classeur avec une feuille par type de données, ses colonnes et une ligne d&apos;exemple.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d&apos;import</translation>
    </message>
    <message>
        <source>import_template.xlsx</source>
        <translation>modele_import.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import template saved: %1</source>
        <translation>Modèle d&apos;import enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All or nothing: the rows are written in one transaction, which a cancel or an error undoes entirely.</source>
        <translation>Tout ou rien : les lignes sont écrites en une seule transaction, qu&apos;une annulation ou une erreur défait entièrement.</translation>
    </message>
    <message>
        <source>&amp;Run the import again</source>
        <translation>&amp;Relancer l&apos;import</translation>
    </message>
    <message>
        <source>Import in progress…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import in progress: %1 (%2 rows)…</source>
        <translation>Import en cours : %1 (%2 lignes)…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <source>Import finished: the data has been saved.</source>
        <translation>Import terminé : les données sont enregistrées.</translation>
    </message>
    <message>
        <source>The rows skipped are in “%1”.</source>
        <translation>Les lignes ignorées sont dans « %1 ».</translation>
    </message>
    <message>
        <source>A copy of the database as it was before the import is in “%1”.</source>
        <translation>Une copie de la base telle qu&apos;elle était avant l&apos;import se trouve dans « %1 ».</translation>
    </message>
    <message>
        <source>Import refused: the database was not changed.</source>
        <translation>Import refusé : la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Import stopped: the database was not changed.</source>
        <translation>Import interrompu : la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Import cancelled: the database was not changed.</source>
        <translation>Import annulé : la base n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a workbook</source>
        <translation>Importer un classeur</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to “— ignore —” are not imported.</source>
        <translation>Choisissez le champ que remplit chaque colonne du fichier. Les colonnes « — ignorer — » ne sont pas importées.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Two columns for one field: which one is to be imported?</source>
        <translation>Deux colonnes pour un même champ : laquelle importer ?</translation>
    </message>
    <message>
        <source>&amp;Save this mapping</source>
        <translation>&amp;Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>Offer it again for the next file with the same columns.</source>
        <translation>La reprendre pour le prochain fichier qui a les mêmes colonnes.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>The mapping saved for files with these columns is applied.</source>
        <translation>La correspondance enregistrée pour les fichiers qui ont ces colonnes est reprise.</translation>
    </message>
    <message>
        <source>No column feeds the required field(s) %1: choose, in the Field column, the column that holds it.</source>
        <translation>Aucune colonne ne remplit le champ obligatoire %1 : choisissez-le, dans la colonne Champ, en face de la colonne du fichier qui le contient.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored.</source>
        <translation>
            <numerusform>%n colonne ignorée.</numerusform>
            <numerusform>%n colonnes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>La correspondance n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Mapping saved: it will be applied to the next file with the same columns. From the command line: ingenierie import --mapping “%1”</source>
        <translation>Correspondance enregistrée : elle sera reprise pour le prochain fichier qui a les mêmes colonnes. En ligne de commande : ingenierie import --mapping « %1 »</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Above the header: left out</source>
        <translation>Au-dessus de l&apos;en-tête : ignorée</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ignorée : %1</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Ligne de données</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <extracomment>Returns a key that sorts rows numerically and text without regard to case or accents.</extracomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>Valeur trouvée</translation>
    </message>
    <message>
        <source>Problem and what is expected</source>
        <translation>Problème et valeur attendue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Records</source>
        <extracomment>Up to this many problems, rows grow to show each message whole (sizing costs per row).</extracomment>
        <translation>Données</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s)</source>
        <translation>Problèmes : %1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <source>Duplicates in the file (%1)</source>
        <translation>Doublons dans le fichier (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Laissé de côté (%1)</translation>
    </message>
    <message>
        <source>Duplicates: only the first row is imported</source>
        <translation>Doublons : seule la première ligne est importée</translation>
    </message>
    <message>
        <source>Possible duplicates: all imported, to check</source>
        <translation>Doublons possibles : toutes importées, à vérifier</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>Colonnes ignorées : %1</translation>
    </message>
    <message>
        <source>Rows %1 to %2:</source>
        <translation>Lignes %1 à %2 :</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <extracomment>Typing &quot;12&quot; in the header row box reads the sheet once, not for &quot;1&quot; then &quot;12&quot;.</extracomment>
        <translation>Feuille et ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Check that the highlighted row holds the column headers. Rows in grey are not imported; the first column says why.</source>
        <translation>Vérifiez que la ligne surlignée contient bien les en-têtes de colonnes. Les lignes en gris ne sont pas importées ; la première colonne dit pourquoi.</translation>
    </message>
    <message>
        <source>CSV file: a single table</source>
        <translation>Fichier CSV : un seul tableau</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>A plan of this name is completed; otherwise a new plan is created.</source>
        <translation>Un plan de ce nom est complété ; sinon un nouveau plan est créé.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>The rows &amp;describe:</source>
        <translation>Les lignes &amp;décrivent :</translation>
    </message>
    <message>
        <source>&amp;Plan d&apos;action:</source>
        <translation>&amp;Plan d&apos;action :</translation>
    </message>
    <message>
        <source>What these rows describe is not recognised for sure (closest kinds: %1). Choose or check it below: nothing is imported on the strength of one or two columns.</source>
        <translation>Ce que décrivent ces lignes n&apos;est pas reconnu avec certitude (types les plus proches : %1). Choisissez-le ou vérifiez-le ci-dessous : rien n&apos;est importé sur la foi d&apos;une ou deux colonnes.</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Lecture de la feuille…</translation>
    </message>
    <message>
        <source>This sheet could not be read.</source>
        <translation>Cette feuille n&apos;a pas pu être lue.</translation>
    </message>
</context>
</TS>
