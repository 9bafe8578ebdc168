<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>CoordinatorHome</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="163" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="164" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="165" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="166" />
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="167" />
        <source>Reports and tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="170" />
        <source>The monitors' computers you approved, with their last bundle and any missing ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="171" />
        <source>The bundles you imported from USB sticks, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="172" />
        <source>Interviews per questionnaire and month, and where data is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="173" />
        <source>Disclosure-controlled tables and the printable summary report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="176" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="177" />
        <source>Last bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="177" />
        <source>Missing bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Made on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="178" />
        <source>Imported on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="179" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Ended (child)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="180" />
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="183" />
        <source>No device approved yet. Approve a monitor's device card to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="184" />
        <source>No bundle imported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="185" />
        <source>Nothing to show until bundles are imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="194" />
        <source>This screen is being prepared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="18" />
        <source>wrong passphrase{delay}</source>
        <extracomment>Codes whose message the GUI translates (template text must equal the enum's value).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="19" />
        <source>too many failed attempts; try again in {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="20" />
        <source>wrong recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="21" />
        <source>the vault is open in another napsurvey window or command; close it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="24" />
        <source>passphrase too weak: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="25" />
        <source>a vault already exists in this home folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="26" />
        <source>this device has no enrollment kit yet; run 'napsurvey enroll KIT'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="29" />
        <source>no completed records waiting for export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="30" />
        <source>this form is locked until the monitor has a training sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="33" />
        <source>this form runs only under a study protocol from a coordinator's kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/messages.py" line="36" />
        <source>this form needs a referral directory for the area before it can start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="66" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="67" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="68" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="69" />
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="70" />
        <source>Hide everything now (F12, or Esc twice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="71" />
        <source>Monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="71" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../napsurvey/gui/window.py" line="273" />
        <location filename="../../napsurvey/gui/window.py" line="280" />
        <source>The interview screen is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/window.py" line="285" />
        <source>Choose the USB stick or folder for the bundle</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/window.py" line="302" />
        <source>%n interview(s) written to %1. The file was read back and checked.</source>
        <translation><numerusform>%n interview written to %1. The file was read back and checked.</numerusform><numerusform>%n interviews written to %1. The file was read back and checked.</numerusform></translation>
    </message>
</context>
<context>
    <name>MonitorHome</name>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="255" />
        <source>Welcome back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="256" />
        <source>Questionnaires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="257" />
        <source>No questionnaires are installed yet. They arrive with your coordinator's kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="263" />
        <source>Version %1 · Languages: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="265" />
        <source>Drafts: %1 · Completed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="267" />
        <source>Start interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="269" />
        <source>Drafts to resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="270" />
        <source>No unfinished interviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="275" />
        <source>Resume: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="277" />
        <source>Waiting for export</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="278" />
        <source>%n completed interview(s) not yet exported.</source>
        <translation><numerusform>%n completed interview not yet exported.</numerusform><numerusform>%n completed interviews not yet exported.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="279" />
        <source>Export to USB stick…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="281" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="283" />
        <source>Not signed off yet. Sensitive questionnaires stay locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="284" />
        <source>Record training sign-off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="287" />
        <source>Signed off on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="288" />
        <source>Record a new sign-off…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../napsurvey/gui/neutral.py" line="58" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="196" />
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="209" />
        <source>Use the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="211" />
        <source>Type the recovery key you wrote down at set-up, then choose a new passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="213" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="215" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="216" />
        <source>Type it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="217" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="218" />
        <source>Open with the key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="134" />
        <location filename="../../napsurvey/gui/settings_page.py" line="150" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="137" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="138" />
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="139" />
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="140" />
        <source>Window title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="141" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="144" />
        <source>The window title is what people around you see: keep it ordinary. These settings are stored inside the encrypted vault, except the interface language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="148" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="57" />
        <source>Training sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="59" />
        <source>To be filled in by the supervisor who trained this monitor. Sensitive forms open after sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="61" />
        <source>Date of training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="62" />
        <source>Supervisor code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="63" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="64" />
        <source>Sign off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/unlock.py" line="115" />
        <source>You can try again in %n second(s).</source>
        <translation><numerusform>You can try again in %n second.</numerusform><numerusform>You can try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="128" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="129" />
        <source>Type your passphrase to open your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="130" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="131" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="132" />
        <source>I forgot my passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Overview</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="80" />
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list. Sections drawn as tables: the fields shown and the service that lists the rows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="82" />
        <source>This computer's fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="86" />
        <source>Last import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="86" />
        <source>No bundles imported yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_home.py" line="88" />
        <source>%n questionnaire(s) installed.</source>
        <translation><numerusform>%n questionnaire installed.</numerusform><numerusform>%n questionnaires installed.</numerusform></translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="91" />
        <source>Next steps: prepare an enrollment kit for each monitor, approve their device cards, then import the bundles they bring back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="191" />
        <source>Choose a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="193" />
        <source>Everything you collect is locked with this passphrase. Use several words that you will remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="195" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="196" />
        <source>Type it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="199" />
        <source>If you forget the passphrase and lose the recovery key, nobody can open this data: not you, not your coordinator, not us.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="203" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="204" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_RecoveryKeyPage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="244" />
        <source>Your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="246" />
        <source>This key opens the data if the passphrase is forgotten. It is shown only this once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="249" />
        <source>Write it on paper now and keep the paper somewhere safe, away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="251" />
        <source>I have written it down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="252" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="106" />
        <source>Set up this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="107" />
        <source>Who will use this computer? You choose once; it cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="108" />
        <source>Field monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="110" />
        <source>You fill in questionnaires with people, then take the results to your coordinator on a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="112" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="114" />
        <source>You prepare the monitors' computers, bring their results together and print the summary report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="116" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>