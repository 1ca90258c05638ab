<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="37" />
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="43" />
        <source>Backups are encrypted copies kept inside the vault folder (the last ten). Restoring makes a new vault folder; the open vault is not touched.</source>
        <translation>النسخ الاحتياطية نسخ مشفرة تُحفظ داخل مجلد الخزنة (آخر عشر نسخ). الاستعادة تُنشئ مجلد خزنة جديدًا ولا تمس الخزنة المفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="51" />
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="52" />
        <source>Back up to a folder…</source>
        <translation>نسخ احتياطي إلى مجلد…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="53" />
        <source>Restore to a new folder…</source>
        <translation>استعادة إلى مجلد جديد…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="87" />
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="91" />
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="97" />
        <source>New folder for the backup</source>
        <translation>مجلد جديد للنسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="108" />
        <source>Restore the backup into a new folder</source>
        <translation>استعادة النسخة الاحتياطية إلى مجلد جديد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="115" />
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="119" />
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="120" />
        <source>Restored into %1. Open it with File → Open another vault.</source>
        <translation>استُعيدت إلى %1. افتحها من ملف ← فتح خزنة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/backups.py" line="125" />
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="88" />
        <source>Create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="96" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="117" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="118" />
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="126" />
        <source>In folder</source>
        <translation>في المجلد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="127" />
        <source>Vault name</source>
        <translation>اسم الخزنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="128" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="131" />
        <source>Repeat passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="140" />
        <source>The passphrase encrypts everything in the vault. Use several words that only you know; it cannot be reset, only replaced with the recovery key.</source>
        <translation>عبارة المرور تشفّر كل ما في الخزنة. استخدم عدة كلمات لا يعرفها غيرك؛ لا يمكن إعادة تعيينها، بل استبدالها بمفتاح الاسترداد فقط.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="31" />
        <source>Search names, places, cases… (Ctrl+F)</source>
        <translation>ابحث في الأسماء والأماكن والقضايا… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="34" />
        <source>Any status</source>
        <translation>أي وضع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="35" />
        <source>Any profession</source>
        <translation>أي مهنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="36" />
        <source>Any prosecution</source>
        <translation>أي نيابة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="40" />
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="129" />
        <source>Any facility</source>
        <translation>أي مكان احتجاز</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="43" />
        <source>Any detention length</source>
        <translation>أي مدة احتجاز</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="44" />
        <source>Beyond the legal limit</source>
        <translation>تجاوز الحد القانوني</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="45" />
        <source>Within the legal limit</source>
        <translation>ضمن الحد القانوني</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="48" />
        <source>Any consent</source>
        <translation>أي موافقة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/filter_bar.py" line="58" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="213" />
        <source>Profile Editor</source>
        <translation>محرر الملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="220" />
        <source>Profiles of detained people, encrypted on this computer. Create a vault, open an existing one, or try the demo vault of fictional profiles.</source>
        <translation>ملفات المحتجزين، مشفرة على هذا الحاسوب. أنشئ خزنة، أو افتح خزنة موجودة، أو جرّب الخزنة التجريبية ذات الملفات الخيالية.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="226" />
        <source>Create a new vault…</source>
        <translation>إنشاء خزنة جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="228" />
        <source>Open a vault…</source>
        <translation>فتح خزنة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="230" />
        <source>Open the demo vault</source>
        <translation>فتح الخزنة التجريبية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="232" />
        <source>Recent vaults</source>
        <translation>الخزائن الأخيرة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Erase this vault…</source>
        <translation>محو هذه الخزنة…</translation>
    </message>
    <message>
        <source>Erase this vault</source>
        <translation>محو هذه الخزنة</translation>
    </message>
    <message>
        <source>This destroys the keys of “%1” and of the backups in its folder: nothing in it can be read again, by anyone, with any passphrase or the recovery key. Copies made elsewhere keep their own key.

Type %2 to erase.</source>
        <translation>سيُتلف هذا مفاتيح «%1» ومفاتيح النسخ الاحتياطية في مجلدها: لن يستطيع أحد قراءة أي شيء فيها بعد ذلك، بأي عبارة مرور أو بمفتاح الاسترداد. أما النسخ المحفوظة في أماكن أخرى فتحتفظ بمفاتيحها الخاصة.

