; Inno Setup script for the Windows installer; build dist\crmdesk with PyInstaller first.
#define AppVersion "0.1.0"
[Setup]
AppName=crmdesk
AppVersion={#AppVersion}
DefaultDirName={autopf}\crmdesk
DefaultGroupName=crmdesk
OutputBaseFilename=crmdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
[Files]
Source: "..\dist\crmdesk\*"; DestDir: "{app}"; Flags: recursesubdirs
[Icons]
Name: "{group}\crmdesk"; Filename: "{app}\crmdesk.exe"
Name: "{autodesktop}\crmdesk"; Filename: "{app}\crmdesk.exe"
[Run]
Filename: "{app}\crmdesk.exe"; Flags: nowait postinstall skipifsilent
