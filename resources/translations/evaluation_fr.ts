<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New evaluation campaign</source>
        <translation>Nouvelle campagne d’évaluation</translation>
    </message>
    <message>
        <source>Edit the evaluation campaign</source>
        <translation>Modifier la campagne d’évaluation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Type a stakeholder&apos;s name, then pick in the list</source>
        <translation>Tapez le nom d’un acteur, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>How the evaluation went, what stood out, what the partners said…</source>
        <translation>Comment l’évaluation s’est déroulée, ce qui en ressort, ce qu’ont dit les partenaires…</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Cooperation stage declared</source>
        <translation>Étape de coopération déclarée</translation>
    </message>
    <message>
        <source>Officer&apos;s posture declared</source>
        <translation>Posture du développeur déclarée</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>The campaign cannot precede the project&apos;s start ({0}).</source>
        <translation>La campagne ne peut pas précéder le début du projet ({0}).</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
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
        <source>Declared / observed</source>
        <translation>Déclaré / observé</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Cooperative maturity</source>
        <translation>Maturité coopérative</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No evaluation campaign yet. Start one with “New campaign…”: its date, who takes part, then the criteria, the grid and the recommendations.</source>
        <translation>Aucune campagne d’évaluation pour l’instant. Commencez par «&#xa0;Nouvelle campagne…&#xa0;»&#xa0;: sa date, qui y participe, puis les critères, la grille et les recommandations.</translation>
    </message>
    <message>
        <source>Participants: {0}</source>
        <translation>Participants&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>Archiver la campagne</translation>
    </message>
    <message>
        <source>Archive the campaign “{0}”, with its scores and recommendations?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver la campagne «&#xa0;{0}&#xa0;», avec ses notes et ses recommandations&#xa0;?

Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Choose two different campaigns of the project.</source>
        <translation>Choisissez deux campagnes différentes du projet.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing needs two campaigns: this project has %n.</source>
        <translation>
            <numerusform>Il faut deux campagnes pour comparer&#xa0;: ce projet en compte %n.</numerusform>
            <numerusform>Il faut deux campagnes pour comparer&#xa0;: ce projet en compte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither campaign answered the maturity grid.</source>
        <translation>Aucune des deux campagnes n’a renseigné la grille de maturité.</translation>
    </message>
    <message>
        <source>Earlier: {0} — later: {1}.</source>
        <translation>Avant&#xa0;: {0} — après&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Criteria (0–4)</source>
        <translation>Critères (0 à 4)</translation>
    </message>
    <message>
        <source>Cooperative maturity</source>
        <translation>Maturité coopérative</translation>
    </message>
    <message>
        <source>Involvements by participation level</source>
        <translation>Implications par niveau de participation</translation>
    </message>
    <message>
        <source>Involvements by posture</source>
        <translation>Implications par posture</translation>
    </message>
    <message>
        <source>Exchanges and attendance</source>
        <translation>Échanges et présence</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Score the criteria</source>
        <translation>Noter les critères</translation>
    </message>
    <message>
        <source>0: not at all · 1: weakly · 2: partly · 3: largely · 4: fully</source>
        <translation>0&#xa0;: pas du tout · 1&#xa0;: faiblement · 2&#xa0;: en partie · 3&#xa0;: largement · 4&#xa0;: pleinement</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Project</source>
        <extracomment>What the dashboard counts; the other kinds of change leave it as it is.</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Way done</source>
        <translation>Chemin parcouru</translation>
    </message>
    <message>
        <source>Expected by then</source>
        <translation>Attendu à cette date</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Les douze derniers mois</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <source>period from %1 to %2</source>
        <translation>période du %1 au %2</translation>
    </message>
    <message>
        <source>click a bar to list its projects</source>
        <translation>cliquez sur une barre pour lister ses projets</translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator(s) late — list their projects</source>
        <translation>
            <numerusform>%Ln indicateur en retard — lister ses projets</numerusform>
            <numerusform>%Ln indicateurs en retard — lister leurs projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclaredView</name>
    <message>
        <source>No campaign chosen.</source>
        <translation>Aucune campagne choisie.</translation>
    </message>
    <message>
        <source>No difference to question: what is declared matches the records.</source>
        <translation>Aucun écart à questionner&#xa0;: ce qui est déclaré concorde avec les fiches.</translation>
    </message>
    <message numerus="yes">
        <source>Late on the campaign date: %1 of %n indicator(s).</source>
        <translation>
            <numerusform>En retard à la date de la campagne&#xa0;: %1 indicateur sur %n.</numerusform>
            <numerusform>En retard à la date de la campagne&#xa0;: %1 indicateurs sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions to raise with the partners</source>
        <translation>Questions à poser aux partenaires</translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation>Déclaré et observé</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Échelle de participation</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} depuis le {1}</translation>
    </message>
    <message>
        <source>no stage recorded</source>
        <translation>aucune étape enregistrée</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>Cooperation stage</source>
        <translation>Étape de coopération</translation>
    </message>
    <message>
        <source>Officer&apos;s posture</source>
        <translation>Posture du développeur</translation>
    </message>
    <message numerus="yes">
        <source>facilitator in %1 of %n involvement(s)</source>
        <translation>
            <numerusform>facilitateur dans %1 implication sur %n</numerusform>
            <numerusform>facilitateur dans %1 implications sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s); involved stakeholders present at one at least: %1</source>
        <translation>
            <numerusform>%n échange&#xa0;; acteurs impliqués présents à au moins un&#xa0;: %1</numerusform>
            <numerusform>%n échanges&#xa0;; acteurs impliqués présents à au moins un&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected for %1, observed for %2, of %n involved</source>
        <translation>
            <numerusform>attendus pour %1, observés pour %2, sur %n acteur impliqué</numerusform>
            <numerusform>attendus pour %1, observés pour %2, sur %n acteurs impliqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges in the period</source>
        <translation>Échanges sur la période</translation>
    </message>
    <message>
        <source>Useful effects</source>
        <translation>Effets utiles</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Observed in the records</source>
        <translation>Observé dans les fiches</translation>
    </message>
    <message>
        <source>On {0}</source>
        <translation>Au {0}</translation>
    </message>
    <message>
        <source>Posture: {0}</source>
        <translation>Posture&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Compare two campaigns</source>
        <translation>Comparer deux campagnes</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Answer the grid “{0}”</source>
        <translation>Renseigner la grille «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <source>The baseline value</source>
        <translation>La valeur de départ</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>La cible</translation>
    </message>
    <message>
        <source>The tolerance</source>
        <translation>La tolérance</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Intitulé *</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>Unité *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Expected direction</source>
        <translation>Sens attendu</translation>
    </message>
    <message>
        <source>Baseline date *</source>
        <translation>Date de départ *</translation>
    </message>
    <message>
        <source>Computed from the records: {0}.</source>
        <translation>Calculé à partir des fiches&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Participation level *</source>
        <translation>Niveau de participation *</translation>
    </message>
    <message>
        <source>Baseline value *</source>
        <translation>Valeur de départ *</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tolerance (steady)</source>
        <translation>Tolérance (stabilité)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Choose the level it counts.</source>
        <translation>Choisissez le niveau compté.</translation>
    </message>
    <message>
        <source>The baseline value is required.</source>
        <translation>La valeur de départ est obligatoire.</translation>
    </message>
    <message>
        <source>The target date must follow the baseline date.</source>
        <translation>L’échéance doit suivre la date de départ.</translation>
    </message>
    <message>
        <source>A target date needs a target value.</source>
        <translation>Une échéance demande une valeur cible.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
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
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Way done</source>
        <translation>Chemin parcouru</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Nouvel indicateur…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Add a measurement…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Archive the measurement</source>
        <translation>Archiver la mesure</translation>
    </message>
    <message>
        <source>No indicator yet: pick one in the library or create your own.</source>
        <translation>Aucun indicateur pour l’instant&#xa0;: choisissez-en un dans la bibliothèque ou créez le vôtre.</translation>
    </message>
    <message>
        <source>Archive indicator</source>
        <translation>Archiver l’indicateur</translation>
    </message>
    <message>
        <source>Archive the indicator “{0}” and hide its measurements?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver l’indicateur «&#xa0;{0}&#xa0;» et masquer ses mesures&#xa0;?

