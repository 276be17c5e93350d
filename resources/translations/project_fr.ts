<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Forms</name>
    <message>
        <source>ⓘ Personal data: write only what is useful for the project. Avoid sensitive information (health, political, religious or union opinions, origin, private life); the person can ask to read these notes.</source>
        <translation>ⓘ Données personnelles : n'écrivez que ce qui est utile au projet. Évitez les informations sensibles (santé, opinions politiques, religieuses ou syndicales, origine, vie privée) ; la personne peut demander à lire ces notes.</translation>
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
        <translation>{0} : « {1} » n'est pas un montant (attendu : par exemple 12 500,00).</translation>
    </message>
    <message>
        <source>e.g. 12 500,00 €</source>
        <translation>par ex. 12 500,00 €</translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <source>Influence {0} · interest {1}</source>
        <translation>Influence {0} · intérêt {1}</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>Participation : {0}</translation>
    </message>
    <message>
        <source>Drag to change influence and interest</source>
        <translation>Faites glisser pour changer l'influence et l'intérêt</translation>
    </message>
    <message>
        <source>Interest in the project →</source>
        <translation>Intérêt pour le projet →</translation>
    </message>
    <message>
        <source>Influence on the project →</source>
        <translation>Influence sur le projet →</translation>
    </message>
    <message>
        <source>No stakeholder yet: add them in the “Actors” tab.</source>
        <translation>Aucun acteur pour l'instant : ajoutez-les dans l'onglet « Acteurs ».</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Themes and territories</source>
        <translation>Thématiques et territoires</translation>
    </message>
    <message>
        <source>Economic model and commons</source>
        <translation>Modèle économique et communs</translation>
    </message>
    <message>
        <source>e.g. Tiers-lieu de Pontanézen</source>
        <translation>par ex. Tiers-lieu de Pontanézen</translation>
    </message>
    <message>
        <source>Type a name, then pick in the list</source>
        <translation>Tapez un nom, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resources of the economic model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ressources du modèle économique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public funding</source>
        <translation>Financements publics</translation>
    </message>
    <message>
        <source>Market resources (sales, services)</source>
        <translation>Ressources marchandes (ventes, prestations)</translation>
    </message>
    <message>
        <source>Non-market resources (gifts, sponsorship)</source>
        <translation>Ressources non marchandes (dons, mécénat)</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commons&lt;/b&gt; — a resource, a community, the rules they share</source>
        <translation>&lt;b&gt;Communs&lt;/b&gt; — une ressource, une communauté, les règles qu'elle partage</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>Ressource partagée</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Pick the lead in the suggestions, or clear the field.</source>
        <translation>Choisissez le porteur dans les suggestions, ou videz le champ.</translation>
    </message>
    <message>
        <source>Hybrid model: several kinds of resources.</source>
        <translation>Modèle hybride : plusieurs types de ressources.</translation>
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
        <translation>Modifier l'acteur</translation>
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
        <translation>C'est un autre acteur au nom proche : enregistrer quand même</translation>
    </message>
    <message>
        <source>e.g. deputy mayor for culture (never a political affiliation)</source>
        <translation>par ex. adjointe au maire chargée de la culture (jamais d'appartenance politique)</translation>
    </message>
    <message>
        <source>Where the contact details come from</source>
        <translation>D'où viennent les coordonnées</translation>
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
        <translation>Type d'acteur</translation>
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
        <source>This stakeholder may already exist: {0}. Pick the existing one, or tick “save anyway”.</source>
        <translation>Cet acteur existe peut-être déjà : {0}. Choisissez l'acteur existant, ou cochez « enregistrer quand même ».</translation>
    </message>
</context>
<context>
    <name>TerritoryLinks</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Search a territory by name or code…</source>
        <translation>Cherchez un territoire par nom ou par code…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Impossible d'annuler ou de rétablir</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: {1}</source>
        <translation>« {0} » ne peut plus être annulé ni rétabli : {1}</translation>
    </message>
    <message>
        <source>Involve “{0}” in the project</source>
        <translation>Impliquer « {0} » dans le projet</translation>
    </message>
    <message>
        <source>Edit the involvement of “{0}”</source>
        <translation>Modifier l'implication de « {0} »</translation>
    </message>
    <message>
        <source>Move “{0}” on the power/interest grid</source>
        <translation>Déplacer « {0} » sur la grille pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Remove “{0}” from the project</source>
        <translation>Retirer « {0} » du projet</translation>
    </message>
    <message>
        <source>Create project “{0}”</source>
        <translation>Créer le projet « {0} »</translation>
    </message>
    <message>
        <source>Edit project “{0}”</source>
        <translation>Modifier le projet « {0} »</translation>
    </message>
    <message>
        <source>Create stakeholder “{0}”</source>
        <translation>Créer l'acteur « {0} »</translation>
    </message>
    <message>
        <source>Edit stakeholder “{0}”</source>
        <translation>Modifier l'acteur « {0} »</translation>
    </message>
    <message>
        <source>Move to stage “{0}”</source>
        <translation>Passer à l'étape « {0} »</translation>
    </message>
    <message>
        <source>Record the exchange “{0}”</source>
        <translation>Consigner l'échange « {0} »</translation>
    </message>
    <message>
        <source>Edit the exchange “{0}”</source>
        <translation>Modifier l'échange « {0} »</translation>
    </message>
    <message>
        <source>Archive the exchange “{0}”</source>
        <translation>Archiver l'échange « {0} »</translation>
    </message>
    <message>
        <source>Add funding from “{0}”</source>
        <translation>Ajouter le financement de « {0} »</translation>
    </message>
    <message>
        <source>Edit funding from “{0}”</source>
        <translation>Modifier le financement de « {0} »</translation>
    </message>
    <message>
        <source>Archive funding from “{0}”</source>
        <translation>Archiver le financement de « {0} »</translation>
    </message>
</context>
</TS>
