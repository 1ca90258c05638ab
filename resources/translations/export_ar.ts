<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="53" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="59" />
            <source>Backups are encrypted copies kept inside the vault folder (the last ten). Restoring makes a new vault folder; the open vault is not touched.</source>
            <translation>النسخ الاحتياطية نسخ مشفرة تُحفظ داخل مجلد الخزنة (آخر عشر نسخ). الاستعادة تُنشئ مجلد خزنة جديدًا ولا تمس الخزنة المفتوحة.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="68" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="68" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="75" />
            <source>Back up automatically when the vault is opened and the newest backup is more than a day old</source>
            <translation>نسخ احتياطي تلقائي عند فتح الخزنة إذا مضى أكثر من يوم على أحدث نسخة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="85" />
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="86" />
            <source>Back up to a folder…</source>
            <translation>نسخ احتياطي إلى مجلد…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="87" />
            <source>Restore to a new folder…</source>
            <translation>استعادة إلى مجلد جديد…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="138" />
            <source>Backing up…</source>
            <translation>جارٍ النسخ الاحتياطي…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="142" />
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="148" />
            <source>New folder for the backup</source>
            <translation>مجلد جديد للنسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="159" />
            <source>Restore the backup into a new folder</source>
            <translation>استعادة النسخة الاحتياطية إلى مجلد جديد</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="167" />
            <source>Restore</source>
            <translation>الاستعادة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="168" />
            <source>Choose a new folder outside the open vault's folder.</source>
            <translation>اختر مجلدًا جديدًا خارج مجلد الخزنة المفتوحة.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="174" />
            <source>Restoring…</source>
            <translation>جارٍ الاستعادة…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="178" />
            <source>Backup restored</source>
            <translation>استُعيدت النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="179" />
            <source>Restored into %1. Open it with File → Open another vault.</source>
            <translation>استُعيدت إلى %1. افتحها من ملف ← فتح خزنة أخرى.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="184" />
            <source>Restore failed</source>
            <translation>فشلت الاستعادة</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="218" />
            <source>Export profiles</source>
            <translation>تصدير الملفات</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="229" />
            <source>The current profile</source>
            <translation>الملف الحالي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="230" />
            <source>The selected rows (%1)</source>
            <translation>الصفوف المحددة (%1)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="231" />
            <source>The filtered list (%1)</source>
            <translation>القائمة بعد التصفية (%1)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="232" />
            <source>All profiles (%1)</source>
            <translation>كل الملفات (%1)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="253" />
            <source>PDF dossier</source>
            <translation>ملف PDF</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="254" />
            <source>Word dossier (.docx)</source>
            <translation>مستند Word ‏(.docx)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="255" />
            <source>Social-media cards (PNG, one per profile)</source>
            <translation>بطاقات لوسائل التواصل (PNG، بطاقة لكل ملف)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="0" />
            <source>Campaign charts (PNG and SVG, a folder)</source>
            <translation>رسوم بيانية للحملة (PNG وSVG، في مجلد)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="0" />
            <source>Website (a folder; public, consenting people only)</source>
            <translation>موقع إلكتروني (مجلد؛ عام، لمن وافقوا فقط)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="0" />
            <source>Uwazi CSV files (a folder)</source>
            <translation>ملفات CSV لمنصة Uwazi (في مجلد)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="0" />
            <source>A website is public: choose the public level, without unconsented profiles.</source>
            <translation>الموقع الإلكتروني منشور للعامة: اختر المستوى العام، دون الملفات التي لم يوافق أصحابها.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="0" />
            <source>Folder for the export</source>
            <translation>مجلد التصدير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="256" />
            <source>CSV spreadsheet</source>
            <translation>جدول CSV</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="257" />
            <source>Excel spreadsheet (.xlsx)</source>
            <translation>جدول Excel ‏(.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="258" />
            <source>JSON (interchange format)</source>
            <translation>JSON (صيغة التبادل)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="265" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="266" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="267" />
            <source>Arabic and English</source>
            <translation>العربية والإنجليزية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="273" />
            <source>Public</source>
            <translation>عام</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="274" />
            <source>Partner</source>
            <translation>للشركاء</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="275" />
            <source>Internal</source>
            <translation>داخلي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="280" />
            <source>Only public fields, and only profiles whose consent is full — for the media.</source>
            <translation>الحقول العامة فقط، والملفات ذات الموافقة الكاملة فقط — لوسائل الإعلام.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="283" />
            <source>Adds the fields meant for partner organisations — not for publication.</source>
            <translation>يضيف الحقول المخصصة للمنظمات الشريكة — ليس للنشر.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="286" />
            <source>Everything, confidential fields included — for your own team only.</source>
            <translation>كل شيء بما في ذلك الحقول السرية — لفريقك وحده.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="292" />
            <source>Include profiles without full consent</source>
            <translation>تضمين الملفات التي لا تحمل موافقة كاملة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="296" />
            <source>Publishing a person without their family's full consent can put them and their family at risk. Check each profile first.</source>
            <translation>نشر بيانات شخص دون موافقة كاملة من أسرته قد يعرّضه ويعرّض أسرته للخطر. راجع كل ملف أولًا.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="312" />
            <source>Optional: the PDF asks for it on opening</source>
            <translation>اختياري: يطلبها ملف PDF عند فتحه</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="313" />
            <source>Repeat the password</source>
            <translation>أعد كتابة كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="318" />
            <source>Choose where to save the export</source>
            <translation>اختر مكان حفظ التصدير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="319" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="327" />
            <source>The exported file is NOT encrypted: it leaves the vault's protection, and anyone who gets hold of it can read it. Keep it on an encrypted disk and delete it once it has been sent.</source>
            <translation>الملف المُصدَّر غير مشفّر: يخرج من حماية الخزنة، ويستطيع أي شخص يحصل عليه أن يقرأه. احفظه على قرص مشفّر واحذفه بعد إرساله.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="348" />
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="357" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="363" />
            <source>Profiles:</source>
            <translation>الملفات:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="364" />
            <source>Format:</source>
            <translation>الصيغة:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="365" />
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="366" />
            <source>Level:</source>
            <translation>المستوى:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="370" />
            <source>PDF password:</source>
            <translation>كلمة مرور PDF:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="371" />
            <source>Repeat:</source>
            <translation>إعادة:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="374" />
            <source>Save to:</source>
            <translation>الحفظ في:</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="440" />
            <source>The two passwords differ.</source>
            <translation>كلمتا المرور مختلفتان.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="442" />
            <source>Choose where to save the export.</source>
            <translation>اختر مكان حفظ التصدير.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="476" />
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF ‏(*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="477" />
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word ‏(*.docx)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="478" />
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV ‏(*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="479" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنفات Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="480" />
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON ‏(*.json)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="486" />
            <source>Save the export</source>
            <translation>حفظ التصدير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="514" />
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="515" />
            <source>Reading profiles…</source>
            <translation>جارٍ قراءة الملفات…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="515" />
            <source>Writing the export…</source>
            <translation>جارٍ كتابة التصدير…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="528" />
            <source>Exported to %1.</source>
            <translation>صُدِّر إلى %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="531" />
            <source>%Ln file(s) exported</source>
            <translation>
                <numerusform>لم يُصدَّر أي ملف</numerusform>
                <numerusform>صُدِّر ملف واحد</numerusform>
                <numerusform>صُدِّر ملفان</numerusform>
                <numerusform>صُدِّرت %Ln ملفات</numerusform>
                <numerusform>صُدِّر %Ln ملفًا</numerusform>
                <numerusform>صُدِّر %Ln ملف</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="539" />
            <source>Export cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="542" />
            <source>Export failed.</source>
            <translation>فشل التصدير.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/dialogs/export_dialog.py" line="543" />
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
    </context>
</TS>