Édition ▸ Annuler (Ctrl+Z) le fait revenir.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Indicator library</source>
        <translation>Bibliothèque d’indicateurs</translation>
    </message>
    <message>
        <source>Filter by title or unit…</source>
        <translation>Filtrer par intitulé ou unité…</translation>
    </message>
    <message>
        <source>computed from the records</source>
        <translation>calculé à partir des fiches</translation>
    </message>
    <message>
        <source>Suited to this project&apos;s scheme.</source>
        <translation>Adapté au dispositif de ce projet.</translation>
    </message>
</context>
<context>
    <name>MaturityView</name>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Answer the grid…</source>
        <translation>Renseigner la grille…</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>The grid is not answered for this campaign yet: “Answer the grid…”.</source>
        <translation>La grille n’est pas encore renseignée pour cette campagne&#xa0;: «&#xa0;Renseigner la grille…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Measure “{0}”</source>
        <translation>Mesurer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>La valeur</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Value (%1) *</source>
        <translation>Valeur (%1) *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>A measurement cannot precede the baseline date ({0}).</source>
        <translation>Une mesure ne peut pas précéder la date de départ ({0}).</translation>
    </message>
    <message>
        <source>The value is required.</source>
        <translation>La valeur est obligatoire.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Edit the recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>Type the name of who carries it, then pick in the list</source>
        <translation>Tapez le nom de qui la porte, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>Recommendation *</source>
        <translation>Recommandation *</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Portée par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>When it was done or abandoned (today if left empty).</source>
        <translation>Quand elle a été faite ou abandonnée (aujourd’hui si vide).</translation>
    </message>
    <message>
        <source>Pick who carries it in the suggestions, or leave it empty.</source>
        <translation>Choisissez qui la porte dans les suggestions, ou laissez vide.</translation>
    </message>
    <message>
        <source>The due date precedes the campaign ({0}).</source>
        <translation>L’échéance précède la campagne ({0}).</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Portée par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <source>New recommendation…</source>
        <translation>Nouvelle recommandation…</translation>
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
        <source>carried over from {0} of {1}</source>
        <translation>reportée de la campagne {0} du {1}</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>cette campagne</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Archiver la recommandation</translation>
    </message>
    <message>
        <source>Archive the recommendation “{0}”?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Archiver la recommandation «&#xa0;{0}&#xa0;»&#xa0;?

Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
</context>
<context>
    <name>ScoreDialogs</name>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Score the criteria…</source>
        <translation>Noter les critères…</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>New evaluation campaign of {0}</source>
        <translation>Nouvelle campagne d’évaluation du {0}</translation>
    </message>
    <message>
        <source>Edit the campaign “{0}”</source>
        <translation>Modifier la campagne «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive the campaign “{0}”</source>
        <translation>Archiver la campagne «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Score “{0}”</source>
        <translation>Noter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Answer “{0}”</source>
        <translation>Renseigner «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>New recommendation “{0}”</source>
        <translation>Nouvelle recommandation «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the recommendation “{0}”</source>
        <translation>Modifier la recommandation «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive the recommendation “{0}”</source>
        <translation>Archiver la recommandation «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>New indicator “{0}”</source>
        <translation>Nouvel indicateur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the indicator “{0}”</source>
        <translation>Modifier l’indicateur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Archive the indicator “{0}”</source>
        <translation>Archiver l’indicateur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Measure “{0}” on {1}</source>
        <translation>Mesurer «&#xa0;{0}&#xa0;» le {1}</translation>
    </message>
    <message>
        <source>Archive the measurement of {0}</source>
        <translation>Archiver la mesure du {0}</translation>
    </message>
</context>
</TS>
