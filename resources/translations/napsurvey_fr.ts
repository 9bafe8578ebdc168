<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CoordinatorHome</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="163" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="164" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="165" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="166" />
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="167" />
        <source>Reports and tables</source>
        <translation>Rapports et tableaux</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="170" />
        <source>The monitors' computers you approved, with their last bundle and any missing ones.</source>
        <translation>Les ordinateurs des enquêteurs que vous avez approuvés, avec leur dernier paquet et ceux qui manquent.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="171" />
        <source>The bundles you imported from USB sticks, newest first.</source>
        <translation>Les paquets importés depuis des clés USB, les plus récents d'abord.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="172" />
        <source>Interviews per questionnaire and month, and where data is missing.</source>
        <translation>Entretiens par questionnaire et par mois, et les données manquantes.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="173" />
        <source>Disclosure-controlled tables and the printable summary report.</source>
        <translation>Tableaux protégés contre la divulgation et rapport de synthèse imprimable.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Approved</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="177" />
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="177" />
        <source>Missing bundles</source>
        <translation>Paquets manquants</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Ended (child)</source>
        <translation>Arrêtés (enfant)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Stopped</source>
        <translation>Interrompus</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="183" />
        <source>No device approved yet. Approve a monitor's device card to see it here.</source>
        <translation>Aucun appareil approuvé. Approuvez la carte d'appareil d'un enquêteur pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="184" />
        <source>No bundle imported yet.</source>
        <translation>Aucun paquet importé pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="185" />
        <source>Nothing to show until bundles are imported.</source>
        <translation>Rien à afficher tant qu'aucun paquet n'est importé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="194" />
        <source>This screen is being prepared.</source>
        <translation>Cet écran est en préparation.</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="18" />
        <source>wrong passphrase{delay}</source>
        <extracomment>Codes whose message the GUI translates (template text must equal the enum's value).</extracomment>
        <translation>phrase secrète incorrecte{delay}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="19" />
        <source>too many failed attempts; try again in {seconds} s</source>
        <translation>trop de tentatives échouées ; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="20" />
        <source>wrong recovery key</source>
        <translation>clé de récupération incorrecte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="21" />
        <source>the vault is open in another napsurvey window or command; close it first</source>
        <translation>le coffre est ouvert dans une autre fenêtre ou commande ; fermez-la d'abord</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="24" />
        <source>passphrase too weak: {reason}</source>
        <translation>phrase secrète trop faible : {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="25" />
        <source>a vault already exists in this home folder</source>
        <translation>un coffre existe déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="26" />
        <source>this device has no enrollment kit yet; run 'napsurvey enroll KIT'</source>
        <translation>cet appareil n'a pas encore de kit d'inscription ; demandez-le à votre coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="29" />
        <source>no completed records waiting for export</source>
        <translation>aucun entretien terminé en attente d'export</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="30" />
        <source>this form is locked until the monitor has a training sign-off</source>
        <translation>ce formulaire reste verrouillé tant que la formation de l'enquêteur n'est pas validée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="33" />
        <source>this form runs only under a study protocol from a coordinator's kit</source>
        <translation>ce formulaire ne s'utilise que sous un protocole d'étude venu du kit d'un coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="36" />
        <source>this form needs a referral directory for the area before it can start</source>
        <translation>ce formulaire nécessite un annuaire d'orientation pour la zone avant de commencer</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="66" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="67" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="68" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="69" />
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="70" />
        <source>Hide everything now (F12, or Esc twice)</source>
        <translation>Tout masquer maintenant (F12, ou Échap deux fois)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="71" />
        <source>Monitor</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="71" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../napsurvey/gui/window.py" line="273" />
        <location filename="../../napsurvey/gui/window.py" line="280" />
        <source>The interview screen is not installed.</source>
        <translation>L'écran d'entretien n'est pas installé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/window.py" line="285" />
        <source>Choose the USB stick or folder for the bundle</source>
        <translation>Choisissez la clé USB ou le dossier du paquet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/window.py" line="302" />
        <source>%n interview(s) written to %1. The file was read back and checked.</source>
        <translation><numerusform>%n entretien écrit dans %1. Le fichier a été relu et vérifié.</numerusform><numerusform>%n entretiens écrits dans %1. Le fichier a été relu et vérifié.</numerusform></translation>
    </message>
</context>
<context>
    <name>MonitorHome</name>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="255" />
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="256" />
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="257" />
        <source>No questionnaires are installed yet. They arrive with your coordinator's kit.</source>
        <translation>Aucun questionnaire n'est encore installé. Ils arrivent avec le kit de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="263" />
        <source>Version %1 · Languages: %2</source>
        <translation>Version %1 · Langues : %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="265" />
        <source>Drafts: %1 · Completed: %2</source>
        <translation>Brouillons : %1 · Terminés : %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="267" />
        <source>Start interview</source>
        <translation>Commencer l'entretien</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="269" />
        <source>Drafts to resume</source>
        <translation>Brouillons à reprendre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="270" />
        <source>No unfinished interviews.</source>
        <translation>Aucun entretien inachevé.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="275" />
        <source>Resume: %1</source>
        <translation>Reprendre : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="277" />
        <source>Waiting for export</source>
        <translation>En attente d'export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="278" />
        <source>%n completed interview(s) not yet exported.</source>
        <translation><numerusform>%n entretien terminé pas encore exporté.</numerusform><numerusform>%n entretiens terminés pas encore exportés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="279" />
        <source>Export to USB stick…</source>
        <translation>Exporter vers une clé USB…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="281" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="283" />
        <source>Not signed off yet. Sensitive questionnaires stay locked.</source>
        <translation>Pas encore validée. Les questionnaires sensibles restent verrouillés.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="284" />
        <source>Record training sign-off…</source>
        <translation>Enregistrer la validation de la formation…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="287" />
        <source>Signed off on %1.</source>
        <translation>Validée le %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="288" />
        <source>Record a new sign-off…</source>
        <translation>Enregistrer une nouvelle validation…</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../napsurvey/gui/neutral.py" line="58" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="196" />
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="209" />
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="211" />
        <source>Type the recovery key you wrote down at set-up, then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération notée lors de l'installation, puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="213" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="215" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="216" />
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="217" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="218" />
        <source>Open with the key</source>
        <translation>Ouvrir avec la clé</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="134" />
        <location filename="../../napsurvey/gui/settings_page.py" line="150" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="137" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="138" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="139" />
        <source>Lock after idle (minutes)</source>
        <translation>Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="140" />
        <source>Window title</source>
        <translation>Titre de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="141" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="144" />
        <source>The window title is what people around you see: keep it ordinary. These settings are stored inside the encrypted vault, except the interface language.</source>
        <translation>Le titre de la fenêtre est ce que voient les personnes autour de vous : gardez-le banal. Ces paramètres sont conservés dans le coffre chiffré, sauf la langue de l'interface.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="148" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="57" />
        <source>Training sign-off</source>
        <translation>Validation de la formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="59" />
        <source>To be filled in by the supervisor who trained this monitor. Sensitive forms open after sign-off.</source>
        <translation>À remplir par le superviseur qui a formé cet enquêteur. Les formulaires sensibles s'ouvrent après la validation.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="61" />
        <source>Date of training</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="62" />
        <source>Supervisor code</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="64" />
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/unlock.py" line="115" />
        <source>You can try again in %n second(s).</source>
        <translation><numerusform>Vous pourrez réessayer dans %n seconde.</numerusform><numerusform>Vous pourrez réessayer dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="128" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="129" />
        <source>Type your passphrase to open your notes.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos notes.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="130" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="131" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="132" />
        <source>I forgot my passphrase</source>
        <translation>J'ai oublié ma phrase secrète</translation>
    </message>
</context>
<context>
    <name>_Overview</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="80" />
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list. Sections drawn as tables: the fields shown and the service that lists the rows.</extracomment>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="82" />
        <source>This computer's fingerprint: %1</source>
        <translation>Empreinte de cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="86" />
        <source>Last import: %1</source>
        <translation>Dernier import : %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="86" />
        <source>No bundles imported yet.</source>
        <translation>Aucun paquet importé pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_home.py" line="88" />
        <source>%n questionnaire(s) installed.</source>
        <translation><numerusform>%n questionnaire installé.</numerusform><numerusform>%n questionnaires installés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="91" />
        <source>Next steps: prepare an enrollment kit for each monitor, approve their device cards, then import the bundles they bring back.</source>
        <translation>Étapes suivantes : préparez un kit d'inscription pour chaque enquêteur, approuvez leurs cartes d'appareil, puis importez les paquets qu'ils rapportent.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="191" />
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="193" />
        <source>Everything you collect is locked with this passphrase. Use several words that you will remember.</source>
        <translation>Tout ce que vous recueillez est verrouillé par cette phrase secrète. Utilisez plusieurs mots dont vous vous souviendrez.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="195" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="196" />
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="199" />
        <source>If you forget the passphrase and lose the recovery key, nobody can open this data: not you, not your coordinator, not us.</source>
        <translation>Si vous oubliez la phrase secrète et perdez la clé de récupération, personne ne pourra ouvrir ces données : ni vous, ni votre coordinateur, ni nous.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="203" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="204" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>_RecoveryKeyPage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="244" />
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="246" />
        <source>This key opens the data if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Cette clé ouvre les données si la phrase secrète est oubliée. Elle n'est affichée qu'une seule fois.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="249" />
        <source>Write it on paper now and keep the paper somewhere safe, away from this computer.</source>
        <translation>Notez-la sur papier maintenant et gardez ce papier en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="251" />
        <source>I have written it down</source>
        <translation>Je l'ai notée</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="252" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="106" />
        <source>Set up this computer</source>
        <translation>Configurer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="107" />
        <source>Who will use this computer? You choose once; it cannot be changed later.</source>
        <translation>Qui utilisera cet ordinateur ? Ce choix est définitif.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="108" />
        <source>Field monitor</source>
        <translation>Enquêteur de terrain</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="110" />
        <source>You fill in questionnaires with people, then take the results to your coordinator on a USB stick.</source>
        <translation>Vous remplissez des questionnaires avec les personnes, puis apportez les résultats à votre coordinateur sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="112" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="114" />
        <source>You prepare the monitors' computers, bring their results together and print the summary report.</source>
        <translation>Vous préparez les ordinateurs des enquêteurs, rassemblez leurs résultats et imprimez le rapport de synthèse.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="116" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
</TS>