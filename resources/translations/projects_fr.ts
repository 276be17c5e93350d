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
        <source>Stakeholders of the project</source>
        <translation>Acteurs du projet</translation>
    </message>
    <message>
        <source>Add a stakeholder…</source>
        <translation>Ajouter un acteur…</translation>
    </message>
    <message>
        <source>Edit involvement…</source>
        <translation>Modifier l’implication…</translation>
    </message>
    <message>
        <source>Stakeholder record…</source>
        <translation>Fiche de l’acteur…</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Retirer du projet</translation>
    </message>
    <message>
        <source>Double-click a role, a score, a participation level, a posture or an attitude to change it (or F2). Judgements about a person (influence, interest, attitude, posture) are personal data: the person may ask to read them.</source>
        <translation>Double-cliquez sur un rôle, une note, un niveau de participation, une posture ou une attitude pour le modifier (ou F2). Les appréciations portées sur une personne (influence, intérêt, attitude, posture) sont des données personnelles&#xa0;: la personne peut demander à les lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) · {0} to manage closely</source>
        <translation>
            <numerusform>%n acteur · {0} à gérer de près</numerusform>
            <numerusform>%n acteurs · {0} à gérer de près</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of “{1}”: {2}</source>
        <translation>{0} de «&#xa0;{1}&#xa0;»&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Remove “{0}” from this project?

Their involvement is archived, not deleted: Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» de ce projet&#xa0;?

