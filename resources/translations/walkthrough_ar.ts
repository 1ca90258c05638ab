<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<!-- Strings added for issue 13 outside the editor (main window, list, dialogs). -->
    <context>
        <name>ProfileListModel</name>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Replace the file?</source>
            <translation>استبدال الملف؟</translation>
        </message>
        <message>
            <source>“%1” already exists in “%2”. Replace it with this export?</source>
            <translation>«%1» موجود من قبل في «%2». هل تستبدل به هذا التصدير؟</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add a session</source>
            <translation>إضافة جلسة</translation>
        </message>
        <message>
            <source>Record a renewal session for the person selected (Ctrl+Shift+R)</source>
            <translation>تسجيل جلسة تجديد للشخص المحدد (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>ERASE</source>
            <translation>امسح</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Demo vault: fictional profiles, deleted when you quit. Its passphrase is “%1”.</source>
            <translation>خزنة تجريبية: ملفات خيالية تُحذف عند الخروج. عبارة مرورها «%1».</translation>
        </message>
    </context>
</TS>
