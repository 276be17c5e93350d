<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActorsTab</name>
    <message>
        <source>Stakeholder</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>Grille pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Votre posture</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Add a stakeholder…</source>
        <translation>Ajouter un acteur…</translation>
    </message>
    <message>
        <source>Edit involvement…</source>
        <translation>Modifier l&apos;implication…</translation>
    </message>
    <message>
        <source>Stakeholder record…</source>
        <translation>Fiche de l&apos;acteur…</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Retirer du projet</translation>
    </message>
    <message>
        <source>Double-click a role, a score, a participation level, a posture or an attitude to change it (or F2). Judgements about a person (influence, interest, attitude, posture) are personal data: the person may ask to read them.</source>
        <translation>Double-cliquez sur un rôle, une note, un niveau de participation, une posture ou une attitude pour le modifier (ou F2). Les appréciations portées sur une personne (influence, intérêt, attitude, posture) sont des données personnelles : la personne peut demander à les lire.</translation>
    </message>
    <message>
        <source>{0} stakeholders · {1} to manage closely</source>
        <translation>{0} acteurs · {1} à gérer de près</translation>
    </message>
    <message>
        <source>{0} of “{1}”: {2}</source>
        <translation>{0} de « {1} » : {2}</translation>
    </message>
    <message>
        <source>Remove “{0}” from this project?

Their involvement is archived, not deleted: Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Retirer « {0} » de ce projet ?

Son implication est archivée, pas supprimée : Édition ▸ Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
</context>
<context>
    <name>Attitude</name>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>−2 opposed</source>
        <translation>−2 opposé</translation>
    </message>
    <message>
        <source>−1 reluctant</source>
        <translation>−1 réservé</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <source>+1 favourable</source>
        <translation>+1 favorable</translation>
    </message>
    <message>
        <source>+2 driving force</source>
        <translation>+2 moteur</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <source>Nothing to count here.</source>
        <translation>Rien à compter ici.</translation>
    </message>
    <message>
        <source>Click to list these projects.</source>
        <translation>Cliquez pour lister ces projets.</translation>
    </message>
</context>
<context>
    <name>ExchangesTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>New exchange…</source>
        <translation>Nouvel échange…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Present: {0} of {1}</source>
        <translation>Présents : {0} sur {1}</translation>
    </message>
    <message>
        <source>No exchange selected. Record meetings, workshops and calls with “New exchange…”.</source>
        <translation>Aucun échange sélectionné. Consignez réunions, ateliers et appels avec « Nouvel échange… ».</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Archive exchange</source>
        <translation>Archiver l&apos;échange</translation>
    </message>
    <message>
        <source>Archive the exchange “{0}” of {1}?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver l&apos;échange « {0} » du {1} ?

