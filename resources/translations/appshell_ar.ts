<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restored into %1.

Open the restored vault now? The vault open now is locked first; the restored one asks for its passphrase.</source>
            <translation>استُعيدت النسخة في %1.

هل تفتح الخزنة المستعادة الآن؟ تُقفل الخزنة المفتوحة أولًا، وتطلب الخزنة المستعادة عبارة مرورها.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Restart now in the new language? The vault is locked and asks for its passphrase again; your changes are saved. Otherwise the new language applies the next time Profile Editor starts.</source>
            <translation>إعادة التشغيل الآن باللغة الجديدة؟ تُقفل الخزنة وتطلب عبارة المرور مرة أخرى، وتُحفظ تغييراتك. وإلا فستُطبَّق اللغة الجديدة عند التشغيل التالي لمحرر الملفات.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>I was compromised…</source>
            <translation>تعرّضتُ للاختراق…</translation>
        </message>
        <message>
            <source>New recovery key…</source>
            <translation>مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <source>Opened with a warning</source>
            <translation>فُتحت مع تحذير</translation>
        </message>
    </context>
</TS>
