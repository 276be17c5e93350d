<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Archiving</name>
    <message>
        <source>Archive the project “{0}”?</source>
        <translation>Archiver le projet «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>Archiver «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>It leaves the lists but nothing is deleted: tick “Show archived” to find it and restore it, or undo with Ctrl+Z.</source>
        <translation>Il quitte les listes mais rien n’est supprimé&#xa0;: cochez «&#xa0;Afficher les archivés&#xa0;» pour le retrouver et le restaurer, ou annulez avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Ingénierie databases (*.sqlite *.db)</source>
        <translation>Bases Ingénierie (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>The file “{0}” already exists. To work in it, choose File ▸ Open a database.</source>
        <translation>Le fichier «&#xa0;{0}&#xa0;» existe déjà. Pour y travailler, choisissez Fichier ▸ Ouvrir une base.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>This is not a date.</source>
        <translation>Ce n’est pas une date.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Type the date (15/01/2024, 15012024, 15/1/24), or F4 for the calendar. Up and Down: a day later or earlier.</source>
        <translation>Tapez la date (15/01/2024, 15012024, 15/1/24), ou F4 pour le calendrier. Haut et Bas&#xa0;: un jour plus tard ou plus tôt.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>Ouvrir le calendrier (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>The details are in the clipboard.</source>
        <translation>Les détails sont dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Sorry, something unexpected went wrong. What was already saved is safe; the last action may not have been completed.</source>
        <translation>Désolé, une erreur inattendue s’est produite. Ce qui était déjà enregistré est intact&#xa0;; la dernière action n’a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Les détails ont été écrits dans le journal&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>&lt;b&gt;Personal data&lt;/b&gt;: only what the project needs, nothing sensitive (health, opinions, origin, private life). The person may ask to read it.</source>
        <translation>&lt;b&gt;Données personnelles&lt;/b&gt;&#xa0;: seulement ce dont le projet a besoin, rien de sensible (santé, opinions, origine, vie privée). La personne peut demander à les lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal data&lt;/b&gt;: the people named here may ask to read what is written about them. Only what the project needs, nothing sensitive (health, opinions, origin, private life).</source>
        <translation>&lt;b&gt;Données personnelles&lt;/b&gt;&#xa0;: les personnes citées ici peuvent demander à lire ce qui est écrit à leur sujet. Seulement ce dont le projet a besoin, rien de sensible (santé, opinions, origine, vie privée).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Champ suivant, champ précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Save the form (from a one-line field)</source>
        <translation>Enregistrer le formulaire (depuis un champ d’une ligne)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Fermer le formulaire sans enregistrer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Form: next page, previous page</source>
        <translation>Formulaire&#xa0;: page suivante, page précédente</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <source>Form: add the record picked to its list</source>
        <translation>Formulaire&#xa0;: ajouter à sa liste la fiche choisie</translation>
    </message>
    <message>
        <source>Project page: next tab, previous tab</source>
        <translation>Fiche du projet&#xa0;: onglet suivant, onglet précédent</translation>
    </message>
    <message>
        <source>Alt+Page Down, Alt+Page Up</source>
        <translation>Alt+Page suiv, Alt+Page préc</translation>
    </message>
    <message>
        <source>Date: a day later, a day earlier</source>
        <translation>Date&#xa0;: un jour plus tard, un jour plus tôt</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Date: a month later, a month earlier</source>
        <translation>Date&#xa0;: un mois plus tard, un mois plus tôt</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>Date: open the calendar</source>
        <translation>Date&#xa0;: ouvrir le calendrier</translation>
    </message>
    <message>
        <source>F4, Alt+Down</source>
        <translation>F4, Alt+Bas</translation>
    </message>
    <message>
        <source>Table: move from row to row</source>
        <translation>Tableau&#xa0;: passer d’une ligne à l’autre</translation>
    </message>
    <message>
        <source>Table: change a cell of the project&apos;s actors</source>
        <translation>Tableau&#xa0;: modifier une cellule des acteurs du projet</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>List: the menu of the selected row</source>
        <translation>Liste&#xa0;: le menu de la ligne choisie</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <source>Forms and tables</source>
        <translation>Formulaires et tableaux</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>{0}: “{1}” is not an amount (expected e.g. 12 500,00).</source>
        <translation>{0}&#xa0;: «&#xa0;{1}&#xa0;» n’est pas un montant (attendu&#xa0;: par exemple 12&#xa0;500,00).</translation>
    </message>
    <message>
        <source>e.g. 12 500,00 €</source>
        <translation>par ex. 12&#xa0;500,00 €</translation>
    </message>
    <message>
        <source>e.g. 12,5</source>
        <translation>par ex. 12,5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>S&amp;takeholders</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>%1 — Ingénierie</source>
        <translation>%1 — Ingénierie</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation>Aucune autre base pour l’instant</translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation>«&#xa0;%1&#xa0;» restauré.</translation>
    </message>
    <message>
        <source>“%1” archived. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;%1&#xa0;» archivé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>&lt;br&gt;{0}: {1}</source>
        <translation>&lt;br&gt;{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>About Ingénierie</source>
        <translation>À propos d’Ingénierie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingénierie %1&lt;/b&gt;&lt;br&gt;Territorial projects, their stakeholders and their cooperation.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Ingénierie %1&lt;/b&gt;&lt;br&gt;Les projets de territoire, leurs acteurs et leur coopération.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoleLinks</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Territory: name or code…</source>
        <translation>Territoire&#xa0;: nom ou code…</translation>
    </message>
</context>
<context>
    <name>TerritoriesDialog</name>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Search territories by name or code…</source>
        <translation>Rechercher un territoire par nom ou code…</translation>
    </message>
    <message>
        <source>Search territories</source>
        <translation>Rechercher des territoires</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind of territory</source>
        <translation>Type de territoire</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Situé dans</translation>
    </message>
    <message>
        <source>&amp;New territory…</source>
        <translation>&amp;Nouveau territoire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) shown</source>
        <translation>
            <numerusform>%n territoire affiché</numerusform>
            <numerusform>%n territoires affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n territories: search to narrow</source>
        <translation>
            <numerusform>Le premier territoire&#xa0;: cherchez pour affiner</numerusform>
            <numerusform>Les %n premiers territoires&#xa0;: cherchez pour affiner</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>Edit territory</source>
        <translation>Modifier le territoire</translation>
    </message>
    <message>
        <source>e.g. Quartiers nord de Brest</source>
        <translation>par ex. Quartiers nord de Brest</translation>
    </message>
    <message>
        <source>Where it lies: name or code, then pick</source>
        <translation>Où il se situe&#xa0;: nom ou code, puis choisissez</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Code officiel</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Situé dans</translation>
    </message>
    <message>
        <source>A “territoire de projet” is the project&apos;s own perimeter (a group of communes, a neighbourhood…): it has no official code. Communes, EPCI and QPV are best imported from the official lists (File ▸ Import a workbook).</source>
        <translation>Un «&#xa0;territoire de projet&#xa0;» est le périmètre propre au projet (un groupe de communes, un quartier…)&#xa0;: il n’a pas de code officiel. Les communes, EPCI et QPV s’importent de préférence depuis les listes officielles (Fichier ▸ Importer un classeur).</translation>
    </message>
    <message>
        <source>Pick the territory in the suggestions, or clear the field.</source>
        <translation>Choisissez le territoire dans les suggestions, ou videz le champ.</translation>
    </message>
</context>
<context>
    <name>TerritoryPicker</name>
    <message>
        <source>Create the territory “{0}”…</source>
        <translation>Créer le territoire «&#xa0;{0}&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Archive project “{0}”</source>
        <translation>Archiver le projet «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Restore project “{0}”</source>
        <translation>Restaurer le projet «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive stakeholder “{0}”</source>
        <translation>Archiver l’acteur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Restore stakeholder “{0}”</source>
        <translation>Restaurer l’acteur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Impossible d’annuler ou de rétablir</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: {1}</source>
        <translation>«&#xa0;{0}&#xa0;» ne peut plus être annulé ni rétabli&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Create territory “{0}”</source>
        <translation>Créer le territoire «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit territory “{0}”</source>
        <translation>Modifier le territoire «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive territory “{0}”</source>
        <translation>Archiver le territoire «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Restore territory “{0}”</source>
        <translation>Restaurer le territoire «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Ouvrir la fiche du projet</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <source>&amp;Archive the project</source>
        <translation>&amp;Archiver le projet</translation>
    </message>
    <message>
        <source>&amp;Restore the project</source>
        <translation>&amp;Restaurer le projet</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Rapport PDF…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Territories…</source>
        <translation>&amp;Territoires…</translation>
    </message>
    <message>
        <source>&amp;Merge two duplicates…</source>
        <translation>&amp;Fusionner deux doublons…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Close the project tab</source>
        <translation>&amp;Fermer l’onglet du projet</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Onglet pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Ingénierie</source>
        <translation>À &amp;propos d’Ingénierie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Select two records of the same person or organisation in the directory (Ctrl+click), then merge them.</source>
        <translation>Sélectionnez dans l’annuaire deux fiches de la même personne ou organisation (Ctrl+clic), puis fusionnez-les.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
</TS>
