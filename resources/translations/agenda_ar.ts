<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="63" />
            <source> days ahead</source>
            <translation> يومًا قادمًا</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="66" />
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="75" />
            <source>When</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="75" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="75" />
            <source>What</source>
            <translation>البند</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="87" />
            <source>Public: people with full consent</source>
            <translation>عام: من أعطوا موافقة كاملة فقط</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="88" />
            <source>Partner</source>
            <translation>للشركاء</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="89" />
            <source>Internal</source>
            <translation>داخلي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="92" />
            <source>Export calendar…</source>
            <translation>تصدير التقويم…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="94" />
            <source>Milestone card…</source>
            <translation>بطاقة المناسبة…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="99" />
            <source>A calendar file is NOT encrypted: anyone who gets hold of it can read the names and dates in it.</source>
            <translation>ملف التقويم غير مشفّر: يستطيع أي شخص يحصل عليه قراءة ما فيه من أسماء وتواريخ.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="133" />
            <source>Profiles</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="134" />
            <source>Agenda</source>
            <translation>الأجندة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="199" />
            <source>Coming up and the past week (%Ln)</source>
            <translation>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
                <numerusform>القادم والأسبوع الماضي (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="200" />
            <source>Needs attention (%Ln)</source>
            <translation>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
                <numerusform>يحتاج إلى مراجعة (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="221" />
            <source>… and %Ln more (profileeditor agenda --json lists them all)</source>
            <translation>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
                <numerusform>… و%Ln غيرها (الأمر profileeditor agenda --json يعرضها كلها)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="269" />
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="285" />
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="289" />
            <source>Export calendar</source>
            <translation>تصدير التقويم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="269" />
            <source>Calendar files (*.ics)</source>
            <translation>ملفات التقويم (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="290" />
            <source>%1 events written to %2. The file is not encrypted.</source>
            <translation>كُتب %1 موعدًا في %2. الملف غير مشفّر.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="304" />
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="326" />
            <source>Milestone card</source>
            <translation>بطاقة المناسبة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/views/agenda_view.py" line="304" />
            <source>PNG images (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
    </context>
</TS>