Édition ▸ Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>New funding</source>
        <translation>Nouveau financement</translation>
    </message>
    <message>
        <source>Edit funding</source>
        <translation>Modifier le financement</translation>
    </message>
    <message>
        <source>Type the funder&apos;s name, then pick in the list</source>
        <translation>Tapez le nom du financeur, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>e.g. LEADER, FNADT, Fonds vert</source>
        <translation>par ex. LEADER, FNADT, Fonds vert</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Funder *</source>
        <translation>Financeur *</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Pick the funder in the suggestions.</source>
        <translation>Choisissez le financeur dans les suggestions.</translation>
    </message>
    <message>
        <source>The amount paid exceeds the amount granted.</source>
        <translation>Le montant versé dépasse le montant accordé.</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <source>Drag a stakeholder to another cell to change their influence and interest (Ctrl+Z undoes it). Double-click to edit the whole involvement.</source>
        <translation>Faites glisser un acteur vers une autre case pour changer son influence et son intérêt (Ctrl+Z annule). Double-cliquez pour modifier toute son implication.</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>Participation :</translation>
    </message>
    <message>
        <source>{0} · your posture: {1}</source>
        <translation>{0} · votre posture : {1}</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Déplacement refusé</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
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
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
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
        <source>Economic model</source>
        <translation>Modèle économique</translation>
    </message>
    <message>
        <source>Commons</source>
        <translation>Communs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Add funding…</source>
        <translation>Ajouter un financement…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Pas encore de description.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>citizen participation</source>
        <translation>participation citoyenne</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>No axis</source>
        <translation>Sans axe</translation>
    </message>
    <message>
        <source>public funding</source>
        <translation>financements publics</translation>
    </message>
    <message>
        <source>market resources</source>
        <translation>ressources marchandes</translation>
    </message>
    <message>
        <source>non-market resources</source>
        <translation>ressources non marchandes</translation>
    </message>
    <message>
        <source>volunteering</source>
        <translation>bénévolat</translation>
    </message>
    <message>
        <source>Hybrid: {0}</source>
        <translation>Hybride : {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
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
        <source>Granted: {0} · paid: {1}</source>
        <translation>Accordé : {0} · versé : {1}</translation>
    </message>
    <message>
        <source>Archive funding</source>
        <translation>Archiver le financement</translation>
    </message>
    <message>
        <source>Archive the funding from “{0}”?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver le financement de « {0} » ?

Édition ▸ Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>IndicatorChartWidget</name>
    <message>
        <source>Measurements ({0})</source>
        <translation>Mesures ({0})</translation>
    </message>
    <message>
        <source>Path to the target</source>
        <translation>Trajectoire vers la cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Edit exchange</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>e.g. Steering committee of the spring</source>
        <translation>par ex. Comité de pilotage de printemps</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject *</source>
        <translation>Objet *</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Notes et décisions</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <source>Add a stakeholder to the project</source>
        <translation>Ajouter un acteur au projet</translation>
    </message>
    <message>
        <source>Involvement of {0}</source>
        <translation>Implication de {0}</translation>
    </message>
    <message>
        <source>Type a name, then pick in the list</source>
        <translation>Tapez un nom, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>Stakeholder *</source>
        <translation>Acteur *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation>Intérêt (1–5)</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Participation level</source>
        <translation>Niveau de participation</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Votre posture</translation>
    </message>
    <message>
        <source>Expected useful effects</source>
        <translation>Effets utiles attendus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0} (nouveau)</translation>
    </message>
    <message>
        <source>Pick a stakeholder in the suggestions, or describe a new one.</source>
        <translation>Choisissez un acteur dans les suggestions, ou décrivez-en un nouveau.</translation>
    </message>
    <message>
        <source>Power/interest grid: {0}</source>
        <translation>Grille pouvoir / intérêt : {0}</translation>
    </message>
    <message>
        <source>Add the new stakeholder “{0}” to the project</source>
        <translation>Ajouter le nouvel acteur « {0} » au projet</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Stakeholder</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Nobody invited</source>
        <translation>Aucun invité</translation>
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
        <translation>Faites glisser pour changer l&apos;influence et l&apos;intérêt</translation>
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
        <translation>Aucun acteur pour l&apos;instant : ajoutez-les dans l&apos;onglet « Acteurs ».</translation>
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
        <translation>&lt;b&gt;Communs&lt;/b&gt; — une ressource, une communauté, les règles qu&apos;elle partage</translation>
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
    <message>
        <source>All plans</source>
        <translation>Tous les plans</translation>
    </message>
    <message>
        <source>The fiches actions of one plan d&apos;action</source>
        <translation>Les fiches actions d&apos;un plan d&apos;action</translation>
    </message>
    <message>
        <source>Show all projects</source>
        <translation>Afficher tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>These projects: %Ln behind “%1”</source>
        <translation>
            <numerusform>Ces projets&#xa0;: %Ln derrière «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ces projets&#xa0;: %Ln derrière «&#xa0;%1&#xa0;»</numerusform>
        </translation>
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
    <name>ProjectPage</name>
    <message>
        <source>Edit project…</source>
        <translation>Modifier le projet…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Power / interest grid</source>
        <translation>Grille pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Cooperation trajectory</source>
        <translation>Trajectoire de coopération</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation>{0} (archivé)</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} depuis le {1}</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>Searching…</source>
        <extracomment>What the filters offer: territories and themes that some project names, and the plans.</extracomment>
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
    <name>StageDialog</name>
    <message>
        <source>Move to stage</source>
        <translation>Passer à l&apos;étape</translation>
    </message>
    <message>
        <source>Current stage: {0}, since {1}.</source>
        <translation>Étape actuelle : {0}, depuis le {1}.</translation>
    </message>
    <message>
        <source>No stage recorded yet for this project.</source>
        <translation>Aucune étape enregistrée pour ce projet.</translation>
    </message>
    <message>
        <source>What shows the cooperation has reached this stage: a charter signed together, a document co-written, a decision taken jointly…</source>
        <translation>Ce qui montre que la coopération a atteint cette étape : une charte signée ensemble, un document co-écrit, une décision prise en commun…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Atteinte le</translation>
    </message>
    <message>
        <source>Evidence *</source>
        <translation>Preuve *</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>The history is kept as it is: Ctrl+Z takes this entry back right away; a mistake found later is corrected by a new entry.</source>
        <translation>L&apos;historique est conservé tel quel : Ctrl+Z retire cette entrée tout de suite ; une erreur découverte plus tard se corrige par une nouvelle entrée.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>This date is in the future: record only a stage already reached.</source>
        <translation>Cette date est dans le futur : n&apos;enregistrez qu&apos;une étape déjà atteinte.</translation>
    </message>
    <message>
        <source>This date is before the project started ({0}).</source>
        <translation>Cette date précède le début du projet ({0}).</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No stage recorded yet: use “Move to stage…” to record where the cooperation stands, with its evidence.</source>
        <translation>Aucune étape enregistrée : utilisez « Passer à l&apos;étape… » pour noter où en est la coopération, avec sa preuve.</translation>
    </message>
    <message>
        <source>Recorded by {0}</source>
        <translation>Enregistrée par {0}</translation>
    </message>
