<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaView</name>
        <message numerus="yes">
            <source>Coming up and the past week (%Ln)</source>
            <translation>
                <numerusform>Coming up and the past week (%Ln)</numerusform>
                <numerusform>Coming up and the past week (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Needs attention (%Ln)</source>
            <translation>
                <numerusform>Needs attention (%Ln)</numerusform>
                <numerusform>Needs attention (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more (profileeditor agenda --json lists them all)</source>
            <translation>
                <numerusform>… and %Ln more (profileeditor agenda --json lists them all)</numerusform>
                <numerusform>… and %Ln more (profileeditor agenda --json lists them all)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FactsView</name>
        <message numerus="yes">
            <source>BEYOND the limit of %Ln days</source>
            <translation>
                <numerusform>BEYOND the limit of %Ln day</numerusform>
                <numerusform>BEYOND the limit of %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>within %Ln days</source>
            <translation>
                <numerusform>within %Ln day</numerusform>
                <numerusform>within %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days detained</source>
            <translation>
                <numerusform>%Ln day detained</numerusform>
                <numerusform>%Ln days detained</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln renewals</source>
            <translation>
                <numerusform>%Ln renewal</numerusform>
                <numerusform>%Ln renewals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>%Ln profile(s) sent.</source>
            <translation>
                <numerusform>%Ln profile sent.</numerusform>
                <numerusform>%Ln profiles sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesController</name>
        <message numerus="yes">
            <source>%Ln likely duplicate pair(s).</source>
            <translation>
                <numerusform>%Ln likely duplicate pair.</numerusform>
                <numerusform>%Ln likely duplicate pairs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSheetController</name>
        <message numerus="yes">
            <source>%1 — %Ln row(s)</source>
            <translation>
                <numerusform>%1 — %Ln row</numerusform>
                <numerusform>%1 — %Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) read from the sheet.</source>
            <translation>
                <numerusform>%Ln row read from the sheet.</numerusform>
                <numerusform>%Ln rows read from the sheet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the good rows only (skip the %Ln row(s) with errors)</source>
            <translation>
                <numerusform>Import the good rows only (skip the %Ln row with errors)</numerusform>
                <numerusform>Import the good rows only (skip the %Ln rows with errors)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Look for duplicates of the %Ln new profile(s) among those already in the vault?</source>
            <translation>
                <numerusform>Look for duplicates of the %Ln new profile among those already in the vault?</numerusform>
                <numerusform>Look for duplicates of the %Ln new profiles among those already in the vault?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiveBundleController</name>
        <message numerus="yes">
            <source>%Ln field(s) were changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</source>
            <translation>
                <numerusform>%Ln field was changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</numerusform>
                <numerusform>%Ln fields were changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendBundleController</name>
        <message numerus="yes">
            <source>The selected profile(s) (%Ln)</source>
            <translation>
                <numerusform>The selected profile (%Ln)</numerusform>
                <numerusform>The selected profiles (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The profiles in the list as filtered (%Ln)</source>
            <translation>
                <numerusform>The profiles in the list as filtered (%Ln)</numerusform>
                <numerusform>The profiles in the list as filtered (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All profiles (%Ln)</source>
            <translation>
                <numerusform>All profiles (%Ln)</numerusform>
                <numerusform>All profiles (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln profile(s) written to %1.</source>
            <translation>
                <numerusform>%Ln profile written to %1.</numerusform>
                <numerusform>%Ln profiles written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%Ln file(s) exported</source>
            <translation>
                <numerusform>%Ln file exported</numerusform>
                <numerusform>%Ln files exported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln profile(s) in the trash</source>
            <translation>
                <numerusform>%Ln profile in the trash</numerusform>
                <numerusform>%Ln profiles in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln profile(s)</source>
            <translation>
                <numerusform>%Ln profile</numerusform>
                <numerusform>%Ln profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln match</numerusform>
                <numerusform>%Ln matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln profile(s) imported…</source>
            <translation>
                <numerusform>%Ln profile imported…</numerusform>
                <numerusform>%Ln profiles imported…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockController</name>
        <message numerus="yes">
            <source>Too many failed attempts: wait %Ln second(s).</source>
            <translation>
                <numerusform>Too many failed attempts: wait %Ln second.</numerusform>
                <numerusform>Too many failed attempts: wait %Ln seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>Every day</numerusform>
                <numerusform>Every %Ln days</numerusform>
            </translation>
        </message>
    </context>
</TS>
