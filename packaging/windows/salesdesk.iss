; Inno Setup script: SalesDesk's Windows installer, from the one-folder bundle.
; packaging/build.py runs it on Windows when ISCC.exe (Inno Setup 6) is found:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=..\..\dist\SalesDesk /DOutputDir=..\..\dist salesdesk.iss
; It installs for the current user by default (no administrator needed), adds a
; Start-menu entry and, if wanted, a desktop shortcut, and registers an
; uninstaller. The rep's data lives in %LOCALAPPDATA%\SalesDesk, outside the
; install folder: uninstalling or upgrading never touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\SalesDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{5BD8A6C1-E00E-477F-BCD8-1D878B1848EB}
AppName=SalesDesk
AppVersion={#AppVersion}
AppVerName=SalesDesk {#AppVersion}
AppPublisher=SalesDesk
DefaultDirName={autopf}\SalesDesk
DefaultGroupName=SalesDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\salesdesk.ico
UninstallDisplayIcon={app}\SalesDesk.exe
UninstallDisplayName=SalesDesk
OutputDir={#OutputDir}
OutputBaseFilename=SalesDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running SalesDesk holds its files open: ask to close it before replacing them.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\SalesDesk"; Filename: "{app}\SalesDesk.exe"; Comment: "Your sales pipeline, offline"
Name: "{autodesktop}\SalesDesk"; Filename: "{app}\SalesDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SalesDesk.exe"; Description: "{cm:LaunchProgram,SalesDesk}"; Flags: nowait postinstall skipifsilent
