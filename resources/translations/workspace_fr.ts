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
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) of %1</source>
        <translation>
            <numerusform>%Ln acteur sur %1</numerusform>
            <numerusform>%Ln acteurs sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search and filters.</source>
        <translation>Aucun acteur ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>The directory is empty. Add people and organisations with the Stakeholders menu.</source>
        <translation>L&apos;annuaire est vide. Ajoutez des personnes et des organisations avec le menu Acteurs.</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge two duplicates</source>
        <translation>Fusionner deux doublons</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Garder cette fiche</translation>
    </message>
    <message>
        <source>The other record is archived, not deleted. Its projects, exchanges, fundings and affiliations move to the record kept, and details missing there are copied from it. This cannot be undone with Ctrl+Z.</source>
        <translation>L&apos;autre fiche est archivée, pas supprimée. Ses projets, échanges, financements et affiliations passent sur la fiche conservée, qui est complétée par les informations qui lui manquent. Cette fusion ne s&apos;annule pas avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>These two records describe the same person or organisation. Which one should be kept?</source>
        <translation>Ces deux fiches décrivent la même personne ou la même organisation. Laquelle garder ?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
</context>
<context>
    <name>ProjectFilterBar</name>
    <message>
        <source>Search projects by title or code…</source>
        <translation>Rechercher un projet par son titre ou son code…</translation>
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
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
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
        <source>All themes</source>
        <translation>Toutes les thématiques</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cooperation stage</source>
        <translation>Étape de coopération</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) of %1</source>
        <translation>
            <numerusform>%Ln projet sur %1</numerusform>
            <numerusform>%Ln projets sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches the search and filters.</source>
        <translation>Aucun projet ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with Projects ▸ New project (Ctrl+N).</source>
        <translation>Aucun projet pour l&apos;instant. Créez le premier avec Projets ▸ Nouveau projet (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailPane</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Choose a person or an organisation in the list.</source>
        <translation>Choisissez une personne ou une organisation dans la liste.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Civility:</source>
        <translation>Civilité :</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Public mandate:</source>
        <translation>Mandat public :</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>SIREN:</source>
        <translation>SIREN :</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Premier contact :</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact :</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projets (%n)</numerusform>
            <numerusform>Projets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search by name or e-mail…</source>
        <translation>Rechercher par nom ou courriel…</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>All kinds of actors</source>
        <translation>Tous les types d&apos;acteurs</translation>
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
