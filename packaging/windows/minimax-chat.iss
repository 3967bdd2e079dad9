; Inno Setup script for MiniMax Chat (Windows installer around the PyInstaller folder).
; packaging/build.py runs it when Inno Setup 6's ISCC.exe is on PATH:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\MiniMaxChat /DOutputDir=dist ^
;        /DOutputBase=MiniMaxChat-0.1.0-windows-x86_64-setup ^
;        /DIconFile=resources\icons\minimax-chat.ico packaging\windows\minimax-chat.iss
; Installs per user by default (no administrator rights), or for all users when elevated.
; Uninstalling keeps conversations and settings (%LOCALAPPDATA%\MiniMaxChat) and the API
; keys in Windows Credential Manager.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\MiniMaxChat"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "MiniMaxChat-" + AppVersion + "-windows-x86_64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\minimax-chat.ico"
#endif

#define AppName "MiniMax Chat"
#define AppExe "MiniMaxChat.exe"

[Setup]
; A fixed id: upgrades replace the installed version instead of adding a second one.
AppId={{6C1E2F0A-8B7D-4E59-9A53-2D4F1C7B9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MiniMax Chat contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\MiniMax Chat
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

