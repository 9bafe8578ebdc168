<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="93"/>
        <source>Approve a device card</source>
        <translation>Approuver une carte d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="99"/>
        <source>Compare the fingerprint aloud</source>
        <translation>Comparez l&apos;empreinte à voix haute</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="112"/>
        <source>Name of this device:</source>
        <translation>Nom de cet appareil :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="118"/>
        <source>It matches: approve</source>
        <translation>Elle correspond : approuver</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="119"/>
        <source>It does not match</source>
        <translation>Elle ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="103"/>
        <source>Ask the national coordinator to read the fingerprint shown on their screen. Approve only if every character matches this one:</source>
        <translation>Demandez au coordinateur national de lire l&apos;empreinte affichée sur son écran. N&apos;approuvez que si chaque caractère correspond à celle-ci :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="106"/>
        <source>Ask the monitor to read the fingerprint shown on their screen. Approve only if every group of digits matches this one:</source>
        <translation>Demandez à l&apos;enquêteur de lire l&apos;empreinte affichée sur son écran. N&apos;approuvez que si chaque groupe de chiffres correspond à celle-ci :</translation>
    </message>
</context>
<context>
    <name>AssessView</name>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="376"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="479"/>
        <source>Saved in the vault as you type. Not stored as assessed until you check it.</source>
        <translation>Enregistré dans le coffre au fil de la saisie. Pas encore enregistré comme évalué : vérifiez-le d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="496"/>
        <source>Not stored: %n problem(s) to fix first. Your changes are kept.</source>
        <translation>
            <numerusform>Non enregistré : %n problème à corriger d&apos;abord. Vos modifications sont conservées.</numerusform>
            <numerusform>Non enregistré : %n problèmes à corriger d&apos;abord. Vos modifications sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="517"/>
        <source>Assess a period</source>
        <translation>Évaluer une période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="519"/>
        <source>Every change is saved in the vault at once. Ctrl+S checks the period and stores it.</source>
        <translation>Chaque modification est enregistrée aussitôt dans le coffre. Ctrl+S vérifie la période et l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="521"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="521"/>
        <source>Name of the period</source>
        <translation>Nom de la période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="522"/>
        <source>First month (YYYY-MM)</source>
        <translation>Premier mois (AAAA-MM)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="522"/>
        <source>Last month (YYYY-MM)</source>
        <translation>Dernier mois (AAAA-MM)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="523"/>
        <source>Assessed on (YYYY-MM-DD)</source>
        <translation>Évaluée le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="525"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="525"/>
        <source>Government&apos;s status</source>
        <translation>État selon le gouvernement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="526"/>
        <source>Government&apos;s claim and its evidence</source>
        <translation>Ce qu&apos;affirme le gouvernement et ses preuves</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="527"/>
        <source>Civil society&apos;s assessment and its evidence</source>
        <translation>Évaluation de la société civile et ses preuves</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="529"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="530"/>
        <source>Value (survey: released period)</source>
        <translation>Valeur (enquête : période publiée)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="531"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="531"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="533"/>
        <source>One document a line: title | issuer | date | page | link — or: confidential</source>
        <translation>Un document par ligne : titre | émetteur | date | page | lien — ou : confidentiel</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="538"/>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="538"/>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>delayed</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>completed</source>
        <translation>achevée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="544"/>
        <source>Parliament</source>
        <translation>Le Parlement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="544"/>
        <source>The United Nations</source>
        <translation>Les Nations Unies</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="545"/>
        <source>The CEDAW Committee</source>
        <translation>Le Comité CEDEF (CEDAW)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="548"/>
        <source>Addressed to</source>
        <translation>Adressé à</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="549"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="553"/>
        <source>%1: findings</source>
        <translation>%1 : constats</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="554"/>
        <source>%1: recommendations, one a line</source>
        <translation>%1 : recommandations, une par ligne</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>national</source>
        <translation>nationales</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>local</source>
        <translation>locales</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>international</source>
        <translation>internationales</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="557"/>
        <source>core</source>
        <translation>financement de base</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="557"/>
        <source>project</source>
        <translation>financement de projet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="558"/>
        <source>Women&apos;s organisations, %1, %2</source>
        <translation>Organisations de femmes %1, %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Money</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="562"/>
        <source>Shadow report</source>
        <translation>Rapport alternatif</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="564"/>
        <source>Check and store</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="565"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="566"/>
        <source>Back to the plan</source>
        <translation>Retour au plan</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="322"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="323"/>
        <source>The bundles you imported from USB sticks, newest first.</source>
        <translation>Les paquets importés depuis des clés USB, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="325"/>
        <source>No bundle imported yet.</source>
        <translation>Aucun paquet importé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="327"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="328"/>
        <source>Write a receipt…</source>
        <translation>Écrire un accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="332"/>
        <source>Save the receipt</source>
        <translation>Enregistrer l&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="348"/>
        <source>Receipt written</source>
        <translation>Accusé de réception écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="349"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="350"/>
        <source>Give it to the monitors: their devices may then remove the acknowledged records.</source>
        <translation>Remettez-le aux enquêteurs : leurs appareils pourront alors effacer les entretiens dont la réception est confirmée.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="353"/>
        <source>Writing the receipt…</source>
        <translation>Écriture de l&apos;accusé de réception…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="100"/>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="106"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="108"/>
        <source>The data is not re-encrypted: only the key that opens it. The recovery key stays the same.</source>
        <translation>Les données ne sont pas chiffrées de nouveau : seule la clé qui les ouvre change. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="117"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="118"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="120"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="126"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="128"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="176"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase secrète changée. Utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHome</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="69"/>
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="70"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="71"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="72"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="73"/>
        <source>Reports and tables</source>
        <translation>Rapports et tableaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="74"/>
        <source>National Action Plan</source>
        <translation>Plan d&apos;action national</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="75"/>
        <source>Hub</source>
        <translation>Pôle</translation>
    </message>
</context>
<context>
    <name>CoordinatorOverview</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="97"/>
        <source>%1: late, nothing since %2 (%3 days)</source>
        <translation>%1 : en retard, rien depuis le %2 (%3 jours)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="101"/>
        <source>%1: bundle %2 missing</source>
        <translation>%1 : paquet %2 manquant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="107"/>
        <source>open, closes %1</source>
        <translation>ouverte, close le %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="109"/>
        <source>closed, released (edition %1)</source>
        <translation>close, publiée (édition %1)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="110"/>
        <source>closed, not released yet</source>
        <translation>close, pas encore publiée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="113"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="115"/>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="116"/>
        <source>Interviews received</source>
        <translation>Entretiens reçus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="119"/>
        <source>Exact counts from the bundles imported, for you only: they never leave this computer this way. Published figures come from releases of closed periods.</source>
        <translation>Effectifs exacts tirés des paquets importés, pour vous seul : ils ne quittent jamais cet ordinateur sous cette forme. Les chiffres publiés viennent des publications de périodes closes.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="128"/>
        <source>Next steps: prepare an enrollment kit for each monitor, approve their device cards, then import the bundles they bring back.</source>
        <translation>Prochaines étapes : préparez un kit d&apos;inscription pour chaque enquêteur, approuvez leurs cartes d&apos;appareil, puis importez les paquets qu&apos;ils rapportent.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="138"/>
        <source>This computer&apos;s fingerprint: %1</source>
        <translation>Empreinte de cet ordinateur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="139"/>
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>%n paquet importé</numerusform>
            <numerusform>%n paquets importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="141"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n fichier refusé</numerusform>
            <numerusform>%n fichiers refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="143"/>
        <source>last import %1</source>
        <translation>dernière importation le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="148"/>
        <source>%n release(s) made</source>
        <translation>
            <numerusform>%n publication faite</numerusform>
            <numerusform>%n publications faites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="149"/>
        <source>last on %1</source>
        <translation>la dernière le %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="152"/>
        <source>No release made yet.</source>
        <translation>Aucune publication pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="155"/>
        <source>%n device(s) approved</source>
        <translation>
            <numerusform>%n appareil approuvé</numerusform>
            <numerusform>%n appareils approuvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="156"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="157"/>
        <source>one bundle expected every %1 days</source>
        <translation>un paquet attendu tous les %1 jours</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="178"/>
        <source>No questionnaire issued yet.</source>
        <translation>Aucun questionnaire diffusé pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="368"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="369"/>
        <source>Interviews per questionnaire and month, and where data is missing.</source>
        <translation>Entretiens par questionnaire et par mois, et les données manquantes.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Ended (child)</source>
        <translation>Arrêtés (enfant)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Stopped</source>
        <translation>Interrompus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="372"/>
        <source>Nothing to show until bundles are imported.</source>
        <translation>Rien à afficher tant qu&apos;aucun paquet n&apos;est importé.</translation>
    </message>
</context>
<context>
    <name>DeviceCardDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="148"/>
        <source>Device card</source>
        <translation>Carte d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="154"/>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="157"/>
        <source>Give the card file to your coordinator, then read this fingerprint aloud to them:</source>
        <translation>Remettez le fichier de la carte à votre coordinateur, puis lisez-lui cette empreinte à voix haute :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="161"/>
        <source>A name for this laptop the coordinator will see (not a person&apos;s name):</source>
        <translation>Un nom pour cet ordinateur, que verra le coordinateur (pas le nom d&apos;une personne) :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="168"/>
        <source>Save the card…</source>
        <translation>Enregistrer la carte…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="169"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="183"/>
        <source>Card written: %1</source>
        <translation>Carte écrite : %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="188"/>
        <source>device %1: bundle %2 missing</source>
        <translation>appareil %1 : paquet %2 manquant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="204"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="208"/>
        <source>Missing bundles</source>
        <translation>Paquets manquants</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="209"/>
        <source>No device approved yet. Approve a monitor&apos;s device card to see it here.</source>
        <translation>Aucun appareil approuvé. Approuvez la carte d&apos;appareil d&apos;un enquêteur pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="212"/>
        <source>Approve a device card…</source>
        <translation>Approuver une carte d&apos;appareil…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="213"/>
        <source>Create enrollment kit…</source>
        <translation>Créer un kit d&apos;inscription…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="218"/>
        <source>Choose the device card</source>
        <translation>Choisissez la carte d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="262"/>
        <source>Device approved</source>
        <translation>Appareil approuvé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="263"/>
        <source>Bundles from %1 will now be accepted.</source>
        <translation>Les paquets de %1 seront désormais acceptés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="183"/>
        <source>late: %1 days without a bundle</source>
        <translation>en retard : %1 jours sans paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="184"/>
        <source>next bundle due by %1</source>
        <translation>prochain paquet attendu d&apos;ici le %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="193"/>
        <source>device %1: late, no bundle since %2 (%3 days)</source>
        <translation>appareil %1 : en retard, aucun paquet depuis le %2 (%3 jours)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="205"/>
        <source>Every monitor&apos;s computer you approved: its last bundle, the last day it was heard of, any missing bundle, and whether it is late.</source>
        <translation>Chaque ordinateur d&apos;enquêteur que vous avez approuvé : son dernier paquet, le dernier jour où il a donné signe de vie, les paquets manquants, et s&apos;il est en retard.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Last seen</source>
        <translation>Dernier signe</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="208"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="251"/>
        <source>Already approved</source>
        <translation>Déjà approuvé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="252"/>
        <source>%1 is already approved; nothing changed.</source>
        <translation>%1 est déjà approuvé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="259"/>
        <source>Device renamed</source>
        <translation>Appareil renommé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="260"/>
        <source>This device was already approved; it is now called %1.</source>
        <translation>Cet appareil était déjà approuvé ; il s&apos;appelle maintenant %1.</translation>
    </message>
