<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaView</name>
        <message numerus="yes">
            <source>Coming up and the past week (%n)</source>
            <translation>
                <numerusform>Coming up and the past week (%n)</numerusform>
                <numerusform>Coming up and the past week (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Needs attention (%n)</source>
            <translation>
                <numerusform>Needs attention (%n)</numerusform>
                <numerusform>Needs attention (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (profileeditor agenda --json lists them all)</source>
            <translation>
                <numerusform>… and %n more (profileeditor agenda --json lists them all)</numerusform>
                <numerusform>… and %n more (profileeditor agenda --json lists them all)</numerusform>
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
            <source>%n profile(s) sent.</source>
            <translation>
                <numerusform>%n profile sent.</numerusform>
                <numerusform>%n profiles sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesController</name>
        <message numerus="yes">
            <source>%n likely duplicate pair(s).</source>
            <translation>
                <numerusform>%n likely duplicate pair.</numerusform>
                <numerusform>%n likely duplicate pairs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSheetController</name>
        <message numerus="yes">
            <source>%1 — %n row(s)</source>
            <translation>
                <numerusform>%1 — %n row</numerusform>
                <numerusform>%1 — %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) read from the sheet.</source>
            <translation>
                <numerusform>%n row read from the sheet.</numerusform>
                <numerusform>%n rows read from the sheet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the good rows only (skip the %n row(s) with errors)</source>
            <translation>
                <numerusform>Import the good rows only (skip the %n row with errors)</numerusform>
                <numerusform>Import the good rows only (skip the %n rows with errors)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Look for duplicates of the %n new profile(s) among those already in the vault?</source>
            <translation>
                <numerusform>Look for duplicates of the %n new profile among those already in the vault?</numerusform>
                <numerusform>Look for duplicates of the %n new profiles among those already in the vault?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiveBundleController</name>
        <message numerus="yes">
            <source>%n field(s) were changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</source>
            <translation>
                <numerusform>%n field was changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</numerusform>
                <numerusform>%n fields were changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed on both sides; your values are kept until you decide. Open the conflicts now?</source>
            <translation>
                <numerusform>%n field was changed on both sides; your values are kept until you decide. Open the conflicts now?</numerusform>
                <numerusform>%n fields were changed on both sides; your values are kept until you decide. Open the conflicts now?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendBundleController</name>
        <message numerus="yes">
            <source>The selected profile(s) (%n)</source>
            <translation>
                <numerusform>The selected profile (%n)</numerusform>
                <numerusform>The selected profiles (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The profiles in the list as filtered (%n)</source>
            <translation>
                <numerusform>The profiles in the list as filtered (%n)</numerusform>
                <numerusform>The profiles in the list as filtered (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All profiles (%n)</source>
            <translation>
                <numerusform>All profiles (%n)</numerusform>
                <numerusform>All profiles (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) written to %1.</source>
            <translation>
                <numerusform>%n profile written to %1.</numerusform>
                <numerusform>%n profiles written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n file(s) exported</source>
            <translation>
                <numerusform>%n file exported</numerusform>
                <numerusform>%n files exported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n profile(s) in the trash</source>
            <translation>
                <numerusform>%n profile in the trash</numerusform>
                <numerusform>%n profiles in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s)</source>
            <translation>
                <numerusform>%n profile</numerusform>
                <numerusform>%n profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) imported…</source>
            <translation>
                <numerusform>%n profile imported…</numerusform>
                <numerusform>%n profiles imported…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockController</name>
        <message numerus="yes">
            <source>Too many failed attempts: wait %n second(s).</source>
            <translation>
                <numerusform>Too many failed attempts: wait %n second.</numerusform>
                <numerusform>Too many failed attempts: wait %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>Every %n day(s)</source>
            <translation>
                <numerusform>Every day</numerusform>
                <numerusform>Every %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
