<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Daily backups go to: %1</source>
        <translation>Les sauvegardes quotidiennes vont dans : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The backup of %1 passes the integrity check.</source>
        <translation>La sauvegarde du %1 passe la vérification d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The backup of %1 is damaged: do not restore it.</source>
        <translation>La sauvegarde du %1 est endommagée : ne la restaurez pas.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the data of the database by the backup of %1?

The current data is copied first (“before restore” backup), so this can be undone by restoring that copy.</source>
        <translation>Remplacer les données de la base par la sauvegarde du %1 ?

Les données actuelles sont d&apos;abord copiées (sauvegarde « avant restauration ») : on peut revenir en arrière en restaurant cette copie.</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>%1

The newest backup that passes the check is:
%2

Restore it? The damaged file is kept as a copy beside the database.</source>
        <translation>%1

La sauvegarde la plus récente qui passe la vérification est :
%2

La restaurer ? Le fichier endommagé est gardé en copie à côté de la base.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal of changes — %1</source>
        <translation>Journal des modifications — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n modification, la plus récente d&apos;abord.</numerusform>
            <numerusform>%n modifications, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>À côté de la base de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Name in the journal of changes:</source>
        <translation>&amp;Nom dans le journal des modifications :</translation>
    </message>
    <message>
        <source>&amp;Folder of daily backups:</source>
        <translation>&amp;Dossier des sauvegardes quotidiennes :</translation>
    </message>
    <message>
        <source>Folder of daily backups</source>
        <translation>Dossier des sauvegardes quotidiennes</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Export everything held about %1</source>
        <translation>Exporter tout ce qui concerne %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export written</source>
        <translation>Export écrit</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Fichiers écrits :
%1
%2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>These backups, made before, still hold the erased data:</source>
        <translation>Ces sauvegardes, faites avant, contiennent encore les données effacées :</translation>
    </message>
    <message>
        <source>Erasure done</source>
        <translation>Effacement fait</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their identity and contact details are removed everywhere, their name is removed from the notes that mention it, and their involvements are kept anonymously. This cannot be undone.</source>
        <translation>Effacer définitivement %1 ?

Son identité et ses coordonnées sont retirées partout, son nom est retiré des notes qui le citent, et ses implications sont gardées de façon anonyme. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement en cours…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>People without activity for &amp;more than:</source>
        <translation>Personnes sans activité depuis &amp;plus de :</translation>
    </message>
    <message>
        <source>&amp;Anonymise the ticked people…</source>
        <translation>&amp;Anonymiser les personnes cochées…</translation>
    </message>
    <message>
        <source>%1 — last activity on %2</source>
        <translation>%1 — dernière activité le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to review.</source>
        <translation>
            <numerusform>%n personne à examiner.</numerusform>
            <numerusform>%n personnes à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser définitivement %n personne ? C&apos;est irréversible.</numerusform>
            <numerusform>Anonymiser définitivement %n personnes ? C&apos;est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Journal of changes…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>E&amp;xport everything held (RGPD)…</source>
        <translation>E&amp;xporter tout ce qui la concerne (RGPD)…</translation>
    </message>
    <message>
        <source>Erase the person (RGPD)…</source>
        <translation>Effacer la personne (RGPD)…</translation>
    </message>
    <message>
        <source>Re&amp;tention review (RGPD)…</source>
        <translation>Durée de &amp;conservation (RGPD)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: %1</source>
        <translation>La sauvegarde du jour a été faite : %1</translation>
    </message>
    <message>
        <source>Unsafe place for the database</source>
        <translation>Emplacement risqué pour la base de données</translation>
    </message>
    <message>
        <source>&amp;Do not warn me again for this database</source>
        <translation>&amp;Ne plus m&apos;avertir pour cette base</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
</context>
<context>
    <name>_Messages</name>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n personne effacée.</numerusform>
            <numerusform>%n personnes effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) naming them were corrected: read them again.</source>
        <translation>
            <numerusform>%n texte qui la nommait a été corrigé : relisez-le.</numerusform>
            <numerusform>%n textes qui la nommaient ont été corrigés : relisez-les.</numerusform>
        </translation>
    </message>
</context>
</TS>