Son implication est archivée, pas supprimée&#xa0;: Édition ▸ Annuler (Ctrl+Z) la rétablit.</translation>
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
        <source>Exchanges of the project</source>
        <translation>Échanges du projet</translation>
    </message>
    <message>
        <source>The exchange selected</source>
        <translation>L’échange choisi</translation>
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
        <source>Attended: {0} of {1}</source>
        <translation>Présences&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Attended ({0}): {1}</source>
        <translation>Présences ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Excused themselves ({0}): {1}</source>
        <translation>Excuses ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Absent ({0}): {1}</source>
        <translation>Absences ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Followed up by {0}</source>
        <translation>Suivi par {0}</translation>
    </message>
    <message>
        <source>due on {0}</source>
        <translation>échéance le {0}</translation>
    </message>
    <message>
        <source>No exchange selected. Record meetings, workshops and calls with “New exchange…”.</source>
        <translation>Aucun échange sélectionné. Consignez réunions, ateliers et appels avec «&#xa0;Nouvel échange…&#xa0;».</translation>
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
        <translation>Archiver l’échange</translation>
    </message>
    <message>
        <source>Archive the exchange “{0}” of {1}?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver l’échange «&#xa0;{0}&#xa0;» du {1}&#xa0;?

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
        <source>Power / interest grid</source>
        <translation>Grille pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change their influence and interest (Ctrl+Z undoes it). Double-click to edit the whole involvement.</source>
        <translation>Faites glisser un acteur vers une autre case pour changer son influence et son intérêt (Ctrl+Z annule). Double-cliquez pour modifier toute son implication.</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>Participation&#xa0;:</translation>
    </message>
    <message>
        <source>{0} · your posture: {1}</source>
        <translation>{0} · votre posture&#xa0;: {1}</translation>
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
        <source>Identity of the project</source>
        <translation>Identité du projet</translation>
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
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
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
        <translation>Hybride&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d’action</translation>
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
        <source>Sub-action of</source>
        <translation>Sous-action de</translation>
    </message>
    <message>
        <source>Sub-actions</source>
        <translation>Sous-actions</translation>
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
        <translation>Accordé&#xa0;: {0} · versé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Archive funding</source>
        <translation>Archiver le financement</translation>
    </message>
    <message>
        <source>Archive the funding from “{0}”?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver le financement de «&#xa0;{0}&#xa0;»&#xa0;?

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
        <translation>Modifier l’échange</translation>
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
        <source>Who follows them up: type a name, then pick</source>
        <translation>Qui en assure le suivi&#xa0;: tapez un nom, puis choisissez</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Notes et décisions</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>Pick who follows up in the suggestions, or clear the field.</source>
        <translation>Choisissez dans les suggestions qui assure le suivi, ou videz le champ.</translation>
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
        <source>{0} (new record)</source>
        <translation>{0} (nouvelle fiche)</translation>
    </message>
    <message>
        <source>Pick a stakeholder in the suggestions, or describe a new one.</source>
        <translation>Choisissez un acteur dans les suggestions, ou décrivez-en un nouveau.</translation>
    </message>
    <message>
        <source>Power/interest grid: {0}</source>
        <translation>Grille pouvoir / intérêt&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Add the new stakeholder “{0}” to the project</source>
        <translation>Ajouter le nouvel acteur «&#xa0;{0}&#xa0;» au projet</translation>
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
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Someone else: type a name, then pick</source>
        <translation>Quelqu’un d’autre&#xa0;: tapez un nom, puis choisissez</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Participant·e à ajouter</translation>
    </message>
    <message>
        <source>Add as present</source>
        <translation>Ajouter comme présent·e</translation>
    </message>
    <message>
        <source>Attendance of {0}</source>
        <translation>Présence de {0}</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marquer tout le monde présent</translation>
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
        <translation>Participation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Drag to change influence and interest</source>
        <translation>Faites glisser pour changer l’influence et l’intérêt</translation>
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
        <translation>Aucun acteur pour l’instant&#xa0;: ajoutez-les dans l’onglet «&#xa0;Acteurs&#xa0;».</translation>
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
        <translation>&lt;b&gt;Communs&lt;/b&gt; — une ressource, une communauté, les règles qu’elle partage</translation>
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
        <translation>Modèle hybride&#xa0;: plusieurs types de ressources.</translation>
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
        <translation>Les fiches actions d’un plan d’action</translation>
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
        <source>PDF sheet…</source>
        <translation>Fiche PDF…</translation>
    </message>
    <message>
        <source>This project&apos;s monitoring sheet, in PDF</source>
        <translation>La fiche de suivi de ce projet, en PDF</translation>
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
        <source>Projects</source>
        <extracomment>What the filters offer: territories and themes that some project names, and the plans.</extracomment>
        <translation>Projets</translation>
    </message>
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
        <source>No project yet. Import a spreadsheet of your projects or contacts with File ▸ Import a workbook (Ctrl+I), or create the first project with Projects ▸ New project (Ctrl+N). Help ▸ Guide (F1) shows the first steps.</source>
        <translation>Aucun projet pour l’instant. Importez un tableur de vos projets ou de vos contacts avec Fichier ▸ Importer un classeur (Ctrl+I), ou créez le premier projet avec Projets ▸ Nouveau projet (Ctrl+N). Aide ▸ Guide (F1) montre les premiers pas.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Move to stage</source>
        <translation>Passer à l’étape</translation>
    </message>
    <message>
        <source>Current stage: {0}, since {1}.</source>
        <translation>Étape actuelle&#xa0;: {0}, depuis le {1}.</translation>
    </message>
    <message>
        <source>No stage recorded yet for this project.</source>
        <translation>Aucune étape enregistrée pour ce projet.</translation>
    </message>
    <message>
        <source>What shows the cooperation has reached this stage: a charter signed together, a document co-written, a decision taken jointly…</source>
        <translation>Ce qui montre que la coopération a atteint cette étape&#xa0;: une charte signée ensemble, un document co-écrit, une décision prise en commun…</translation>
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
        <translation>L’historique est conservé tel quel&#xa0;: Ctrl+Z retire cette entrée tout de suite&#xa0;; une erreur découverte plus tard se corrige par une nouvelle entrée.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>This date is in the future: record only a stage already reached.</source>
        <translation>Cette date est dans le futur&#xa0;: n’enregistrez qu’une étape déjà atteinte.</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>No stage recorded yet: use “Move to stage…” to record where the cooperation stands, with its evidence.</source>
        <translation>Aucune étape enregistrée&#xa0;: utilisez «&#xa0;Passer à l’étape…&#xa0;» pour noter où en est la coopération, avec sa preuve.</translation>
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
        <translation>Passer à l’étape…</translation>
    </message>
    <message>
        <source>Cooperation trajectory</source>
        <translation>Trajectoire de coopération</translation>
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
        <source>History of the stages</source>
        <translation>Historique des étapes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Current stage: {0}&lt;/b&gt;, since {1} — %n step(s) recorded</source>
        <translation>
            <numerusform>&lt;b&gt;Étape actuelle&#xa0;: {0}&lt;/b&gt;, depuis le {1} — %n étape enregistrée</numerusform>
            <numerusform>&lt;b&gt;Étape actuelle&#xa0;: {0}&lt;/b&gt;, depuis le {1} — %n étapes enregistrées</numerusform>
        </translation>
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
        <translation>&lt;b&gt;{0}&lt;/b&gt;, {1}&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create project “{0}”</source>
        <translation>Créer le projet «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit project “{0}”</source>
        <translation>Modifier le projet «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Involve “{0}” in the project</source>
        <translation>Impliquer «&#xa0;{0}&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>Edit the involvement of “{0}”</source>
        <translation>Modifier l’implication de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Move “{0}” on the power/interest grid</source>
        <translation>Déplacer «&#xa0;{0}&#xa0;» sur la grille pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Remove “{0}” from the project</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» du projet</translation>
    </message>
    <message>
        <source>Move to stage “{0}”</source>
        <translation>Passer à l’étape «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Record the exchange “{0}”</source>
        <translation>Consigner l’échange «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the exchange “{0}”</source>
        <translation>Modifier l’échange «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive the exchange “{0}”</source>
        <translation>Archiver l’échange «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Add funding from “{0}”</source>
        <translation>Ajouter le financement de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit funding from “{0}”</source>
        <translation>Modifier le financement de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive funding from “{0}”</source>
        <translation>Archiver le financement de «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
</TS>
