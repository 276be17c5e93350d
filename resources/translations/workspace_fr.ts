<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Archiving</name>
    <message>
        <source>Archive the project “{0}”?</source>
        <translation>Archiver le projet « {0} » ?</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>Archiver « {0} » ?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>It leaves the lists but nothing is deleted: tick “Show archived” to find it and restore it, or undo with Ctrl+Z.</source>
        <translation>Il quitte les listes mais rien n&apos;est supprimé : cochez « Afficher les archivés » pour le retrouver et le restaurer, ou annulez avec Ctrl+Z.</translation>
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
        <translation>Le fichier « {0} » existe déjà. Pour y travailler, choisissez Fichier ▸ Ouvrir une base.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
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
        <translation>Désolé, une erreur inattendue s&apos;est produite. Ce qui était déjà enregistré est intact ; la dernière action n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Les détails ont été écrits dans le journal :
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
        <translation>&lt;b&gt;Données personnelles&lt;/b&gt; : seulement ce dont le projet a besoin, rien de sensible (santé, opinions, origine, vie privée). La personne peut demander à les lire.</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not an amount (expected e.g. 12 500,00).</source>
        <translation>{0} : « {1} » n&apos;est pas un montant (attendu : par exemple 12 500,00).</translation>
    </message>
    <message>
        <source>e.g. 12 500,00 €</source>
        <translation>par ex. 12 500,00 €</translation>
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
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>%1 — Ingénierie</source>
        <translation>%1 — Ingénierie</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation>Aucune autre base pour l&apos;instant</translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation>« %1 » restauré.</translation>
    </message>
    <message>
        <source>“%1” archived. Undo with Ctrl+Z.</source>
        <translation>« %1 » archivé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>About Ingénierie</source>
        <translation>À propos d&apos;Ingénierie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingénierie %1&lt;/b&gt;&lt;br&gt;Territorial projects, their stakeholders and their cooperation.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Ingénierie %1&lt;/b&gt;&lt;br&gt;Les projets de territoire, leurs acteurs et leur coopération.&lt;br&gt;&lt;br&gt;Base de données : %2</translation>
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
    <name>UndoCommands</name>
    <message>
        <source>Archive project “{0}”</source>
        <translation>Archiver le projet « {0} »</translation>
    </message>
    <message>
        <source>Restore project “{0}”</source>
        <translation>Restaurer le projet « {0} »</translation>
    </message>
    <message>
        <source>Archive stakeholder “{0}”</source>
        <translation>Archiver l&apos;acteur « {0} »</translation>
    </message>
    <message>
        <source>Restore stakeholder “{0}”</source>
        <translation>Restaurer l&apos;acteur « {0} »</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: {1}</source>
        <translation>« {0} » ne peut plus être annulé ni rétabli : {1}</translation>
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
        <translation>&amp;Fermer l&apos;onglet du projet</translation>
    </message>
    <message>
        <source>&amp;About Ingénierie</source>
        <translation>À &amp;propos d&apos;Ingénierie</translation>
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
        <translation>Sélectionnez dans l&apos;annuaire deux fiches de la même personne ou organisation (Ctrl+clic), puis fusionnez-les.</translation>
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