</context>
<context>
    <name>TrajectoryTab</name>
    <message>
        <source>Move to stage…</source>
        <translation>Passer à l&apos;étape…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current stage: {0}&lt;/b&gt;, since {1} — {2} steps recorded</source>
        <translation>&lt;b&gt;Étape actuelle : {0}&lt;/b&gt;, depuis le {1} — {2} étapes enregistrées</translation>
    </message>
    <message>
        <source>No stage recorded yet.</source>
        <translation>Aucune étape enregistrée.</translation>
    </message>
    <message>
        <source>Select a step on the timeline or in the list to read its evidence.</source>
        <translation>Sélectionnez une étape sur la frise ou dans la liste pour lire sa preuve.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, {1}: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, {1} : {2}</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create project “{0}”</source>
        <translation>Créer le projet « {0} »</translation>
    </message>
    <message>
        <source>Edit project “{0}”</source>
        <translation>Modifier le projet « {0} »</translation>
    </message>
    <message>
        <source>Involve “{0}” in the project</source>
        <translation>Impliquer « {0} » dans le projet</translation>
    </message>
    <message>
        <source>Edit the involvement of “{0}”</source>
        <translation>Modifier l&apos;implication de « {0} »</translation>
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
        <source>Move to stage “{0}”</source>
        <translation>Passer à l&apos;étape « {0} »</translation>
    </message>
    <message>
        <source>Record the exchange “{0}”</source>
        <translation>Consigner l&apos;échange « {0} »</translation>
    </message>
    <message>
        <source>Edit the exchange “{0}”</source>
        <translation>Modifier l&apos;échange « {0} »</translation>
    </message>
    <message>
        <source>Archive the exchange “{0}”</source>
        <translation>Archiver l&apos;échange « {0} »</translation>
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
