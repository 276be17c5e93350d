<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <extracomment>What the detail pane shows of the stakeholder, and the names it shows (any of them).</extracomment>
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
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>imported from %1 on %2 by %3</source>
        <translation>importée de %1 le %2 par %3</translation>
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
    <name>StakeholderDialog</name>
    <message>
        <source>New stakeholder</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Modifier l&apos;acteur</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Une organisation</translation>
    </message>
    <message>
        <source>It is another stakeholder with a similar name: save anyway</source>
        <translation>C&apos;est un autre acteur au nom proche : enregistrer quand même</translation>
    </message>
    <message>
        <source>e.g. deputy mayor (never a party affiliation)</source>
        <translation>par ex. adjointe au maire (jamais d&apos;appartenance politique)</translation>
    </message>
    <message>
        <source>Where the contact details come from</source>
        <translation>D&apos;où viennent les coordonnées</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
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
        <source>Public office</source>
        <translation>Mandat public</translation>
    </message>
    <message>
        <source>Legal basis (GDPR)</source>
        <translation>Base légale (RGPD)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA (associations)</source>
        <translation>RNA (associations)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>This stakeholder may already exist: {0}. Pick the existing one, or tick “save anyway”.</source>
        <translation>Cet acteur existe peut-être déjà : {0}. Choisissez l&apos;acteur existant, ou cochez « enregistrer quand même ».</translation>
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
        <source>Create stakeholder “{0}”</source>
        <translation>Créer l&apos;acteur « {0} »</translation>
    </message>
    <message>
        <source>Edit stakeholder “{0}”</source>
        <translation>Modifier l&apos;acteur « {0} »</translation>
    </message>
</context>
</TS>
