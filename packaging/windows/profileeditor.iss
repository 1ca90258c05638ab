; Inno Setup 6 script for Profile Editor: a per-user installer (no administrator rights) made from
; the PyInstaller folder dist\profileeditor\.
;
; Build (after `python packaging\build.py --no-installers` on Windows, or let build.py call it):
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\profileeditor /DOutputDir=dist packaging\windows\profileeditor.iss
; Output: dist\ProfileEditor-<version>-setup.exe
;
; What the user gets: the program in %LOCALAPPDATA%\Programs\Profile Editor, a Start-menu entry
; (and an optional desktop icon), an uninstaller in "Apps & features". Before installing, the
; wizard shows the licence notices: GPL for the program, the SIL Open Font License for the
; bundled Noto fonts, and the LGPL notice for Qt (PySide6) — see notices.txt.
;
; Signing (optional): with a code-signing certificate, add to the iscc command line
;   /Ssigntool="signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f cert.pfx /p $PASSWORD $f"
; and uncomment SignTool below. Unsigned installers work but SmartScreen warns on first run
; ("More info" → "Run anyway"); the README tells users so.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\profileeditor"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Profile Editor"
#define AppExe "ProfileEditor.exe"
#define CliExe "profileeditor-cli.exe"
#define Resources "..\..\resources"

[Setup]
; A fixed AppId ties upgrades and the uninstaller to this application: never change it.
AppId={{6F1E2B9C-3D4A-4E57-9B1C-8A2F0D6E7C35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Profile Editor contributors
; Per-user install, no UAC prompt: researchers often have no admin rights on the laptop they use.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The licence page shows the combined notices (program GPL, fonts OFL, Qt LGPL).
LicenseFile=notices.txt
OutputDir={#OutputDir}
OutputBaseFilename=ProfileEditor-{#AppVersion}-setup
SetupIconFile={#Resources}\icons\profileeditor.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; 64-bit Python and Qt: install only on 64-bit Windows 10 or later (Qt 6's minimum).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before replacing its files.
CloseApplications=yes
;SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships an unofficial Arabic translation; uncomment if it is installed on the build
; machine (compiler:Languages\Unofficial\Arabic.isl).
;Name: "arabic"; MessagesFile: "compiler:Languages\Unofficial\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder, as built (both programs and _internal\).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "notices.txt"; DestDir: "{app}"; DestName: "NOTICES.txt"; Flags: ignoreversion
Source: "{#Resources}\fonts\OFL.txt"; DestDir: "{app}\licences"; DestName: "OFL-fonts.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\Licence notices"; Filename: "{app}\NOTICES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
; Offer to start the program at the end of the wizard.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself put in its folder (Python caches). The vaults live wherever the
; user created them and are NEVER touched by the uninstaller.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