اكتب %2 للمحو.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="97" />
        <source>Profile Editor</source>
        <translation>محرر الملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="107" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="108" />
        <source>Delete for good…</source>
        <translation>حذف نهائي…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="109" />
        <source>Empty the trash…</source>
        <translation>إفراغ سلة المهملات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="112" />
        <source>Trash:</source>
        <translation>سلة المهملات:</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="185" />
        <location filename="../../src/profileeditor/gui/main_window.py" line="432" />
        <source>New profile</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="188" />
        <source>Move to trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="197" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="202" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="203" />
        <source>Lock the vault (Ctrl+L)</source>
        <translation>قفل الخزنة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="204" />
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="207" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="210" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="213" />
        <source>Import JSON…</source>
        <translation>استيراد JSON…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="216" />
        <source>Create a backup now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="219" />
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="221" />
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="223" />
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="225" />
        <source>Open another vault…</source>
        <translation>فتح خزنة أخرى…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="226" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="245" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="249" />
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="259" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="266" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="268" />
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="312" />
        <source>Profile Editor — %1</source>
        <translation>محرر الملفات — %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="356" />
        <source>Profile Editor — locked</source>
        <translation>محرر الملفات — مقفل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/main_window.py" line="382" />
        <source>%Ln profile(s) in the trash</source>
        <translation><numerusform>سلة المهملات فارغة</numerusform><numerusform>ملف واحد في سلة المهملات</numerusform><numerusform>ملفان في سلة المهملات</numerusform><numerusform>%Ln ملفات في سلة المهملات</numerusform><numerusform>%Ln ملفًا في سلة المهملات</numerusform><numerusform>%Ln ملف في سلة المهملات</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/main_window.py" line="385" />
        <source>%Ln profile(s)</source>
        <translation><numerusform>لا ملفات</numerusform><numerusform>ملف واحد</numerusform><numerusform>ملفان</numerusform><numerusform>%Ln ملفات</numerusform><numerusform>%Ln ملفًا</numerusform><numerusform>%Ln ملف</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/main_window.py" line="387" />
        <source>%Ln match(es)</source>
        <translation><numerusform>لا نتائج</numerusform><numerusform>نتيجة واحدة</numerusform><numerusform>نتيجتان</numerusform><numerusform>%Ln نتائج</numerusform><numerusform>%Ln نتيجة</numerusform><numerusform>%Ln نتيجة</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="449" />
        <source>Moved to the trash.</source>
        <translation>نُقل إلى سلة المهملات.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="469" />
        <source>Restored.</source>
        <translation>استُعيد.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="477" />
        <source>Delete for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="478" />
        <source>Delete this profile and its history for good? This cannot be undone.</source>
        <translation>حذف هذا الملف وسجله نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="489" />
        <source>Empty the trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="490" />
        <source>Delete every profile in the trash for good? This cannot be undone.</source>
        <translation>حذف كل الملفات في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="501" />
        <source>Import profiles</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="501" />
        <source>Profile files (*.json)</source>
        <translation>ملفات الملفات الشخصية (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/main_window.py" line="512" />
        <source>%Ln profile(s) imported…</source>
        <translation><numerusform>لم يُستورد أي ملف…</numerusform><numerusform>استُورد ملف واحد…</numerusform><numerusform>استُورد ملفان…</numerusform><numerusform>استُوردت %Ln ملفات…</numerusform><numerusform>استُورد %Ln ملفًا…</numerusform><numerusform>استُورد %Ln ملف…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="521" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="523" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="533" />
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="534" />
        <source>New: %1. Updated: %2. Unchanged: %3.</source>
        <translation>جديد: %1. محدَّث: %2. دون تغيير: %3.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="556" />
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="559" />
        <source>Backup made: %1</source>
        <translation>تم النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/main_window.py" line="561" />
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="50" />
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="51" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="52" />
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="53" />
        <source>Profession</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="54" />
        <source>Days detained</source>
        <translation>أيام الاحتجاز</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="55" />
        <source>Current facility</source>
        <translation>مكان الاحتجاز الحالي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="56" />
        <source>Case numbers</source>
        <translation>أرقام القضايا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="57" />
        <source>Beyond limit</source>
        <translation>تجاوز الحد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="58" />
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="276" />
        <source>Pretrial detention beyond the legal limit</source>
        <translation>حبس احتياطي تجاوز الحد القانوني</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/profile_list.py" line="280" />
        <source>Approximate: some dates are known only to the month or year</source>
        <translation>تقريبي: بعض التواريخ معروفة بالشهر أو السنة فقط</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="163" />
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="170" />
        <source>This key opens the vault if the passphrase is forgotten. It is shown only now. Write it down or print it and keep it somewhere safe, away from this computer. Anyone who has it can open the vault.</source>
        <translation>يفتح هذا المفتاح الخزنة إذا نُسيت عبارة المرور. لن يظهر إلا الآن. اكتبه أو اطبعه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. كل من يملكه يستطيع فتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="184" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="185" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="186" />
        <source>Save to a file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="187" />
        <source>I have stored the recovery key safely</source>
        <translation>حفظتُ مفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="189" />
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="29" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="33" />
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="42" />
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="45" />
        <source>Remember recently opened vaults</source>
        <translation>تذكّر الخزائن المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="48" />
        <source>Off by default: a list of vault folders on a seized laptop tells where to look.</source>
        <translation>معطّل افتراضيًا: قائمة مجلدات الخزائن على حاسوب مصادَر تدل على مكانها.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="53" />
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="103" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="54" />
        <source>Lock when idle for</source>
        <translation>القفل بعد خمول مدته</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="57" />
        <source>This vault (stored encrypted inside it)</source>
        <translation>هذه الخزنة (تُحفظ مشفرة بداخلها)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="60" />
        <source>Shown in the history of each change</source>
        <translation>يظهر في سجل كل تعديل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="66" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/settings_dialog.py" line="67" />
        <source>Legal pretrial limit</source>
        <translation>الحد القانوني للحبس الاحتياطي</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="92" />
        <source>Type the passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="98" />
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="120" />
        <source>That recovery key does not open this vault.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="122" />
        <source>Wrong passphrase. Check the keyboard language and Caps Lock.</source>
        <translation>عبارة المرور خاطئة. تحقق من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="128" />
        <source>Too many failed attempts: wait %Ln second(s).</source>
        <translation><numerusform>محاولات فاشلة كثيرة: انتظر.</numerusform><numerusform>محاولات فاشلة كثيرة: انتظر ثانية واحدة.</numerusform><numerusform>محاولات فاشلة كثيرة: انتظر ثانيتين.</numerusform><numerusform>محاولات فاشلة كثيرة: انتظر %Ln ثوانٍ.</numerusform><numerusform>محاولات فاشلة كثيرة: انتظر %Ln ثانية.</numerusform><numerusform>محاولات فاشلة كثيرة: انتظر %Ln ثانية.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="134" />
        <source>There is no vault in this folder, or part of it is missing.</source>
        <translation>لا توجد خزنة في هذا المجلد، أو أن جزءًا منها مفقود.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="138" />
        <source>The vault is damaged and cannot be read.</source>
        <translation>الخزنة تالفة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="140" />
        <source>You can restore its latest backup into a new folder.</source>
        <translation>يمكنك استعادة أحدث نسخة احتياطية منها إلى مجلد جديد.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="147" />
        <source>The vault could not be opened: %1</source>
        <translation>تعذر فتح الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="165" />
        <source>Restore the backup into a new folder</source>
        <translation>استعادة النسخة الاحتياطية إلى مجلد جديد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="172" />
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="176" />
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/unlock.py" line="177" />
        <source>The backup was restored. Unlock it with the same passphrase.</source>
        <translation>استُعيدت النسخة الاحتياطية. افتحها بعبارة المرور نفسها.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="34" />
        <source>This vault is locked</source>
        <translation>هذه الخزنة مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="42" />
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="92" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="47" />
        <source>Unlock with the recovery key instead</source>
        <translation>الفتح بمفتاح الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="48" />
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="51" />
        <source>Another vault…</source>
        <translation>خزنة أخرى…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="56" />
        <source>Restore the latest backup…</source>
        <translation>استعادة أحدث نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/unlock_view.py" line="92" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="261" />
        <source>Profile Editor</source>
        <translation>محرر الملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="319" />
        <source>Open a vault folder</source>
        <translation>فتح مجلد خزنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="331" />
        <source>Where should the new vault be kept?</source>
        <translation>أين تُحفظ الخزنة الجديدة؟</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="356" />
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="357" />
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="362" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="382" />
        <source>Creating the vault…</source>
        <translation>جارٍ إنشاء الخزنة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="403" />
        <source>The vault could not be created: %1</source>
        <translation>تعذر إنشاء الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="413" />
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="419" />
        <source>Profile Editor — recovery key</source>
        <translation>محرر الملفات — مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="421" />
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="429" />
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="429" />
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="436" />
        <source>Could not save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/welcome.py" line="453" />
        <source>Preparing the demo vault…</source>
        <translation>جارٍ تجهيز الخزنة التجريبية…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/profileeditor/gui/workers.py" line="113" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>The vault could not be read or written: %1.</source>
        <translation>تعذّرت القراءة من الخزنة أو الكتابة فيها: %1.</translation>
    </message>
    <message>
        <source>A storage error that is a bug in Profile Editor: %1</source>
        <translation>خطأ في التخزين سببه عيب في محرر الملفات: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
    <message>
        <source>Profile Editor — error</source>
        <translation>محرر الملفات — خطأ</translation>
    </message>
</context>
</TS>