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
</TS>
