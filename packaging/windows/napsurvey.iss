; Inno Setup 6 script: installs the one-folder bundle for the current user.
;
; Needs Inno Setup 6.3 or later. Built by packaging\build.ps1, which passes the version and the bundle folder:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=packaging\dist\fieldnotes /Opackaging\dist packaging\windows\napsurvey.iss
;
; Neutral on purpose: the Start-menu entry, the installed folder, the
; uninstaller's entry and the installer itself say "Field Notes" and show a
; plain notebook. Nothing names the survey or its subject. Per-user install:
; no administrator rights, nothing written outside the user's profile.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\fieldnotes"
#endif

[Setup]
; A fixed, meaningless id: upgrades find the earlier install by it.
AppId={{6F1D2C4B-8E3A-4F7B-9C55-2A0D3E4B7F10}
AppName=Field Notes
AppVersion={#AppVersion}
AppVerName=Field Notes {#AppVersion}
AppPublisher=Field Notes
DefaultDirName={localappdata}\Programs\Field Notes
DefaultGroupName=Field Notes
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=fieldnotes-setup
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\fieldnotes.exe
UninstallDisplayName=Field Notes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; No "recent documents", no file associations, no autostart: nothing that
; would point at the vault from outside the program.
ChangesAssociations=no
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Field Notes"; Filename: "{app}\fieldnotes.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Field Notes"; Filename: "{app}\fieldnotes.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\fieldnotes.exe"; Description: "{cm:LaunchProgram,Field Notes}"; Flags: nowait postinstall skipifsilent

; The vault (the user's data folder) is left in place on uninstall on purpose:
; removing the program must never destroy interviews that were not exported.