</context>
<context>
    <name>EndingPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="62"/>
        <source>Interview completed</source>
        <translation>Entretien terminé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="63"/>
        <source>The respondent did not consent</source>
        <translation>La personne interrogée n&apos;a pas donné son consentement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="64"/>
        <source>The interview has ended</source>
        <translation>L&apos;entretien est terminé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="65"/>
        <source>The interview was stopped</source>
        <translation>L&apos;entretien a été interrompu</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="68"/>
        <source>The answers were anonymised and saved in the encrypted vault. Names and exact dates were not kept.</source>
        <translation>Les réponses ont été anonymisées et enregistrées dans le coffre chiffré. Les noms et les dates exactes n&apos;ont pas été conservés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="69"/>
        <source>No answer was kept: only the fact that an interview was refused is counted.</source>
        <translation>Aucune réponse n&apos;a été conservée : seul le refus de l&apos;entretien est compté.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="70"/>
        <source>No answer was kept: only the fact that the interview ended is counted.</source>
        <translation>Aucune réponse n&apos;a été conservée : seule la fin de l&apos;entretien est comptée.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="71"/>
        <source>No answer was kept.</source>
        <translation>Aucune réponse n&apos;a été conservée.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="75"/>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="76"/>
        <source>Back to the start page</source>
        <translation>Retour à la page d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>EnrollCodeDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="21"/>
        <source>Enroll with a kit</source>
        <translation>S&apos;inscrire avec un kit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="21"/>
        <source>Join a hub</source>
        <translation>Rejoindre un pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="27"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="29"/>
        <source>Type the code the hub reads out to you: three groups of five digits.</source>
        <translation>Tapez le code que le pôle vous lit : trois groupes de cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="30"/>
        <source>Type the code your coordinator reads out to you: three groups of five digits.</source>
        <translation>Tapez le code que votre coordinateur vous lit : trois groupes de cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="37"/>
        <source>Open the kit</source>
        <translation>Ouvrir le kit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EnrollConfirmDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="70"/>
        <source>Enroll with a kit</source>
        <translation>S&apos;inscrire avec un kit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="76"/>
        <source>Check who made this kit</source>
        <translation>Vérifiez qui a préparé ce kit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="88"/>
        <source>%n questionnaire(s): </source>
        <translation>
            <numerusform>%n questionnaire : </numerusform>
            <numerusform>%n questionnaires : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="89"/>
        <source>Referral services for %n area(s).</source>
        <translation>
            <numerusform>Services d&apos;orientation pour %n zone.</numerusform>
            <numerusform>Services d&apos;orientation pour %n zones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="91"/>
        <source>Study protocol: %1</source>
        <translation>Protocole d&apos;étude : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="93"/>
        <source>No study protocol.</source>
        <translation>Aucun protocole d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="99"/>
        <source>It matches: install</source>
        <translation>Elle correspond : installer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="79"/>
        <source>Your coordinator reads their fingerprint aloud. Install the kit only if every group of digits matches:</source>
        <translation>Votre coordinateur lit son empreinte à voix haute. N&apos;installez le kit que si chaque groupe de chiffres correspond :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="115"/>
        <source>This kit comes from another coordinator than the one this device trusts (%1). Install it only if your coordinator&apos;s key was lost and the new coordinator reads their fingerprint to you in person. Type it here as you hear it:</source>
        <translation>Ce kit vient d&apos;un autre coordinateur que celui auquel cet appareil fait confiance (%1). Ne l&apos;installez que si la clé de votre coordinateur a été perdue et que le nouveau coordinateur vous lit son empreinte en personne. Tapez-la ici telle que vous l&apos;entendez :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="124"/>
        <source>Replace the coordinator</source>
        <translation>Remplacer le coordinateur</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="232"/>
        <source>wrong passphrase{delay}</source>
        <translation>phrase secrète incorrecte{delay}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="233"/>
        <source>too many failed attempts; try again in {seconds} s</source>
        <translation>trop de tentatives échouées ; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="234"/>
        <source>wrong recovery key</source>
        <translation>clé de récupération incorrecte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="235"/>
        <source>the vault is open in another napsurvey window or command; close it first</source>
        <translation>le coffre est ouvert dans une autre fenêtre ou commande napsurvey ; fermez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="246"/>
        <source>passphrase too weak: {reason}</source>
        <translation>phrase secrète trop faible : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="231"/>
        <source>a vault already exists in this home folder</source>
        <translation>un coffre existe déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="209"/>
        <source>question &apos;{name}&apos; does not apply given earlier answers</source>
        <translation>la question &apos;{name}&apos; ne s&apos;applique pas, vu les réponses précédentes</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="212"/>
        <source>question &apos;{name}&apos;: {reason}</source>
        <translation>question &apos;{name}&apos; : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="213"/>
        <source>question &apos;{name}&apos;: the value given is not one of its choices</source>
        <translation>question &apos;{name}&apos; : la valeur donnée ne fait pas partie de ses choix</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="216"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="217"/>
        <source>question &apos;{name}&apos;: {message}</source>
        <translation>question &apos;{name}&apos; : {message}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="218"/>
        <source>the interview is not complete: {reason}</source>
        <translation>l&apos;entretien n&apos;est pas terminé : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="219"/>
        <source>the interview has ended</source>
        <translation>l&apos;entretien est terminé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="220"/>
        <source>question &apos;{name}&apos; is calculated and cannot be answered</source>
        <translation>la question &apos;{name}&apos; est calculée : on ne peut pas y répondre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="223"/>
        <source>section &apos;{name}&apos; cannot be opened before the questions that lead to it</source>
        <translation>la section &apos;{name}&apos; ne s&apos;ouvre qu&apos;après les questions qui y mènent</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="238"/>
        <source>the encrypted store is not configured safely ({setting}); refusing to run</source>
        <translation>le stockage chiffré n&apos;est pas configuré de façon sûre ({setting}) ; napsurvey refuse de démarrer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="241"/>
        <source>the vault is damaged: {reason}</source>
        <translation>le coffre est endommagé : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="242"/>
        <source>the key file is damaged or missing: {reason}</source>
        <translation>le fichier de clé est endommagé ou absent : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="243"/>
        <source>this vault was made by a newer napsurvey (schema {found} &gt; {supported})</source>
        <translation>ce coffre vient d&apos;une version plus récente de napsurvey (schéma {found} &gt; {supported})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="247"/>
        <source>this command is for the {expected} role; this vault is a {actual}</source>
        <translation>cette action est réservée au rôle {expected} ; ce coffre a le rôle {actual}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="250"/>
        <source>form &apos;{form_id}&apos; is not installed in this vault</source>
        <translation>le questionnaire &apos;{form_id}&apos; n&apos;est pas installé dans ce coffre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="253"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high and can only arrive in a coordinator&apos;s kit</source>
        <translation>le questionnaire &apos;{form_id}&apos; est très sensible (sensitivity: high) : il ne peut arriver que dans le kit d&apos;un coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="256"/>
        <source>form &apos;{form_id}&apos; version {new} is older than installed {old}</source>
        <translation>la version {new} du questionnaire &apos;{form_id}&apos; est plus ancienne que la version installée ({old})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="259"/>
        <source>no draft {draft_id}</source>
        <translation>brouillon introuvable : {draft_id}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="260"/>
        <source>the vault is locked; unlock it again</source>
        <translation>le coffre est verrouillé ; déverrouillez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="261"/>
        <source>form &apos;{form_id}&apos; version {version} is already installed with different content; give the changed form a new version</source>
        <translation>la version {version} du questionnaire &apos;{form_id}&apos; est déjà installée avec un autre contenu ; donnez une nouvelle version au questionnaire modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="264"/>
        <source>setting &apos;{key}&apos;: {reason}</source>
        <translation>paramètre &apos;{key}&apos; : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="272"/>
        <source>line {line}: not valid JSON: {reason}</source>
        <translation>ligne {line} : JSON non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="273"/>
        <source>line {line}: each interview must be a JSON object</source>
        <translation>ligne {line} : chaque entretien doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="274"/>
        <source>line {line}: {question}: {reason_code}: {reason}</source>
        <translation>ligne {line} : {question} : {reason_code} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="275"/>
        <source>{path}: not a napsurvey bundle</source>
        <translation>{path} : ce n&apos;est pas un paquet napsurvey</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="276"/>
        <source>{path}: the file is truncated or damaged</source>
        <translation>{path} : le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="277"/>
        <source>{path}: the file was altered after it was made</source>
        <translation>{path} : le fichier a été modifié après sa création</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="278"/>
        <source>{path}: the signature does not verify</source>
        <translation>{path} : la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="279"/>
        <source>{path}: made by a device that is not approved ({fingerprint})</source>
        <translation>{path} : créé par un appareil non approuvé ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="282"/>
        <source>{path}: bundle format version {found} is not supported (expected {expected})</source>
        <translation>{path} : la version {found} du format de paquet n&apos;est pas prise en charge ({expected} attendue)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="288"/>
        <source>{path}: already imported on {when}</source>
        <translation>{path} : déjà importé le {when}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="289"/>
        <source>{path}: device {device} already sent bundle {sequence} with different content</source>
        <translation>{path} : l&apos;appareil {device} a déjà envoyé le paquet {sequence} avec un autre contenu</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="295"/>
        <source>{path}: form &apos;{form_id}&apos; version {version} was not issued in any of this coordinator&apos;s kits</source>
        <translation>{path} : la version {version} du questionnaire &apos;{form_id}&apos; n&apos;a été remise dans aucun kit de ce coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="298"/>
        <source>{path}: content does not match the bundle format: {reason}</source>
        <translation>{path} : le contenu ne respecte pas le format des paquets : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="302"/>
        <source>no bundle with id {bundle_id}</source>
        <translation>aucun paquet portant l&apos;identifiant {bundle_id}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="303"/>
        <source>{path}: the file read back differs from what was written; use another stick</source>
        <translation>{path} : le fichier relu diffère de ce qui a été écrit ; utilisez une autre clé USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="306"/>
        <source>{path}: not a valid enrollment kit: {reason}</source>
        <translation>{path} : kit d&apos;inscription non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="307"/>
        <source>{path}: the kit&apos;s signature does not verify</source>
        <translation>{path} : la signature du kit n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="308"/>
        <source>{path}: the kit is signed by a different coordinator than the installed one</source>
        <translation>{path} : le kit est signé par un autre coordinateur que celui déjà installé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="317"/>
        <source>{path}: the kit is older than the installed one</source>
        <translation>{path} : ce kit est plus ancien que celui déjà installé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="301"/>
        <source>no completed records waiting for export</source>
        <translation>aucun entretien terminé en attente d&apos;export</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="21"/>
        <source>unexpected internal error ({kind}); nothing was changed</source>
        <extracomment>English template of every code the app may show, as marked for the extractor.</extracomment>
        <translation>erreur interne inattendue ({kind}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="22"/>
        <source>cannot {action} {path}: {reason}</source>
        <translation>opération impossible ({action}) sur {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="23"/>
        <source>not enough disk space to write {path}; nothing was written</source>
        <translation>pas assez d&apos;espace disque pour écrire {path} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="24"/>
        <source>{path} already exists; choose another name</source>
        <translation>{path} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="25"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="26"/>
        <source>{path}: the folder does not exist</source>
        <translation>{path} : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="27"/>
        <source>{path}: the file is far too large</source>
        <translation>{path} : le fichier est beaucoup trop gros</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="28"/>
        <source>form file not found: {path}</source>
        <translation>fichier de questionnaire introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="29"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="432"/>
        <source>not valid YAML: {reason}</source>
        <translation>YAML non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="30"/>
        <source>not a form: {reason}</source>
        <translation>ce n&apos;est pas un questionnaire : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="31"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="433"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="450"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="451"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="32"/>
        <source>name &apos;{name}&apos; is used more than once</source>
        <translation>le nom &apos;{name}&apos; est utilisé plusieurs fois</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="33"/>
        <source>choice list &apos;{list}&apos; is not defined in choices</source>
        <translation>la liste de choix &apos;{list}&apos; n&apos;est pas définie dans la partie choices</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="36"/>
        <source>expression refers to unknown question &apos;{name}&apos;</source>
        <translation>l&apos;expression cite une question inconnue : &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="37"/>
        <source>{column} refers to &apos;{name}&apos;, which comes later in the form</source>
        <translation>{column} cite &apos;{name}&apos;, qui vient plus loin dans le questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="40"/>
        <source>calculations form a cycle: {cycle}</source>
        <translation>les calculs tournent en boucle : {cycle}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="41"/>
        <source>{column}: {reason}</source>
        <translation>{column} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="42"/>
        <source>{kind} &apos;{name}&apos; is never closed</source>
        <translation>le bloc {kind} &apos;{name}&apos; n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="43"/>
        <source>{kind} has no matching begin</source>
        <translation>{kind} n&apos;a pas de début correspondant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="44"/>
        <source>{column} has no text for language &apos;{language}&apos;</source>
        <translation>{column} n&apos;a pas de texte pour la langue &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="47"/>
        <source>free-text question not allowed in a sensitivity: high form</source>
        <translation>question à texte libre interdite dans un questionnaire sensitivity: high</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="50"/>
        <source>identifier question not allowed in a sensitivity: high form</source>
        <translation>question d&apos;identification interdite dans un questionnaire sensitivity: high</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="53"/>
        <source>indicator &apos;{indicator}&apos;: &apos;{name}&apos; is not a select question</source>
        <translation>indicateur &apos;{indicator}&apos; : &apos;{name}&apos; n&apos;est pas une question à choix</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="56"/>
        <source>indicator &apos;{indicator}&apos; has {count} disaggregations (at most 2)</source>
        <translation>l&apos;indicateur &apos;{indicator}&apos; a {count} ventilations (2 au plus)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="59"/>
        <source>indicator &apos;{indicator}&apos; names unknown question &apos;{name}&apos;</source>
        <translation>l&apos;indicateur &apos;{indicator}&apos; cite une question inconnue : &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="62"/>
        <source>indicator &apos;{indicator}&apos;, groups of &apos;{name}&apos;: {reason}</source>
        <translation>l&apos;indicateur &apos;{indicator}&apos;, groupes de &apos;{name}&apos; : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="65"/>
        <source>unknown question type &apos;{type}&apos;</source>
        <translation>type de question inconnu : &apos;{type}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="66"/>
        <source>unsupported {what}: {detail}</source>
        <translation>{what} non pris en charge : {detail}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="67"/>
        <source>consent: {reason}</source>
        <translation>consent : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="68"/>
        <source>child_protocol: {reason}</source>
        <translation>child_protocol : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="69"/>
        <source>privacy: {reason}</source>
        <translation>privacy : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="70"/>
        <source>{sheet} row {row}: {reason}</source>
        <translation>{sheet}, ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="71"/>
        <source>question type &apos;{type}&apos; is not supported; the row was not imported</source>
        <translation>le type de question &apos;{type}&apos; n&apos;est pas pris en charge ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="74"/>
        <source>metadata type &apos;{type}&apos; is not collected by napsurvey; the row was not imported</source>
        <translation>napsurvey ne collecte pas la métadonnée &apos;{type}&apos; ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="89"/>
        <source>&apos;{type}&apos; is not supported; the loop and the {count} row(s) inside it were not imported</source>
        <translation>&apos;{type}&apos; n&apos;est pas pris en charge ; la boucle et ses {count} ligne(s) n&apos;ont pas été importées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="95"/>
        <source>type &apos;{type}&apos; imported as {target}</source>
        <translation>type &apos;{type}&apos; importé comme {target}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="96"/>
        <source>column &apos;{column}&apos; is not supported; its values were not imported</source>
        <translation>la colonne &apos;{column}&apos; n&apos;est pas prise en charge ; ses valeurs n&apos;ont pas été importées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="99"/>
        <source>unknown column &apos;{column}&apos;; its values were not imported</source>
        <translation>colonne inconnue &apos;{column}&apos; ; ses valeurs n&apos;ont pas été importées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="108"/>
        <source>setting &apos;{setting}&apos; is not supported and was ignored</source>
        <translation>le paramètre &apos;{setting}&apos; n&apos;est pas pris en charge ; il a été ignoré</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="111"/>
        <source>sheet &apos;{sheet}&apos; is not used by napsurvey and was ignored</source>
        <translation>la feuille &apos;{sheet}&apos; ne sert pas à napsurvey ; elle a été ignorée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="129"/>
        <source>{column} uses {function}(), which napsurvey does not support</source>
        <translation>{column} utilise {function}(), que napsurvey ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="135"/>
        <source>{column}: typographic quotes were replaced by straight quotes</source>
        <translation>{column} : les guillemets typographiques ont été remplacés par des guillemets droits</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="138"/>
        <source>a {type} row needs a name</source>
        <translation>une ligne {type} doit avoir un nom (name)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="145"/>
        <source>the row has no type; it was not imported</source>
        <translation>la ligne n&apos;a pas de type ; elle n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="146"/>
        <source>the group names &apos;{indicator}&apos;, which is not an indicator of the indicators sheet; it was not imported</source>
        <translation>le groupe nomme « {indicator} », qui n’est pas un indicateur de la feuille indicators ; il n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="149"/>
        <source>the choice has no list_name; it was not imported</source>
        <translation>le choix n&apos;a pas de list_name ; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="161"/>
        <source>form_id &apos;{old}&apos; became &apos;{new}&apos; (lower-case letters, digits and _ only)</source>
        <translation>form_id &apos;{old}&apos; est devenu &apos;{new}&apos; (minuscules, chiffres et _ seulement)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="173"/>
        <source>the file is larger than {limit}; a form is much smaller</source>
        <translation>le fichier dépasse {limit} ; un questionnaire est bien plus petit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="174"/>
        <source>referral: {reason}</source>
        <translation>referral : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="175"/>
        <source>the form declares no indicators, so nothing it collects can be reported</source>
        <translation>le questionnaire ne déclare aucun indicateur : rien de ce qu&apos;il collecte ne peut être publié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="178"/>
        <source>{kind} closes {open_kind} &apos;{name}&apos;</source>
        <translation>{kind} ferme {open_kind} &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="182"/>
        <source>syntax error at position {pos}: {reason}</source>
        <translation>erreur de syntaxe à la position {pos} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="183"/>
        <source>unknown function &apos;{name}()&apos;</source>
        <translation>fonction inconnue : &apos;{name}()&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="185"/>
        <source>{name}() takes {expected} argument(s), got {got}</source>
        <translation>{name}() attend {expected} argument(s), et en a reçu {got}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="208"/>
        <source>unknown question &apos;{name}&apos;</source>
        <translation>question inconnue : &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="324"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; the kit needs a referral directory</source>
        <translation>le questionnaire &apos;{form_id}&apos; est très sensible (sensitivity: high) ; le kit doit contenir un annuaire d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="327"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; the kit needs a study protocol</source>
        <translation>le questionnaire &apos;{form_id}&apos; est très sensible (sensitivity: high) ; le kit doit contenir un protocole d&apos;étude</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="330"/>
        <source>{path}: not a referral directory: {reason}</source>
        <translation>{path} : ce n&apos;est pas un annuaire d&apos;orientation : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="331"/>
        <source>{path}: not a study protocol: {reason}</source>
        <translation>{path} : ce n&apos;est pas un protocole d&apos;étude : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="341"/>
        <source>the enrollment code is three groups of five digits, as read out by the coordinator or hub that issued the kit</source>
        <translation>le code d&apos;inscription est formé de trois groupes de cinq chiffres, tel que l&apos;a lu le coordinateur ou le pôle qui a émis le kit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="344"/>
        <source>{path}: this kit opens with the enrollment code read out by the coordinator or hub that issued it</source>
        <translation>{path} : ce kit s&apos;ouvre avec le code d&apos;inscription lu à voix haute par le coordinateur ou le pôle qui l&apos;a émis</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="347"/>
        <source>{path}: this code does not open the kit (or the kit was altered); check it with the coordinator or hub that issued it</source>
        <translation>{path} : ce code n&apos;ouvre pas le kit (ou le kit a été modifié) ; vérifiez-le avec le coordinateur ou le pôle qui l&apos;a émis</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="351"/>
        <source>{path}: this kit is not sealed; ask the coordinator or hub that issued it for a new one (kits now travel encrypted)</source>
        <translation>{path} : ce kit n&apos;est pas scellé ; demandez-en un nouveau au coordinateur ou au pôle qui l&apos;a émis (les kits voyagent désormais chiffrés)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="354"/>
        <source>{path}: this card was sealed for another coordinator or hub</source>
        <translation>{path} : cette carte a été scellée pour un autre coordinateur ou un autre pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="358"/>
        <source>a grace of {value} days is not allowed (0 to {maximum})</source>
        <translation>un délai de grâce de {value} jours n&apos;est pas permis (de 0 à {maximum})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="397"/>
        <source>&apos;{period}&apos; is not a period (2026Q3, 2026-07, 2026) or a range of periods (2026Q1..2026Q2)</source>
        <translation>&apos;{period}&apos; n&apos;est ni une période (2026Q3, 2026-07, 2026) ni une suite de périodes (2026Q1..2026Q2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="403"/>
        <source>DHIS2 mapping {path}: two values for {element}, {period}, {org_unit}, {combo}</source>
        <translation>correspondance DHIS2 {path} : deux valeurs pour {element}, {period}, {org_unit}, {combo}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="406"/>
        <source>DHIS2 mapping {path}: data element {element} would receive {kinds} periods; one period type per data element</source>
        <translation>correspondance DHIS2 {path} : l&apos;élément {element} recevrait des périodes {kinds} ; un seul type de période par élément</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="409"/>
        <source>DHIS2 mapping {path}: {what} &apos;{name}&apos; is not in the published tables</source>
        <translation>correspondance DHIS2 {path} : {what} &apos;{name}&apos; n&apos;est pas dans les tableaux publiés</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="412"/>
        <source>&apos;{period}&apos; is not one {kind} of form &apos;{form_id}&apos; (for example {example})</source>
        <translation>&apos;{period}&apos; n&apos;est pas une période ({kind}) du formulaire &apos;{form_id}&apos; (par exemple {example})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="415"/>
        <source>{period} of form &apos;{form_id}&apos; closes on {day}, {grace} days after its end; release it from then</source>
        <translation>la période {period} du formulaire &apos;{form_id}&apos; se clôt le {day}, {grace} jours après sa fin ; publiez-la à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="418"/>
        <source>{period} of form &apos;{form_id}&apos; is released (edition {edition}) and nothing imported since changes it</source>
        <translation>la période {period} du formulaire &apos;{form_id}&apos; est publiée (édition {edition}) et rien d&apos;importé depuis ne la change</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="421"/>
        <source>no imported interview of form &apos;{form_id}&apos; falls in {period}</source>
        <translation>aucun entretien importé du formulaire &apos;{form_id}&apos; ne tombe dans {period}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="428"/>
        <source>paper &apos;{paper}&apos; is neither a4 nor letter</source>
        <translation>le format de papier &apos;{paper}&apos; n&apos;est ni a4 ni letter</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="186"/>
        <source>expression is too long or too deeply nested</source>
        <translation>expression trop longue ou trop imbriquée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="196"/>
        <source>consent must be recorded before any other question</source>
        <translation>le consentement doit être enregistré avant toute autre question</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="202"/>
        <source>this form is locked until the monitor has a training sign-off</source>
        <translation>ce questionnaire reste verrouillé tant que la formation de l&apos;enquêteur n&apos;est pas validée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="205"/>
        <source>this form runs only under a study protocol from a coordinator&apos;s kit</source>
        <translation>ce questionnaire ne s&apos;utilise que sous un protocole d&apos;étude venu du kit d&apos;un coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="229"/>
        <source>the draft cannot be resumed: {reason}</source>
        <translation>le brouillon ne peut pas être repris : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="230"/>
        <source>no vault in this home folder</source>
        <translation>aucun coffre dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="292"/>
        <source>{path}: device {device}: bundle {later} does not follow bundle {earlier}; the history was altered</source>
        <translation>{path} : appareil {device} : le paquet {later} ne fait pas suite au paquet {earlier} ; l&apos;historique a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="318"/>
        <source>this device has no enrollment kit yet</source>
        <translation>cet appareil n&apos;a pas encore de kit d&apos;inscription ; installez celui de votre coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="319"/>
        <source>{path}: not a valid device card: {reason}</source>
        <translation>{path} : carte d&apos;appareil non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="320"/>
        <source>{path}: not a valid receipt: {reason}</source>
        <translation>{path} : accusé de réception non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="321"/>
        <source>{path}: the receipt is not signed by this device&apos;s coordinator</source>
        <translation>{path} : l&apos;accusé de réception n&apos;est pas signé par le coordinateur de cet appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="332"/>
        <source>a kit needs at least one form</source>
        <translation>un kit doit contenir au moins un questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="333"/>
        <source>the device was not approved (fingerprint not confirmed)</source>
        <translation>l&apos;appareil n&apos;a pas été approuvé (empreinte non confirmée)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="337"/>
        <source>nothing imported{device} yet; no receipt to write</source>
        <translation>rien n&apos;a encore été importé{device} ; aucun accusé de réception à écrire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="338"/>
        <source>the backup recipient must be an age public key (age1 followed by 58 characters)</source>
        <translation>le destinataire de la sauvegarde doit être une clé publique age (age1 suivi de 58 caractères)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="390"/>
        <source>disclosure threshold {value} is below the minimum of {minimum}</source>
        <translation>le seuil de protection {value} est inférieur au minimum de {minimum}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="393"/>
        <source>disclosure threshold {value} is above the maximum of {maximum}</source>
        <translation>le seuil de protection {value} dépasse le maximum de {maximum}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="396"/>
        <source>unknown table format &apos;{format}&apos;</source>
        <translation>format de tableau inconnu : &apos;{format}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="400"/>
        <source>DHIS2 mapping {path}: {reason}</source>
        <translation>correspondance DHIS2 {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="401"/>
        <source>the DHIS2 format needs a mapping file</source>
        <translation>le format DHIS2 demande un fichier de correspondance</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="402"/>
        <source>no imported data to publish</source>
        <translation>aucune donnée importée à publier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="427"/>
        <source>the report could not be made: {reason}</source>
        <translation>le rapport n&apos;a pas pu être produit : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="199"/>
        <source>this form needs a referral directory for the area before it can start</source>
        <translation>ce questionnaire a besoin d&apos;un annuaire d&apos;orientation pour la zone avant de commencer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="83"/>
        <source>&apos;{type}&apos; imported as a choice of place from list &apos;{list}&apos;, never a position{level}</source>
        <translation>&apos;{type}&apos; importé comme un choix de lieu dans la liste &apos;{list}&apos;, jamais une position{level}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="92"/>
        <source>&apos;or_other&apos;: a choice &apos;{choice}&apos; and a text question &apos;{name}&apos; for it were added</source>
        <translation>&apos;or_other&apos; : un choix &apos;{choice}&apos; et une question texte &apos;{name}&apos; pour le préciser ont été ajoutés</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="102"/>
        <source>column &apos;{column}&apos; appears {count} times; only the first was imported{lost}</source>
        <translation>la colonne &apos;{column}&apos; apparaît {count} fois ; seule la première a été importée{lost}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="114"/>
        <source>{column} refers to &apos;{name}&apos;, which was not imported ({type}); {effect}</source>
        <translation>{column} fait référence à &apos;{name}&apos;, qui n&apos;a pas été importé ({type}) ; {effect}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="117"/>
        <source>{column} refers to &apos;{name}&apos; ({type}), which was not imported; it reads today()</source>
        <translation>{column} fait référence à &apos;{name}&apos; ({type}), qui n&apos;a pas été importé ; il vaut today()</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="120"/>
        <source>{column} refers to &apos;{name}&apos;, which names more than one question</source>
        <translation>{column} fait référence à &apos;{name}&apos;, qui désigne plus d&apos;une question</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="123"/>
        <source>{column}: the path &apos;{path}&apos; does not lead to a question of the form</source>
        <translation>{column} : le chemin &apos;{path}&apos; ne mène à aucune question du formulaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="132"/>
        <source>{column} uses {function}(), which napsurvey refuses: {reason}</source>
        <translation>{column} utilise {function}(), que napsurvey refuse : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="139"/>
        <source>the {type} row has no name; it was imported as &apos;{name}&apos;</source>
        <translation>la ligne {type} n&apos;a pas de nom ; elle a été importée sous le nom &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="142"/>
        <source>name &apos;{name}&apos; is also used in {other}; this one was imported as &apos;{new}&apos;</source>
        <translation>le nom &apos;{name}&apos; est aussi utilisé dans {other} ; celui-ci a été importé sous le nom &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="150"/>
        <source>the {what} has no label; {shown} is shown instead</source>
        <translation>{what} : pas de libellé ; {shown} est affiché à la place</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="153"/>
        <source>choice &apos;{name}&apos; is written twice in list &apos;{list}&apos;; the second was not imported</source>
        <translation>le choix &apos;{name}&apos; est écrit deux fois dans la liste &apos;{list}&apos; ; le second n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="156"/>
        <source>{column} has no &apos;{language}&apos; text on {count} row(s) ({rows}); they show the &apos;{fallback}&apos; text</source>
        <translation>{column} n&apos;a pas de texte &apos;{language}&apos; sur {count} ligne(s) ({rows}) ; elles affichent le texte &apos;{fallback}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="159"/>
        <source>default &apos;{value}&apos; was not imported: {reason}</source>
        <translation>la valeur par défaut &apos;{value}&apos; n&apos;a pas été importée : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="160"/>
        <source>list &apos;{file}&apos; {reason}</source>
        <translation>liste &apos;{file}&apos; : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="167"/>
        <source>the workbook has no sheet named survey; sheet &apos;{sheet}&apos; was read as the survey</source>
        <translation>le classeur n&apos;a pas de feuille nommée survey ; la feuille &apos;{sheet}&apos; a été lue comme questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="170"/>
        <source>no question a respondent answers was imported; the workbook is not a usable form</source>
        <translation>aucune question à laquelle une personne répond n&apos;a été importée ; le classeur n&apos;est pas un formulaire utilisable</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="179"/>
        <source>repeat_count {count} is more than the {limit} instances a repeat may have</source>
        <translation>repeat_count {count} dépasse les {limit} répétitions qu&apos;une section répétée peut avoir</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="184"/>
        <source>{name}() is refused: {reason}</source>
        <translation>{name}() est refusée : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="187"/>
        <source>{where}the expression took longer than the {seconds} s allowed; nothing was changed</source>
        <translation>{where}l&apos;expression a pris plus que les {seconds} s permises ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="190"/>
        <source>{where}the expression makes a text longer than {limit} characters; nothing was changed</source>
        <translation>{where}l&apos;expression produit un texte de plus de {limit} caractères ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="193"/>
        <source>{where}the evaluation was interrupted; nothing was changed</source>
        <translation>{where}le calcul a été interrompu ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="226"/>
        <source>{where}{what} would have {count} instances; at most {limit} are allowed; nothing was changed</source>
        <translation>{where}{what} aurait {count} répétitions ; {limit} au plus sont permises ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="77"/>
        <source>&apos;{type}&apos; is an identifier of the device or the monitor, never kept by napsurvey; the row was not imported</source>
        <translation>&apos;{type}&apos; est un identifiant de l&apos;appareil ou de l&apos;enquêteur, que napsurvey ne conserve jamais ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="80"/>
        <source>&apos;{type}&apos; is a GPS position, never collected by napsurvey; the row was not imported{alternative}</source>
        <translation>&apos;{type}&apos; est une position GPS, que napsurvey ne recueille jamais ; la ligne n&apos;a pas été importée{alternative}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="86"/>
        <source>&apos;{type}&apos; records a photo, a sound, a video, a file or a scan, never collected by napsurvey; the row was not imported</source>
        <translation>&apos;{type}&apos; enregistre une photo, un son, une vidéo, un fichier ou un scan, que napsurvey ne recueille jamais ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="105"/>
        <source>&apos;{plain}&apos; and &apos;{explicit}&apos; are one language and differ on {count} row(s) ({rows}); the second was kept</source>
        <translation>&apos;{plain}&apos; et &apos;{explicit}&apos; sont de la même langue et diffèrent sur {count} ligne(s) ({rows}) ; la seconde a été gardée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="126"/>
        <source>{column} reads &apos;{name}&apos; of the last saved interview, never carried to the next respondent; {action}</source>
        <translation>{column} lit &apos;{name}&apos; du dernier entretien enregistré, que napsurvey ne transmet jamais à la personne suivante ; {action}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="164"/>
        <source>appearance &apos;{appearance}&apos; looks up choices while the form runs; the choices of list &apos;{list}&apos; are offered instead</source>
        <translation>l&apos;apparence &apos;{appearance}&apos; cherche les choix dans un fichier pendant l&apos;entretien ; les choix de la liste &apos;{list}&apos; sont proposés à la place</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="424"/>
        <source>not released{what}: {period}; publishable: {periods}</source>
        <translation>non publié{what} : {period} ; publiable : {periods}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="429"/>
        <source>not a plan file: {reason}</source>
        <translation>ce n&apos;est pas un fichier de plan : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="431"/>
        <source>the file is larger than {limit}; a plan is much smaller</source>
        <translation>le fichier dépasse {limit} ; un plan est bien plus petit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="434"/>
        <source>sheet &apos;{sheet}&apos; row {row}: {reason}</source>
        <translation>feuille « {sheet} », ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="435"/>
        <source>id &apos;{id}&apos; is used more than once</source>
        <translation>l&apos;identifiant « {id} » est utilisé plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="436"/>
        <source>{field} refers to unknown {kind} &apos;{id}&apos;</source>
        <translation>{field} renvoie à un élément inconnu ({kind}) « {id} »</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="437"/>
        <source>&apos;{scheme} {ref}&apos; is not a framework code napsurvey knows</source>
        <translation>« {scheme} {ref} » n&apos;est pas un code de cadre connu de napsurvey</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="440"/>
        <source>indicator &apos;{id}&apos; has a target but no baseline</source>
        <translation>l&apos;indicateur « {id} » a une cible mais pas de valeur de référence</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="443"/>
        <source>action &apos;{id}&apos; names no responsible institution</source>
        <translation>l&apos;action « {id} » ne nomme aucune institution responsable</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="444"/>
        <source>&apos;{field}&apos; could hold a person; a plan names institutions, never persons</source>
        <translation>« {field} » pourrait désigner une personne ; un plan nomme des institutions, jamais des personnes</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="447"/>
        <source>{field}: {what} in the text; a plan names institutions, never persons</source>
        <translation>{field} : le texte contient {what} ; un plan nomme des institutions, jamais des personnes</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="452"/>
        <source>{field}: currency {found} differs from the plan&apos;s currency {expected}</source>
        <translation>{field} : la devise {found} diffère de celle du plan, {expected}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="455"/>
        <source>indicator &apos;{id}&apos;: {reason}</source>
        <translation>indicateur « {id} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="456"/>
        <source>indicator &apos;{id}&apos; takes its value from the released survey tables; remove the value</source>
        <translation>l&apos;indicateur « {id} » tire sa valeur des tableaux d&apos;enquête publiés ; retirez la valeur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="459"/>
        <source>indicator &apos;{id}&apos;: an observed value needs its source</source>
        <translation>indicateur « {id} » : une valeur observée doit avoir sa source</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="460"/>
        <source>these assessments are for plan &apos;{found}&apos;, not for the imported plan &apos;{expected}&apos;</source>
        <translation>ces évaluations portent sur le plan « {found} », pas sur le plan importé « {expected} »</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="463"/>
        <source>no plan has been imported into this vault yet</source>
        <translation>aucun plan n&apos;a encore été importé dans ce coffre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="464"/>
        <source>no assessment has been entered for {what}</source>
        <translation>aucune évaluation n&apos;a été saisie pour {what}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="465"/>
        <source>this vault holds plan &apos;{found}&apos; ({periods} assessed period(s)); replacing it by &apos;{new}&apos; must be asked for</source>
        <translation>ce coffre contient le plan « {found} » ({periods} période(s) évaluée(s)) ; le remplacer par « {new} » doit être demandé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="468"/>
        <source>the new version of the plan does not fit the stored period {period}: {reason}</source>
        <translation>la nouvelle version du plan ne correspond pas à la période enregistrée {period} : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="430"/>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="266"/>
        <source>a supervisor code is 2 to 5 letters, a hyphen and 1 to 6 digits, as your supervisor gives it (for example SUP-07)</source>
        <translation>un code de superviseur se compose de 2 à 5 lettres, d&apos;un tiret et de 1 à 6 chiffres, tel que votre superviseur le donne (par exemple SUP-07)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="269"/>
        <source>the training date must be today or a day before, written YYYY-MM-DD (not &apos;{day}&apos;)</source>
        <translation>la date de la formation doit être aujourd&apos;hui ou un jour passé, écrite AAAA-MM-JJ (et non &apos;{day}&apos;)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="359"/>
        <source>the expected interval between bundles must be 1 to {maximum} days, not {value}</source>
        <translation>l&apos;intervalle attendu entre deux paquets doit être de 1 à {maximum} jours, pas {value}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="362"/>
        <source>{path}: device {device} is already approved with another key; card refused (forged, or a clashing fingerprint)</source>
        <translation>{path} : l&apos;appareil {device} est déjà approuvé avec une autre clé ; carte refusée (contrefaite, ou empreinte en double)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="365"/>
        <source>no bundle files in {path}</source>
        <translation>aucun fichier de paquet dans {path}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="265"/>
        <source>role &apos;{role}&apos; is not monitor, coordinator or hub</source>
        <translation>le rôle « {role} » n&apos;est ni enquêteur, ni coordinateur, ni pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="285"/>
        <source>{path}: this bundle was made for another coordinator or hub</source>
        <translation>{path} : ce paquet a été fait pour un autre coordinateur ou un autre pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="366"/>
        <source>this coordinator has not joined a hub yet</source>
        <translation>ce coordinateur n&apos;a encore rejoint aucun pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="367"/>
        <source>{path}: the kit is signed by a different hub than the one this coordinator joined</source>
        <translation>{path} : le kit est signé par un autre pôle que celui que ce coordinateur a rejoint</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="370"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; its raw counts never leave a coordinator</source>
        <translation>le questionnaire « {form_id} » est de sensibilité élevée ; ses nombres bruts ne quittent jamais un coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="373"/>
        <source>{path}: not an indicator set: {reason}</source>
        <translation>{path} : pas un jeu d&apos;indicateurs : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="374"/>
        <source>member {member} has not chosen to be compared side by side with other members</source>
        <translation>le membre {member} n&apos;a pas choisi d&apos;être comparé côte à côte avec d&apos;autres membres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="377"/>
        <source>a twinning report compares at least two different members</source>
        <translation>un rapport de jumelage compare au moins deux membres différents</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="380"/>
        <source>every release{what} was already sent to the hub</source>
        <translation>toutes les publications{what} ont déjà été envoyées au pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="381"/>
        <source>no member has released anything here yet; import their bundles first</source>
        <translation>aucun membre n&apos;a encore rien publié ici ; importez d&apos;abord leurs paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="384"/>
        <source>no member named &apos;{member}&apos; (give a member&apos;s name or its fingerprint)</source>
        <translation>aucun membre nommé « {member} » (donnez le nom d&apos;un membre ou son empreinte)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="387"/>
        <source>{path}: member {member} already sent edition {edition} of &apos;{form_id}&apos; for {period} with other figures</source>
        <translation>{path} : le membre {member} a déjà envoyé l&apos;édition {edition} de « {form_id} » pour {period} avec d&apos;autres chiffres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="311"/>
        <source>{path}: the fingerprint you confirmed is not the one of this kit&apos;s coordinator; nothing was changed</source>
        <translation>{path} : l&apos;empreinte que vous avez confirmée n&apos;est pas celle du coordinateur de ce kit ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="314"/>
        <source>{path}: the kit claims another key&apos;s fingerprint; it was made to pass for another coordinator&apos;s kit</source>
        <translation>{path} : le kit annonce l&apos;empreinte d&apos;une autre clé ; il a été fait pour passer pour le kit d&apos;un autre coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="336"/>
        <source>no approved device {device}</source>
        <translation>aucun appareil approuvé {device}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="350"/>
        <source>{path}: this kit was sealed for another device</source>
        <translation>{path} : ce kit a été scellé pour un autre appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="357"/>
        <source>{path}: this receipt was sealed for another device</source>
        <translation>{path} : cet accusé de réception a été scellé pour un autre appareil</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../napsurvey/gui/dialogs.py" line="53"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="32"/>
        <source>Re-create a lost bundle</source>
        <translation>Recréer un paquet perdu</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="39"/>
        <source>Bundles made on this device</source>
        <translation>Paquets créés sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="43"/>
        <source>If a stick was lost or broken, write the same bundle again. The coordinator counts it once, even if both copies arrive.</source>
        <translation>Si une clé a été perdue ou abîmée, écrivez à nouveau le même paquet. Le coordinateur ne le compte qu&apos;une fois, même si les deux copies arrivent.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Coordinator receipt</source>
        <translation>Accusé du coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="59"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="68"/>
        <source>No bundle made yet.</source>
        <translation>Aucun paquet créé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="72"/>
        <source>Write again…</source>
        <translation>Écrire à nouveau…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="61"/>
        <source>not written yet: the next export writes it</source>
        <translation>pas encore écrit : le prochain export l&apos;écrira</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="37"/>
        <source>This question needs an answer, or Decline if the respondent prefers not to say.</source>
        <extracomment>The expression engine&apos;s limits: a check that could not run (the form&apos;s fault, not the answer&apos;s).</extracomment>
        <translation>Cette question demande une réponse, ou « Ne pas répondre » si la personne préfère ne pas le dire.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="41"/>
        <source>Ask for consent and record the answer before going on.</source>
        <translation>Demandez le consentement et enregistrez la réponse avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="43"/>
        <source>This choice no longer applies after an earlier answer. Choose again.</source>
        <translation>Ce choix ne s&apos;applique plus après une réponse précédente. Choisissez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="45"/>
        <source>The questionnaire could not check this answer. Decline or try another, and tell your coordinator (%1).</source>
        <translation>Le questionnaire n&apos;a pas pu vérifier cette réponse. Choisissez « Ne pas répondre » ou essayez une autre réponse, et prévenez votre coordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="48"/>
        <source>This answer is not possible here. Check it with the respondent.</source>
        <translation>Cette réponse n&apos;est pas possible ici. Vérifiez-la avec la personne interrogée.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="65"/>
        <source>Type a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="67"/>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="69"/>
        <source>Enter a date as year-month-day.</source>
        <translation>Saisissez une date sous la forme année-mois-jour.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="71"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="74"/>
        <source>This answer cannot be recorded. Check it and try again.</source>
        <translation>Cette réponse ne peut pas être enregistrée. Vérifiez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="22"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="23"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="24"/>
        <source>Parent folder</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="25"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="45"/>
        <source>Look in:</source>
        <translation>Regarder dans :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="46"/>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="54"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="54"/>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="88"/>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="97"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="113"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="124"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="128"/>
        <location filename="../../napsurvey/gui/header.py" line="130"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="129"/>
        <location filename="../../napsurvey/gui/header.py" line="131"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="134"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="135"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="136"/>
        <source>Hide everything now (F12, or Esc twice)</source>
        <translation>Tout masquer maintenant (F12, ou Échap deux fois)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Monitor</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="132"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="133"/>
        <source>Home and settings</source>
        <translation>Accueil et paramètres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Hub</source>
        <translation>Pôle</translation>
    </message>
</context>
<context>
    <name>HubBundlesPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="133"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="134"/>
        <source>The bundles of releases your members sent, newest first.</source>
        <translation>Les paquets de publications envoyés par vos membres, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Made on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="136"/>
        <source>No bundle imported yet.</source>
        <translation>Aucun paquet importé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="138"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
</context>
<context>
    <name>HubCoveragePage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="163"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="164"/>
        <source>What each member released, per questionnaire and period, and what is missing. Interviews are as the member published them.</source>
        <translation>Ce que chaque membre a publié, par questionnaire et par période, et ce qui manque. Les entretiens sont tels que le membre les a publiés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="167"/>
        <source>Released on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="167"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="168"/>
        <source>Nothing to show until members&apos; bundles are imported.</source>
        <translation>Rien à afficher tant que les paquets des membres ne sont pas importés.</translation>
    </message>
</context>
<context>
    <name>HubHome</name>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="98"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="99"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="100"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="101"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="102"/>
        <source>Regional report</source>
        <translation>Rapport régional</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="49"/>
        <source>Import bundles</source>
        <extracomment>At least one bundle was imported (the views should reload).</extracomment>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="55"/>
        <source>Import bundles from USB sticks</source>
        <translation>Importer des paquets depuis des clés USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="80"/>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="100"/>
        <source>Choose the bundle files</source>
        <translation>Choisissez les fichiers de paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="130"/>
        <source>Importing bundles…</source>
        <translation>Import des paquets…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="174"/>
        <source>%1: imported bundle %2 from device %3</source>
        <translation>%1 : paquet %2 de l&apos;appareil %3 importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="185"/>
        <source>%1: duplicate, nothing changed (%2)</source>
        <translation>%1 : doublon, rien n&apos;a changé (%2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="186"/>
        <source>%1: refused: %2 (%3)</source>
        <translation>%1 : refusé : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="245"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="245"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="59"/>
        <source>Choose bundle files, or a whole USB stick or folder: every bundle in it and in its subfolders is found. Each one is checked (signature, device, content) and imported whole or not at all; a refused file changes nothing.</source>
        <translation>Choisissez des fichiers de paquets, ou toute une clé USB ou un dossier : chaque paquet qu&apos;il contient, et ceux de ses sous-dossiers, est trouvé. Chacun est vérifié (signature, appareil, contenu) et importé en entier ou pas du tout ; un fichier refusé ne change rien.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="81"/>
        <source>Choose a folder or stick…</source>
        <translation>Choisir un dossier ou une clé…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="106"/>
        <source>Choose the folder or USB stick</source>
        <translation>Choisissez le dossier ou la clé USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="118"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="202"/>
        <source>device %1: bundle %2 missing</source>
        <translation>appareil %1 : paquet %2 manquant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="207"/>
        <source>device %1: late, no bundle since %2 (%3 days)</source>
        <translation>appareil %1 : en retard, aucun paquet depuis le %2 (%3 jours)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="167"/>
        <source>%1: imported bundle %2 from member %3</source>
        <translation>%1 : paquet %2 du membre %3 importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="220"/>
        <source>member %1: bundle %2 missing</source>
        <translation>membre %1 : paquet %2 manquant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="222"/>
        <source>member %1: %2 %3 not released</source>
        <translation>membre %1 : %2 %3 non publié</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="224"/>
        <source>member %1: nothing received yet</source>
        <translation>membre %1 : rien reçu pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>IndicatorBrowser</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="294"/>
        <source>No indicator is declared by the questionnaires of your kits.</source>
        <extracomment>Table formats offered as buttons, with the file extension each writes. The background protection of the indicator being shown (the newest request wins).</extracomment>
        <translation>Les questionnaires de vos kits ne déclarent aucun indicateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="350"/>
        <source>No imported counts for this indicator in the chosen period.</source>
        <translation>Aucun effectif importé pour cet indicateur sur la période choisie.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="423"/>
        <source>all questionnaires</source>
        <translation>tous les questionnaires</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="424"/>
        <source>every period</source>
        <translation>toutes les périodes</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="437"/>
        <source>Choose the DHIS2 mapping file</source>
        <translation>Choisissez le fichier de correspondance DHIS2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="438"/>
        <source>Mapping files (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="445"/>
        <source>Save the tables</source>
        <translation>Enregistrer les tableaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="458"/>
        <source>Writing the tables…</source>
        <translation>Écriture des tableaux…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="486"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="500"/>
        <source>Making the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="505"/>
        <source>Saved the report %1 (%2 indicator(s)).</source>
        <translation>Rapport %1 enregistré (indicateurs : %2).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="527"/>
        <source>Reports and tables</source>
        <translation>Rapports et tableaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="373"/>
        <source>highly sensitive: counts under %1 are shown as &lt; %1</source>
        <translation>très sensible : les effectifs inférieurs à %1 sont affichés « &lt; %1 »</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="374"/>
        <source>counts under %1 are shown as &lt; %1</source>
        <translation>les effectifs inférieurs à %1 sont affichés « &lt; %1 »</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="463"/>
        <source>Saved %1: %2 table(s), %3 cell(s) below the threshold.</source>
        <translation>%1 enregistré : tableaux : %2, cases sous le seuil : %3.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="531"/>
        <source>Every count is changed by at most 5 to protect respondents, totals too; counts under %1 (%2 for highly sensitive questionnaires) are shown as &lt; %1. Only released periods are shown.</source>
        <translation>Chaque effectif est modifié d&apos;au plus 5 pour protéger les personnes interrogées, les totaux aussi ; les effectifs inférieurs à %1 (%2 pour les questionnaires très sensibles) sont affichés « &lt; %1 ». Seules les périodes publiées sont présentées.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="536"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="537"/>
        <source>Answers by:</source>
        <translation>Réponses par :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="538"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="539"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="541"/>
        <source>All questionnaires</source>
        <translation>Tous les questionnaires</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="543"/>
        <source>earliest</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="545"/>
        <source>latest</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="546"/>
        <source>Export tables:</source>
        <translation>Exporter les tableaux :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="550"/>
        <source>A dataValueSets file; you choose the mapping file first.</source>
        <translation>Un fichier dataValueSets ; vous choisissez d&apos;abord le fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="551"/>
        <source>Print / save report (PDF)…</source>
        <translation>Imprimer / enregistrer le rapport (PDF)…</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="319"/>
        <source>Questions in</source>
        <extracomment>Switch to the dummy questions and back (F9 from the main window does the same).</extracomment>
        <translation>Questions en</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="320"/>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="321"/>
        <source>Referral services for the respondent&apos;s area</source>
        <translation>Services d&apos;orientation pour la zone de la personne interrogée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="322"/>
        <source>Switch questions</source>
        <translation>Changer de questions</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="323"/>
        <source>Show harmless questions instead, and back (Ctrl+D or F9)</source>
        <translation>Afficher des questions anodines à la place, puis revenir (Ctrl+D ou F9)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="324"/>
        <source>Stop interview</source>
        <translation>Arrêter l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="154"/>
        <source>%1 — %2 of %3</source>
        <extracomment>Width of the question column: long consent scripts stay readable, short questions do not float.</extracomment>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="184"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="259"/>
        <source>Complete interview</source>
        <translation>Terminer l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="262"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="270"/>
        <source>Keys: 1–9 choose · Enter next · Alt+← back</source>
        <translation>Touches : 1–9 choisir · Entrée suivant · Alt+← retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="258"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="268"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="65"/>
        <source>Create enrollment kit</source>
        <translation>Créer un kit d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="71"/>
        <source>Enrollment kit for monitors</source>
        <translation>Kit d&apos;inscription pour les enquêteurs</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="74"/>
        <source>Questionnaires in the kit: %1</source>
        <translation>Questionnaires du kit : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="91"/>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="96"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="93"/>
        <source>Choose referral directory…</source>
        <translation>Choisir l&apos;annuaire d&apos;orientation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="98"/>
        <source>Choose study protocol…</source>
        <translation>Choisir le protocole d&apos;étude…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="106"/>
        <source>Referral directory</source>
        <translation>Annuaire d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="107"/>
        <source>Study protocol</source>
        <translation>Protocole d&apos;étude</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="108"/>
        <source>Smallest count shown</source>
        <translation>Plus petit effectif affiché</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="109"/>
        <source>… for sensitive forms</source>
        <translation>… pour les formulaires sensibles</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="121"/>
        <source>Wait after a period ends</source>
        <translation>Attente après la fin d&apos;une période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="127"/>
        <source>Estimate</source>
        <translation>Estimer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="129"/>
        <source>Interviews per reporting period</source>
        <translation>Entretiens par période de rapport</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="132"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="132"/>
        <source>Below the threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="133"/>
        <source>Mostly blank tables</source>
        <translation>Tableaux presque vides</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="141"/>
        <source>Write kit…</source>
        <translation>Écrire le kit…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="178"/>
        <source>Choose the referral directory</source>
        <translation>Choisissez l&apos;annuaire d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="183"/>
        <source>Choose the study protocol</source>
        <translation>Choisissez le protocole d&apos;étude</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="189"/>
        <source>Save the kit</source>
        <translation>Enregistrer le kit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="218"/>
        <source>Signing and writing the kit…</source>
        <translation>Signature et écriture du kit…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="232"/>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="252"/>
        <source>Kit written</source>
        <translation>Kit écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="254"/>
        <source>Give it to the monitor. When they install it, read this fingerprint aloud to them:</source>
        <translation>Remettez-le à l&apos;enquêteur. Quand il l&apos;installe, lisez-lui cette empreinte à voix haute :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="78"/>
        <source>Sensitive questionnaires (need a study protocol and a referral directory)</source>
        <translation>Questionnaires sensibles (ils demandent un protocole d&apos;étude et un annuaire d&apos;orientation)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="84"/>
        <source>Include %1 (%2)</source>
        <translation>Inclure %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="114"/>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="120"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="115"/>
        <source>A bundle expected every</source>
        <translation>Un paquet attendu tous les</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="253"/>
        <source>File: %1 (sealed: it opens only with the enrollment code below)</source>
        <translation>Fichier : %1 (scellé : il ne s&apos;ouvre qu&apos;avec le code d&apos;inscription ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="257"/>
        <source>Then read them this enrollment code. Say it, do not write it on the stick:</source>
        <translation>Lisez-lui ensuite ce code d&apos;inscription. Dites-le, ne l&apos;écrivez pas sur la clé :</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="48"/>
        <source>Save the hub kit</source>
        <translation>Enregistrer le kit du pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="64"/>
        <source>Sealing and writing the hub kit…</source>
        <translation>Scellement et écriture du kit du hub…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="68"/>
        <source>Hub kit written</source>
        <translation>Kit du pôle écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="69"/>
        <source>Give this file to each national coordinator; they open it with &apos;Join a hub…&apos;.</source>
        <translation>Remettez ce fichier à chaque coordinateur national ; il l&apos;ouvre avec « Rejoindre un pôle… ».</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="76"/>
        <source>Choose the coordinator&apos;s device card</source>
        <translation>Choisissez la carte d&apos;appareil du coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="107"/>
        <source>Member approved</source>
        <translation>Membre approuvé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="108"/>
        <source>Bundles from %1 will now be accepted.</source>
        <translation>Les paquets de %1 seront désormais acceptés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="112"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="113"/>
        <source>The national coordinators you approved, with their bundles and the periods they released.</source>
        <translation>Les coordinateurs nationaux que vous avez approuvés, avec leurs paquets et les périodes qu&apos;ils ont publiées.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Approved</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Missing bundles</source>
        <translation>Paquets manquants</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Periods released</source>
        <translation>Périodes publiées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="116"/>
        <source>No member approved yet. Approve a coordinator&apos;s device card to see it here.</source>
        <translation>Aucun membre approuvé pour l&apos;instant. Approuvez la carte d&apos;appareil d&apos;un coordinateur pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="118"/>
        <source>Approve a coordinator&apos;s card…</source>
        <translation>Approuver la carte d&apos;un coordinateur…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="119"/>
        <source>Write the hub kit…</source>
        <translation>Écrire le kit du pôle…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="70"/>
        <source>File: %1 (sealed: it opens only with the enrollment code below)</source>
        <translation>Fichier : %1 (scellé : il ne s&apos;ouvre qu&apos;avec le code d&apos;inscription ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="72"/>
        <source>Then read them this enrollment code. Say it, do not write it on the stick:</source>
        <translation>Lisez-lui ensuite ce code d&apos;inscription. Dites-le, ne l&apos;écrivez pas sur la clé :</translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="186"/>
        <source>Hub</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="188"/>
        <source>A network or regional hub brings together what several national coordinators publish. It receives your releases only, never answers or records.</source>
        <translation>Un pôle de réseau ou régional rassemble ce que publient plusieurs coordinateurs nationaux. Il ne reçoit que vos publications, jamais de réponses ni de fiches.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="190"/>
        <source>Send releases to the hub…</source>
        <translation>Envoyer les publications au pôle…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="191"/>
        <source>Join a hub…</source>
        <translation>Rejoindre un pôle…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="192"/>
        <source>Card for the hub…</source>
        <translation>Carte pour le pôle…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="193"/>
        <source>The hub may show us side by side with other members (twinning)</source>
        <translation>Le pôle peut nous présenter côte à côte avec d&apos;autres membres (jumelage)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="195"/>
        <source>Send raw counts of %1 (never answers; the hub protects what it pools)</source>
        <translation>Envoyer les nombres bruts de %1 (jamais de réponses ; le pôle protège ce qu&apos;il regroupe)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="199"/>
        <source>This coordinator has not joined a hub.</source>
        <translation>Ce coordinateur n&apos;a rejoint aucun pôle.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="204"/>
        <source>Member of %1 (fingerprint %2) since %3.</source>
        <translation>Membre de %1 (empreinte %2) depuis le %3.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="208"/>
        <source>The hub asks for raw counts of: %1. You agreed for: %2.</source>
        <translation>Le pôle demande les effectifs bruts de : %1. Vous avez accepté pour : %2.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="210"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="212"/>
        <source>Only your published figures go to the hub.</source>
        <translation>Seuls vos chiffres publiés vont au pôle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="214"/>
        <source>%n release(s) not sent yet</source>
        <translation>
            <numerusform>%n publication pas encore envoyée</numerusform>
            <numerusform>%n publications pas encore envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="216"/>
        <source>%n hub bundle(s) made.</source>
        <translation>
            <numerusform>%n paquet pour le pôle fait.</numerusform>
            <numerusform>%n paquets pour le pôle faits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="217"/>
        <source>With twinning, the hub also gets your plan&apos;s scorecard and financing for: %1.</source>
        <translation>Avec le jumelage, le réseau reçoit aussi le tableau de bord et le financement de votre plan pour : %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="224"/>
        <source>Choose the USB stick or folder for the hub bundle</source>
        <translation>Choisissez la clé USB ou le dossier du paquet pour le pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="241"/>
        <source>Writing and checking the hub bundle…</source>
        <translation>Écriture et vérification du paquet pour le pôle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="246"/>
        <source>%n release(s) went out in hub bundle %1.</source>
        <translation>
            <numerusform>%n publication est partie dans le paquet %1 pour le pôle.</numerusform>
            <numerusform>%n publications sont parties dans le paquet %1 pour le pôle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="183"/>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="248"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="129"/>
        <source>Choose the hub kit</source>
        <translation>Choisissez le kit du pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="155"/>
        <source>Opening the hub kit…</source>
        <translation>Ouverture du kit du hub…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="160"/>
        <source>Hub joined</source>
        <translation>Pôle rejoint</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="161"/>
        <source>You joined %1. Compare its fingerprint with the one the hub reads to you.</source>
        <translation>Vous avez rejoint %1. Comparez son empreinte avec celle que le pôle vous lit.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="162"/>
        <source>Next: write this computer&apos;s card for the hub and give it to the hub.</source>
        <translation>Étape suivante : écrivez la carte de cet ordinateur pour le pôle et remettez-la au pôle.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="168"/>
        <source>Save this computer&apos;s card for the hub</source>
        <translation>Enregistrer la carte de cet ordinateur pour le pôle</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="181"/>
        <source>Card written</source>
        <translation>Carte écrite</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="182"/>
        <source>Give the card to the hub and read it this fingerprint aloud.</source>
        <translation>Remettez la carte au pôle et lisez-lui cette empreinte à voix haute.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="249"/>
        <source>The file was read back from the stick and matches what was written.</source>
        <translation>Le fichier a été relu sur la clé et correspond à ce qui a été écrit.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="252"/>
        <source>Raw counts included for: %1.</source>
        <translation>Effectifs bruts inclus pour : %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="256"/>
        <source>Hub bundle written</source>
        <translation>Paquet pour le pôle écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="254"/>
        <source>This hub bundle was made before but never written (the sending was interrupted). It is the same bundle; send again for what was released since.</source>
        <translation>Ce paquet pour le pôle avait été préparé mais jamais écrit (l&apos;envoi a été interrompu). C&apos;est le même paquet ; envoyez de nouveau pour ce qui a été publié depuis.</translation>
    </message>
</context>
<context>
    <name>MonitorHome</name>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="415"/>
        <source>Welcome back</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="416"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="417"/>
        <source>No questionnaires are installed yet. They arrive with your coordinator&apos;s kit.</source>
        <translation>Aucun questionnaire n&apos;est encore installé. Ils arrivent avec le kit de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="423"/>
        <source>Version %1 · Languages: %2</source>
        <translation>Version %1 · Langues : %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="425"/>
        <source>Drafts: %1 · Completed: %2</source>
        <translation>Brouillons : %1 · Terminés : %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="428"/>
        <source>Start interview</source>
        <translation>Commencer l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="437"/>
        <source>Drafts to resume</source>
        <translation>Brouillons à reprendre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="438"/>
        <source>No unfinished interviews.</source>
        <translation>Aucun entretien inachevé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="442"/>
        <source>Resume: %1</source>
        <translation>Reprendre : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="444"/>
        <source>Waiting for export</source>
        <translation>En attente d&apos;export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="445"/>
        <source>%n completed interview(s) not yet exported.</source>
        <translation>
            <numerusform>%n entretien terminé pas encore exporté.</numerusform>
            <numerusform>%n entretiens terminés pas encore exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="446"/>
        <source>Export to USB stick…</source>
        <translation>Exporter vers une clé USB…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="448"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="450"/>
        <source>Not signed off yet. Sensitive questionnaires stay locked.</source>
        <translation>Pas encore validée. Les questionnaires sensibles restent verrouillés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="353"/>
        <location filename="../../napsurvey/gui/monitor_home.py" line="451"/>
        <source>Record training sign-off…</source>
        <translation>Enregistrer la validation de la formation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="454"/>
        <source>Signed off on %1.</source>
        <translation>Validée le %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="455"/>
        <source>Record a new sign-off…</source>
        <translation>Enregistrer une nouvelle validation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="433"/>
        <source>Before it can start:</source>
        <translation>Avant de pouvoir commencer :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="436"/>
        <source>Not installed yet</source>
        <translation>Pas encore installé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="344"/>
        <source>The study protocol and the referral services for your area, which come with your coordinator&apos;s kit.</source>
        <extracomment>The sync card (export, enrollment, receipts); &quot;Export to USB stick&quot; runs its export.</extracomment>
        <translation>Le protocole d&apos;étude et les services d&apos;orientation de votre zone, qui arrivent avec le kit de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="346"/>
        <source>The kit from your coordinator: it brings this questionnaire with its study protocol and the referral services for your area.</source>
        <translation>Le kit de votre coordinateur : il apporte ce questionnaire avec son protocole d&apos;étude et les services d&apos;orientation de votre zone.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="350"/>
        <source>Enroll with a kit…</source>
        <translation>S&apos;inscrire avec un kit…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="352"/>
        <source>Your training sign-off, recorded by the supervisor who trained you.</source>
        <translation>La validation de votre formation, enregistrée par le superviseur qui vous a formé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="363"/>
        <source>started today at %1</source>
        <translation>commencé aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="365"/>
        <source>started %1 at %2</source>
        <translation>commencé le %1 à %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="368"/>
        <source>started before this version of the app</source>
        <translation>commencé avant cette version de l&apos;application</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="374"/>
        <source>%n question(s) answered</source>
        <translation>
            <numerusform>%n question répondue</numerusform>
            <numerusform>%n questions répondues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorSyncPanel</name>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="90"/>
        <source>Coordinator and USB stick</source>
        <extracomment>Something changed in the vault (records marked, kit installed): the home should redraw. How the last export went, in one line (text, ok): the home&apos;s export card shows it.</extracomment>
        <translation>Coordinateur et clé USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="93"/>
        <source>Enrolled with coordinator %1.</source>
        <translation>Inscrit auprès du coordinateur %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="95"/>
        <source>Not enrolled yet: ask your coordinator for a kit.</source>
        <translation>Pas encore inscrit : demandez un kit à votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="105"/>
        <source>Export for coordinator…</source>
        <translation>Exporter pour le coordinateur…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="106"/>
        <source>Re-create a lost bundle…</source>
        <translation>Recréer un paquet perdu…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="104"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="107"/>
        <source>Enroll with a kit…</source>
        <translation>S&apos;inscrire avec un kit…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="108"/>
        <source>Device card…</source>
        <translation>Carte d&apos;appareil…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="109"/>
        <source>Accept a receipt…</source>
        <translation>Accepter un accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="127"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="183"/>
        <source>Choose the USB stick or folder for the bundle</source>
        <translation>Choisissez la clé USB ou le dossier du paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="140"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="196"/>
        <source>Writing and checking the bundle…</source>
        <translation>Écriture et vérification du paquet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="150"/>
        <source>%n interview(s) went out in bundle %1.</source>
        <translation>
            <numerusform>%n entretien est parti dans le paquet %1.</numerusform>
            <numerusform>%n entretiens sont partis dans le paquet %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="151"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="152"/>
        <source>The file was read back from the stick and matches what was written.</source>
        <translation>Le fichier a été relu sur la clé et correspond à ce qui a été écrit.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="159"/>
        <source>Bundle written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="161"/>
        <source>Remove the USB stick safely (eject it first) before you unplug it.</source>
        <translation>Retirez la clé USB en toute sécurité (éjectez-la d&apos;abord) avant de la débrancher.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="202"/>
        <source>Choose the enrollment kit</source>
        <translation>Choisissez le kit d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="251"/>
        <source>Installing the kit…</source>
        <translation>Installation du kit…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="257"/>
        <source>Kit %1 updated.</source>
        <translation>Kit %1 mis à jour.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="257"/>
        <source>Kit %1 installed.</source>
        <translation>Kit %1 installé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="260"/>
        <source>Coordinator: %1</source>
        <translation>Coordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="261"/>
        <source>Questionnaires: %1</source>
        <translation>Questionnaires : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="262"/>
        <source>Next: make the device card and give it to your coordinator.</source>
        <translation>Étape suivante : créez la carte d&apos;appareil et remettez-la à votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="266"/>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="269"/>
        <source>This device&apos;s fingerprint. Read it aloud to your coordinator:</source>
        <translation>Empreinte de cet appareil. Lisez-la à voix haute à votre coordinateur :</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="286"/>
        <source>Save the device card</source>
        <translation>Enregistrer la carte d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="303"/>
        <source>Writing the device card…</source>
        <translation>Écriture de la carte d&apos;appareil…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="309"/>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>Choisissez l&apos;accusé de réception du coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="326"/>
        <source>Receipt accepted</source>
        <translation>Accusé de réception accepté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="328"/>
        <source>%n bundle(s) acknowledged by the coordinator.</source>
        <translation>
            <numerusform>%n paquet confirmé par le coordinateur.</numerusform>
            <numerusform>%n paquets confirmés par le coordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="329"/>
        <source>%n record(s) may now be removed by the retention rule.</source>
        <translation>
            <numerusform>%n entretien peut maintenant être effacé selon la règle de conservation.</numerusform>
            <numerusform>%n entretiens peuvent maintenant être effacés selon la règle de conservation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="334"/>
        <source>Checking the receipt…</source>
        <translation>Vérification de l&apos;accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="99"/>
        <source>This laptop is not enrolled yet, so it has nobody to send the interviews to. Your coordinator gives you an enrollment kit, usually on a USB stick, and reads you their fingerprint: enroll with it, then export.</source>
        <translation>Cet ordinateur n&apos;est pas encore inscrit : il n&apos;a donc personne à qui envoyer les entretiens. Votre coordinateur vous remet un kit d&apos;inscription, en général sur une clé USB, et vous lit son empreinte : inscrivez-vous avec ce kit, puis exportez.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="155"/>
        <source>This bundle was made before but never written (the export was interrupted). It is the same bundle; export again for the interviews completed since.</source>
        <translation>Ce paquet avait été préparé mais jamais écrit (l&apos;export a été interrompu). C&apos;est le même paquet ; exportez de nouveau pour les entretiens terminés depuis.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="240"/>
        <source>Opening the kit…</source>
        <translation>Ouverture du kit…</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../napsurvey/gui/neutral.py" line="58"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="118"/>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="122"/>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="122"/>
        <source>Plan files (*.yaml *.yml *.xlsx)</source>
        <translation>Fichiers de plan (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="138"/>
        <source>The plan was not imported</source>
        <translation>Le plan n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="141"/>
        <source>%1: %2 actions and %3 indicators in %4 pillars.</source>
        <translation>%1 : %2 actions et %3 indicateurs dans %4 piliers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/area.py" line="145"/>
        <source>%n assessed period(s) kept.</source>
        <translation>
            <numerusform>%n période évaluée conservée.</numerusform>
            <numerusform>%n périodes évaluées conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="146"/>
        <source>Plan imported</source>
        <translation>Plan importé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="154"/>
        <source>Checking the plan…</source>
        <translation>Vérification du plan…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="160"/>
        <source>Replace the plan?</source>
        <translation>Remplacer le plan ?</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="161"/>
        <source>This vault holds plan %1 and its %2 assessed period(s). Replace it by %3, and drop those periods?</source>
        <translation>Ce coffre contient le plan %1 et ses %2 période(s) évaluée(s). Le remplacer par %3 et supprimer ces périodes ?</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="168"/>
        <source>Load assessments</source>
        <translation>Charger des évaluations</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="168"/>
        <source>Assessments (*.yaml *.yml)</source>
        <translation>Évaluations (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="184"/>
        <source>The assessments were not stored</source>
        <translation>Les évaluations n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="187"/>
        <source>Assessments stored</source>
        <translation>Évaluations enregistrées</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="188"/>
        <source>Periods stored: %1.</source>
        <translation>Périodes enregistrées : %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="190"/>
        <source>Checking the assessments…</source>
        <translation>Vérification des évaluations…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="195"/>
        <source>Export the plan matrix</source>
        <translation>Exporter la matrice du plan</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="195"/>
        <source>Workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Classeur (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="207"/>
        <source>Matrix exported</source>
        <translation>Matrice exportée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="207"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="241"/>
        <source>Period stored</source>
        <translation>Période enregistrée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="242"/>
        <source>Period %1 is stored as assessed.</source>
        <translation>La période %1 est enregistrée comme évaluée.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="276"/>
        <source>National Action Plan</source>
        <translation>Plan d&apos;action national</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="279"/>
        <source>No plan imported yet.</source>
        <translation>Aucun plan importé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="280"/>
        <source>Import the plan your government adopted: its actions, responsible institutions, indicators, baselines, targets and costing, as a YAML file or the XLSX template a ministry officer fills in.</source>
        <translation>Importez le plan adopté par votre gouvernement : ses actions, les institutions responsables, les indicateurs, les valeurs de référence, les cibles et les coûts, sous forme de fichier YAML ou du modèle XLSX qu&apos;un agent du ministère remplit.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="286"/>
        <source>%1 actions, %2 indicators.</source>
        <translation>%1 actions, %2 indicateurs.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="289"/>
        <source>Assessed periods: %1.</source>
        <translation>Périodes évaluées : %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="290"/>
        <source>No period assessed yet.</source>
        <translation>Aucune période évaluée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="293"/>
        <source>A new period…</source>
        <translation>Une nouvelle période…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="294"/>
        <source>Import a plan…</source>
        <translation>Importer un plan…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="295"/>
        <source>Load assessments from a file…</source>
        <translation>Charger des évaluations depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="296"/>
        <source>Assess this period</source>
        <translation>Évaluer cette période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="297"/>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="298"/>
        <source>Export the matrix…</source>
        <translation>Exporter la matrice…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="299"/>
        <source>A plan names institutions, never persons: no names, phone numbers or e-mail addresses. Evidence is a public document, or a confidential source that is not named.</source>
        <translation>Un plan nomme des institutions, jamais des personnes : ni noms, ni numéros de téléphone, ni adresses électroniques. Une preuve est un document public, ou une source confidentielle qui n&apos;est pas nommée.</translation>
    </message>
</context>
<context>
    <name>PromptView</name>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="101"/>
        <source>Answer after all</source>
        <extracomment>Labels longer than this are drawn as reading text, not as a bold question title.</extracomment>
        <translation>Répondre finalement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="101"/>
        <source>Decline to answer</source>
        <translation>Ne pas répondre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="102"/>
        <source>The respondent does not want to answer this question</source>
        <translation>La personne interrogée ne souhaite pas répondre à cette question</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="103"/>
        <source>Declined by the respondent</source>
        <translation>Refusé par la personne interrogée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="105"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="240"/>
        <source>The two new passphrases are not the same.</source>
        <extracomment>True while the recovery key is being checked on the worker thread.</extracomment>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="284"/>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="286"/>
        <source>Type the recovery key you wrote down at set-up, then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération notée lors de l&apos;installation, puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="288"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="290"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="291"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="292"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="293"/>
        <source>Open with the key</source>
        <translation>Ouvrir avec la clé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="294"/>
        <source>Checking the recovery key…</source>
        <translation>Vérification de la clé de récupération…</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="83"/>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="84"/>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="85"/>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="86"/>
        <source>Safety and protection</source>
        <translation>Sécurité et protection</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="87"/>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="88"/>
        <source>Other support</source>
        <translation>Autre soutien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="102"/>
        <source>No referral directory is installed for this area. Ask your coordinator for the list of services before asking about anything sensitive, and do not promise help you cannot arrange.</source>
        <translation>Aucun annuaire d&apos;orientation n&apos;est installé pour cette zone. Demandez la liste des services à votre coordinateur avant d&apos;aborder un sujet sensible, et ne promettez pas une aide que vous ne pouvez pas organiser.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="95"/>
        <source>No service is listed for %1.</source>
        <translation>Aucun service n&apos;est répertorié pour %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="97"/>
        <source>Nearest listed services</source>
        <translation>Services répertoriés les plus proches</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="97"/>
        <source>Other listed services</source>
        <translation>Autres services répertoriés</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="150"/>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="151"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RegionalPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="133"/>
        <source>Regional report</source>
        <extracomment>The languages of the regional report (the coordinator&apos;s outputs screens, with the same list, load only with a coordinator&apos;s home: importing them here would bring the report libraries into the app&apos;s start).</extracomment>
        <translation>Rapport régional</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="135"/>
        <source>The regional report and tables bring together what your members released: each member&apos;s own figures, their sums, and the gaps. Leave the period empty for every period released, or type one (2026Q3) or a range (2026Q1..2026Q4).</source>
        <translation>Le rapport et les tableaux régionaux rassemblent ce que vos membres ont publié : les chiffres de chaque membre, leurs sommes, et ce qui manque. Laissez la période vide pour toutes les périodes publiées, ou saisissez-en une (2026Q3) ou un intervalle (2026Q1..2026Q4).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="138"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="139"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="140"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="141"/>
        <source>Write the regional report…</source>
        <translation>Rédiger le rapport régional…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="142"/>
        <source>Regional tables (CSV)…</source>
        <translation>Tableaux régionaux (CSV)…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="143"/>
        <source>Regional tables (JSON)…</source>
        <translation>Tableaux régionaux (JSON)…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="144"/>
        <source>Twinning</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="146"/>
        <source>Tick two or more members to compare them side by side, each with the figures it released. Only members who chose to take part in twinning are listed.</source>
        <translation>Cochez deux membres ou plus pour les comparer côte à côte, chacun avec les chiffres qu&apos;il a publiés. Seuls les membres qui ont choisi de participer au jumelage sont proposés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="148"/>
        <source>Write the twinning report…</source>
        <translation>Rédiger le rapport de jumelage…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="155"/>
        <source>Save the regional report</source>
        <translation>Enregistrer le rapport régional</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="174"/>
        <source>Regional report written</source>
        <translation>Rapport régional écrit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="175"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="234"/>
        <source>%n indicator(s).</source>
        <translation>
            <numerusform>%n indicateur.</numerusform>
            <numerusform>%n indicateurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="176"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="203"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="235"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="178"/>
        <source>Making the regional report…</source>
        <translation>Préparation du rapport régional…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="183"/>
        <source>Save the regional tables</source>
        <translation>Enregistrer les tableaux régionaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="202"/>
        <source>Regional tables written</source>
        <translation>Tableaux régionaux écrits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="203"/>
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n tableau.</numerusform>
            <numerusform>%n tableaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="205"/>
        <source>Writing the regional tables…</source>
        <translation>Écriture des tableaux régionaux…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="210"/>
        <source>Save the twinning report</source>
        <translation>Enregistrer le rapport de jumelage</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="233"/>
        <source>Twinning report written</source>
        <translation>Rapport de jumelage écrit</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="237"/>
        <source>Making the twinning report…</source>
        <translation>Préparation du rapport de jumelage…</translation>
    </message>
</context>
<context>
    <name>RepeatScreen</name>
    <message>
        <location filename="../../napsurvey/gui/interview/screen_view.py" line="266"/>
        <source>Added so far: %1. Add another, or press Next to go on.</source>
        <translation>Déjà ajoutés : %1. Ajoutez-en un autre, ou appuyez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/screen_view.py" line="267"/>
        <source>+ Add another</source>
        <translation>+ En ajouter un autre</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="52"/>
        <source>Print or save the summary report</source>
        <extracomment>Languages the report is written in (its fixed texts and fonts cover these).</extracomment>
        <translation>Imprimer ou enregistrer le rapport de synthèse</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="54"/>
        <source>The report holds the same disclosure-controlled tables and charts as this screen, for the questionnaire and period chosen, with coverage and a methodology note. You choose where the PDF is saved next.</source>
        <translation>Le rapport contient les mêmes tableaux et graphiques protégés que cet écran, pour le questionnaire et la période choisis, avec la couverture et une note de méthode. Vous choisirez ensuite où enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="58"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="59"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="60"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="97"/>
        <source>Review the answers</source>
        <translation>Relire les réponses</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="99"/>
        <source>Read the answers back if the respondent wishes. Click an answer to change it, then press Complete.</source>
        <translation>Relisez les réponses si la personne interrogée le souhaite. Cliquez sur une réponse pour la modifier, puis appuyez sur Terminer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/interview/review_page.py" line="102"/>
        <source>%n question(s) still need an answer or a correction before the interview can be completed.</source>
        <translation>
            <numerusform>%n question attend encore une réponse ou une correction avant de pouvoir terminer l&apos;entretien.</numerusform>
            <numerusform>%n questions attendent encore une réponse ou une correction avant de pouvoir terminer l&apos;entretien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="106"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="108"/>
        <source>Not answered — change</source>
        <translation>Sans réponse — modifier</translation>
    </message>
</context>
<context>
    <name>RunnerBar</name>
    <message>
        <location filename="../../napsurvey/gui/interview/runner_bar.py" line="154"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner_bar.py" line="155"/>
        <source>The question language and the harmless questions</source>
        <translation>La langue des questions et les questions anodines</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="132"/>
        <source>Preparing the scorecard…</source>
        <translation>Préparation du tableau de bord…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="145"/>
        <source>%n page(s), exactly as printed.</source>
        <translation>
            <numerusform>%n page, exactement comme à l&apos;impression.</numerusform>
            <numerusform>%n pages, exactement comme à l&apos;impression.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="157"/>
        <source>Save the scorecard</source>
        <translation>Enregistrer le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="165"/>
        <source>Scorecard saved</source>
        <translation>Tableau de bord enregistré</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="165"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="178"/>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Compared with</source>
        <translation>Comparée à</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="180"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="183"/>
        <source>no comparison</source>
        <translation>sans comparaison</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="184"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="185"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="186"/>
        <source>Back to the plan</source>
        <translation>Retour au plan</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="188"/>
        <source>Choose the period and press Show: the pages are those the PDF prints.</source>
        <translation>Choisissez la période et appuyez sur Afficher : les pages sont celles que le PDF imprime.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="92"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="93"/>
        <source>Sections open once consent is recorded.</source>
        <translation>Les sections s&apos;ouvrent une fois le consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="94"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/interview/section_list.py" line="96"/>
        <source>%n of %1 questions answered</source>
        <translation>
            <numerusform>%n question sur %1 a une réponse</numerusform>
            <numerusform>%n questions sur %1 ont une réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="139"/>
        <location filename="../../napsurvey/gui/settings_page.py" line="156"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="142"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="143"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="144"/>
        <source>Lock after idle (minutes)</source>
        <translation>Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="145"/>
        <source>Window title</source>
        <translation>Titre de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="146"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="149"/>
        <source>The window title is what people around you see: keep it ordinary. These settings are stored inside the encrypted vault, except the interface language.</source>
        <translation>Le titre de la fenêtre est ce que voient les personnes autour de vous : gardez-le banal. Ces paramètres sont conservés dans le coffre chiffré, sauf la langue de l&apos;interface.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="153"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="154"/>
        <source>Change the passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>StartRefusedPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="37"/>
        <source>This questionnaire asks about sensitive matters. It opens once your supervisor has recorded your training sign-off on the start page.</source>
        <translation>Ce questionnaire porte sur des sujets sensibles. Il s&apos;ouvre une fois que votre superviseur a enregistré la validation de votre formation sur la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="41"/>
        <source>This questionnaire runs only under the study protocol that comes in your coordinator&apos;s kit.</source>
        <translation>Ce questionnaire ne s&apos;utilise que sous le protocole d&apos;étude fourni dans le kit de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="44"/>
        <source>This questionnaire needs the list of referral services for your area before it can start, so that help can be offered. It comes in your coordinator&apos;s kit.</source>
        <translation>Ce questionnaire a besoin de la liste des services d&apos;orientation de votre zone avant de commencer, pour qu&apos;une aide puisse être proposée. Elle est fournie dans le kit de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="48"/>
        <source>This interview cannot start</source>
        <translation>Cet entretien ne peut pas commencer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="52"/>
        <source>Back to the start page</source>
        <translation>Retour à la page d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="65"/>
        <source>Stop interview</source>
        <translation>Arrêter l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="66"/>
        <source>Stop the interview?</source>
        <translation>Arrêter l&apos;entretien ?</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="69"/>
        <source>Keep the draft to finish it later with the same respondent (it stays encrypted), or discard it: every answer is destroyed and only the fact that an interview was stopped is counted.</source>
        <translation>Gardez le brouillon pour le terminer plus tard avec la même personne (il reste chiffré), ou abandonnez-le : toutes les réponses sont détruites et seul l&apos;arrêt de l&apos;entretien est compté.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="73"/>
        <source>Continue interview</source>
        <translation>Poursuivre l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="74"/>
        <source>Discard answers</source>
        <translation>Abandonner les réponses</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="75"/>
        <source>Keep draft for later</source>
        <translation>Garder le brouillon pour plus tard</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="26"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="27"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="28"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="29"/>
        <source>Almost strong enough</source>
        <translation>Presque assez forte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="30"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="38"/>
        <source>Use at least 10 characters.</source>
        <translation>Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="39"/>
        <source>It is, or is built on, a common password, word or name.</source>
        <translation>C&apos;est, ou elle contient, un mot de passe, un mot ou un nom courant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="40"/>
        <source>It uses a word an attacker would try first here (the app&apos;s own words).</source>
        <translation>Elle contient un mot qu&apos;un attaquant essaierait d&apos;abord ici (les mots de l&apos;application).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="43"/>
        <source>It follows a keyboard row, a sequence or a repeat.</source>
        <translation>Elle suit une rangée du clavier, une suite ou une répétition.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="44"/>
        <source>Dates and years are among the first things tried.</source>
        <translation>Les dates et les années font partie des premières choses essayées.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="45"/>
        <source>It is still too easy to guess: add another uncommon word or two.</source>
        <translation>Elle est encore trop facile à deviner : ajoutez un ou deux mots peu courants.</translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="263"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="263"/>
        <source>Decline</source>
        <translation>Ne pas répondre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="265"/>
        <source>Answer this question after all</source>
        <translation>Répondre finalement à cette question</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="265"/>
        <source>The respondent does not want to answer this question</source>
        <translation>La personne interrogée ne souhaite pas répondre à cette question</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="66"/>
        <source>Training sign-off</source>
        <translation>Validation de la formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="68"/>
        <source>To be filled in by the supervisor who trained this monitor. Sensitive forms open after sign-off.</source>
        <translation>À remplir par le superviseur qui a formé cet enquêteur. Les formulaires sensibles s&apos;ouvrent après la validation.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="70"/>
        <source>Date of training</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="71"/>
        <source>Supervisor code</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="76"/>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="73"/>
        <source>As your supervisor gives it: 2 to 5 letters, a hyphen and 1 to 6 digits, for example SUP-07.</source>
        <translation>Tel que votre superviseur le donne : 2 à 5 lettres, un tiret et 1 à 6 chiffres, par exemple SUP-07.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/unlock.py" line="150"/>
        <source>You can try again in %n second(s).</source>
        <extracomment>True while the passphrase is being checked on the worker thread.</extracomment>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="163"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="164"/>
        <source>Type your passphrase to open your notes.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos notes.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="165"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="166"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="167"/>
        <source>I forgot my passphrase</source>
        <translation>J&apos;ai oublié ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="168"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>_HubOverview</name>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="47"/>
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="49"/>
        <source>This computer&apos;s fingerprint: %1</source>
        <translation>Empreinte de cet ordinateur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub_home.py" line="51"/>
        <source>%n member(s) approved.</source>
        <translation>
            <numerusform>%n membre approuvé.</numerusform>
            <numerusform>%n membres approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="54"/>
        <source>Last import: %1</source>
        <translation>Dernière importation : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="54"/>
        <source>No bundles imported yet.</source>
        <translation>Aucun paquet importé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="58"/>
        <source>Next steps: prepare a hub kit for each national coordinator, approve their device cards, then import the releases they send.</source>
        <translation>Étapes suivantes : préparez un kit du pôle pour chaque coordinateur national, approuvez leurs cartes d&apos;appareil, puis importez les publications qu&apos;ils envoient.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="202"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="204"/>
        <source>Everything you collect is locked with this passphrase. Use several words that you will remember.</source>
        <translation>Tout ce que vous recueillez est verrouillé par cette phrase secrète. Utilisez plusieurs mots dont vous vous souviendrez.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="206"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="207"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="210"/>
        <source>If you forget the passphrase and lose the recovery key, nobody can open this data: not you, not your coordinator, not us.</source>
        <translation>Si vous oubliez la phrase secrète et perdez la clé de récupération, personne ne pourra ouvrir ces données : ni vous, ni votre coordinateur, ni nous.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="214"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="215"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="216"/>
        <source>Preparing the encrypted storage…</source>
        <translation>Préparation du stockage chiffré…</translation>
    </message>
</context>
<context>
    <name>_RecoveryKeyPage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="256"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="258"/>
        <source>This key opens the data if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Cette clé ouvre les données si la phrase secrète est oubliée. Elle n&apos;est affichée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="261"/>
        <source>Write it on paper now and keep the paper somewhere safe, away from this computer.</source>
        <translation>Notez-la sur papier maintenant et gardez ce papier en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="263"/>
        <source>I have written it down</source>
        <translation>Je l&apos;ai notée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="264"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="105"/>
        <source>Set up this computer</source>
        <translation>Configurer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="106"/>
        <source>Who will use this computer? You choose once; it cannot be changed later.</source>
        <translation>Qui utilisera cet ordinateur ? Ce choix est définitif.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="107"/>
        <source>Field monitor</source>
        <translation>Enquêteur de terrain</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="109"/>
        <source>You fill in questionnaires with people, then take the results to your coordinator on a USB stick.</source>
        <translation>Vous remplissez des questionnaires avec les personnes, puis apportez les résultats à votre coordinateur sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="111"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="113"/>
        <source>You prepare the monitors&apos; computers, bring their results together and print the summary report.</source>
        <translation>Vous préparez les ordinateurs des enquêteurs, rassemblez leurs résultats et imprimez le rapport de synthèse.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="122"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="115"/>
        <source>Network or regional hub</source>
        <translation>Pôle de réseau ou régional</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="118"/>
        <source>You bring together what several national coordinators have published, print the regional report and compare countries side by side.</source>
        <translation>Vous rassemblez ce que plusieurs coordinateurs nationaux ont publié, imprimez le rapport régional et comparez les pays côte à côte.</translation>
    </message>
</context>
</TS>
