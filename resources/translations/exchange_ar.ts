<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="535"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="909"/>
        <source>These fields were changed both here and in another vault without either seeing the other&apos;s change. The later change stands meanwhile in every vault; your decision travels to the others, and the value not kept stays in the history.</source>
        <translation>عُدّلت هذه الحقول هنا وفي خزنة أخرى دون أن ترى إحداهما تعديل الأخرى. يسري التعديل الأحدث مؤقتًا في كل الخزنات؛ وقرارك ينتقل إلى الآخرين، والقيمة التي لا تُعتمد تبقى في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="446"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="469"/>
        <source>No conflicts to settle.</source>
        <translation>لا توجد تعارضات لحسمها.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="470"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="472"/>
        <source>Take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="474"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="35"/>
        <source>Contacts…</source>
        <translation>جهات الاتصال…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="33"/>
        <source>My exchange identity…</source>
        <translation>هويتي للتبادل…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="37"/>
        <source>Sync folder…</source>
        <translation>مجلد المزامنة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="39"/>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="27"/>
        <source>Import spreadsheet…</source>
        <translation>استيراد جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="30"/>
        <source>Find duplicates…</source>
        <translation>البحث عن التكرارات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="33"/>
        <source>Send profiles…</source>
        <translation>إرسال ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="35"/>
        <source>Receive bundle…</source>
        <translation>استلام حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="38"/>
        <source>Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="53"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="55"/>
        <source>E&amp;xchange</source>
        <translation>ت&amp;بادل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="94"/>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="95"/>
        <source>Spreadsheets (%1)</source>
        <translation>جداول البيانات (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/data_actions.py" line="154"/>
        <source>%Ln profile(s) sent.</source>
        <translation>
            <numerusform>أُرسل %Ln ملف.</numerusform>
            <numerusform>أُرسل %Ln ملف.</numerusform>
            <numerusform>أُرسل %Ln ملف.</numerusform>
            <numerusform>أُرسل %Ln ملف.</numerusform>
            <numerusform>أُرسل %Ln ملف.</numerusform>
            <numerusform>أُرسل %Ln ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="91"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="92"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="93"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="94"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="95"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="107"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="109"/>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="129"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="130"/>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="152"/>
        <source>Profile</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="131"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="132"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="153"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="154"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="155"/>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="156"/>
        <source>Mine changed</source>
        <translation>تاريخ تعديلي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/models/data_tables.py" line="157"/>
        <source>Theirs changed</source>
        <translation>تاريخ تعديلهم</translation>
    </message>
</context>
<context>
    <name>DuplicatesController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="221"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="262"/>
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
            <numerusform>أزواج مكررة محتملة: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="264"/>
        <source>No likely duplicates found.</source>
        <translation>لم يُعثر على تكرارات محتملة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="270"/>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="318"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="56"/>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="59"/>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="79"/>
        <source>Kept</source>
        <translation>الملف الباقي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="80"/>
        <source>Goes to the trash after merging</source>
        <translation>يُنقل إلى سلة المهملات بعد الدمج</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="90"/>
        <source>Swap</source>
        <translation>تبديل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="91"/>
        <source>Keep the other profile instead</source>
        <translation>الإبقاء على الملف الآخر بدلًا منه</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="102"/>
        <source>Choose, for each field both profiles fill differently, the value to keep. A field only one of them fills is kept; names that are not kept become aliases.</source>
        <translation>اختر لكل حقل يختلف بين الملفين القيمة التي تبقى. الحقل الموجود في أحدهما فقط يُحتفظ به، والأسماء التي لا تبقى تصبح أسماء أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="111"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="111"/>
        <source>Kept profile</source>
        <translation>الملف الباقي</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="111"/>
        <source>Other profile</source>
        <translation>الملف الآخر</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="120"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="122"/>
        <source>Not duplicates</source>
        <translation>ليسا مكررين</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="142"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/duplicates_dialog.py" line="171"/>
        <source>(kept)</source>
        <translation>(يُحتفظ به)</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="137"/>
        <source>Give this line to the people you exchange profiles with (or let them scan the code): they seal bundles to it and check that yours are signed by it. It is not secret; the private keys never leave the encrypted vault. Then compare the safety number shown with each contact by phone or in person.</source>
        <translation>أعطِ هذا السطر لمن تتبادل معهم الملفات (أو دعهم يمسحون الرمز): يشفّرون الحزم إليه ويتحققون من أن حزمك موقّعة به. ليس سرًّا؛ والمفاتيح الخاصة لا تغادر الخزنة المشفّرة أبدًا. ثم قارن رقم الأمان مع كل جهة اتصال بالهاتف أو وجهًا لوجه.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="133"/>
        <source>My exchange identity</source>
        <translation>هويتي للتبادل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="158"/>
        <source>This vault&apos;s half of every safety number: %1</source>
        <translation>نصيب هذه الخزنة من كل رقم أمان: %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="125"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="126"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="145"/>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>ImportSheetController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="240"/>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="241"/>
        <source>Spreadsheets (%1)</source>
        <translation>جداول البيانات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="257"/>
        <source>Reading the sheet…</source>
        <translation>جارٍ قراءة الجدول…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="260"/>
        <source>The sheet cannot be read</source>
        <translation>تعذّرت قراءة الجدول</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="270"/>
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
            <numerusform>%1 — عدد الصفوف: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="305"/>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="313"/>
        <source>Load a column mapping</source>
        <translation>تحميل مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="306"/>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="323"/>
        <source>Column mappings (%1)</source>
        <translation>مطابقات الأعمدة (%1)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="322"/>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="331"/>
        <source>Save the column mapping</source>
        <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="342"/>
        <source>Checking rows…</source>
        <translation>جارٍ فحص الصفوف…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="357"/>
        <source>The sheet cannot be imported</source>
        <translation>تعذّر استيراد الجدول</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="368"/>
        <source>New profiles: %1 · Updated: %2 · Rows with problems: %3 · Warnings: %4</source>
        <translation>ملفات جديدة: %1 · تُحدَّث: %2 · صفوف بها مشكلات: %3 · تنبيهات: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="375"/>
        <source>%Ln row(s) read from the sheet.</source>
        <translation>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
            <numerusform>قُرئ من الجدول %Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="377"/>
        <source>Nothing has been stored yet.</source>
        <translation>لم يُحفظ شيء بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="385"/>
        <source>Import the good rows only (skip the %Ln row(s) with errors)</source>
        <translation>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
            <numerusform>استيراد الصفوف السليمة فقط (تخطي الصفوف التي بها أخطاء: %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="390"/>
        <source>Some rows have errors. Nothing is imported unless you choose to import the good rows only; a row with an error is always left out whole.</source>
        <translation>في بعض الصفوف أخطاء. لن يُستورد شيء ما لم تختر استيراد الصفوف السليمة فقط؛ والصف الذي به خطأ يُترك كله دائمًا.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="414"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="435"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="446"/>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="453"/>
        <source>New: %1. Updated: %2. Unchanged: %3.</source>
        <translation>جديد: %1. محدَّث: %2. دون تغيير: %3.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="452"/>
        <source>Import cancelled; what was stored before stopping stays.</source>
        <translation>أُلغي الاستيراد؛ ما حُفظ قبل التوقف يبقى.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="459"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="463"/>
        <source>Look for duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="465"/>
        <source>Look for duplicates of the %Ln new profile(s) among those already in the vault?</source>
        <translation>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
            <numerusform>البحث عن تكرارات للملفات الجديدة (%Ln) بين الملفات الموجودة في الخزنة؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="70"/>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="78"/>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="81"/>
        <source>Each column of the sheet fills the field chosen beside it. The suggestions come from the headers; correct them, or choose “Ignore” for a column to leave out.</source>
        <translation>كل عمود في الجدول يملأ الحقل المختار بجانبه. الاقتراحات مأخوذة من العناوين؛ صحّحها، أو اختر «تجاهل» لعمود لا تريده.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="90"/>
        <source>Column in the sheet</source>
        <translation>العمود في الجدول</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="90"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="90"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="98"/>
        <source>Load a mapping…</source>
        <translation>تحميل مطابقة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="99"/>
        <source>Save the mapping…</source>
        <translation>حفظ المطابقة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="133"/>
        <source>No problems found.</source>
        <translation>لم تُوجد مشكلات.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="151"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="152"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="154"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="155"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/import_sheet_dialog.py" line="189"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ReceiveBundleController</name>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="763"/>
        <source>%Ln field(s) were changed on both sides; the later change stands meanwhile in every vault. Open the conflicts now?</source>
        <translation>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
            <numerusform>عُدّل %Ln حقل على الجانبين؛ يسري التعديل الأحدث مؤقتًا في كل الخزنات. هل تفتح التعارضات الآن؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="798"/>
        <source>Accept this sender as a new, unverified contact?</source>
        <translation>هل تقبل هذا المرسل جهة اتصال جديدة غير موثّقة؟</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="748"/>
        <source>From %5. Added: %1. Updated: %2. Unchanged: %3. In conflict: %4.</source>
        <translation>من %5. أُضيف: %1. حُدّث: %2. بلا تغيير: %3. في تعارض: %4.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="756"/>
        <source>Moved to the trash (restorable): %1.</source>
        <translation>نُقل إلى سلة المحذوفات (قابل للاستعادة): %1.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="803"/>
        <source>Name of the new contact:</source>
        <translation>اسم جهة الاتصال الجديدة:</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="792"/>
        <source>This bundle is signed by someone who is not one of your contacts. Nothing was imported. Compare this safety number with the sender before you accept them:</source>
        <translation>هذه الحزمة موقّعة من شخص ليس من جهات اتصالك. لم يُستورد شيء. قارن رقم الأمان هذا مع المرسل قبل أن تقبله:</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="800"/>
        <source>Unknown sender</source>
        <translation>مرسل غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="372"/>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="382"/>
        <source>Receive a bundle</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="373"/>
        <source>Exchange bundles (%1)</source>
        <translation>حزم التبادل (%1)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="383"/>
        <source>This bundle is sealed with a passphrase. Passphrase:</source>
        <translation>هذه الحزمة مقفلة بعبارة مرور. عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="399"/>
        <source>Receiving the bundle…</source>
        <translation>جارٍ استلام الحزمة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="418"/>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="427"/>
        <source>Bundle received</source>
        <translation>استُلمت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="433"/>
        <source>The bundle was not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
</context>
<context>
    <name>SendBundleController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="498"/>
        <source>Not verified: compare the safety number first</source>
        <translation>غير موثّقة: قارن رقم الأمان أولًا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="536"/>
        <source>Tick at least one contact, or paste a recipient&apos;s key.</source>
        <translation>اختر جهة اتصال واحدة على الأقل، أو الصق مفتاح مستلم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="239"/>
        <source>The selected profile(s) (%Ln)</source>
        <translation>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
            <numerusform>الملفات المحددة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="241"/>
        <source>The profiles in the list as filtered (%Ln)</source>
        <translation>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
            <numerusform>ملفات القائمة بعد التصفية (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="243"/>
        <source>All profiles (%Ln)</source>
        <translation>
            <numerusform>كل الملفات (%Ln)</numerusform>
            <numerusform>كل الملفات (%Ln)</numerusform>
            <numerusform>كل الملفات (%Ln)</numerusform>
            <numerusform>كل الملفات (%Ln)</numerusform>
            <numerusform>كل الملفات (%Ln)</numerusform>
            <numerusform>كل الملفات (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="265"/>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="266"/>
        <source>Exchange bundles (%1)</source>
        <translation>حزم التبادل (%1)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="283"/>
        <source>Line %1 is not a public key (age1…).</source>
        <translation>السطر %1 ليس مفتاحًا عامًا (age1…).</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="288"/>
        <source>Type a passphrase, twice.</source>
        <translation>اكتب عبارة مرور مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="290"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="293"/>
        <source>Choose where to write the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="295"/>
        <source>The folder of the bundle file does not exist.</source>
        <translation>مجلد ملف الحزمة غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="331"/>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="342"/>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="343"/>
        <source>%Ln profile(s) written to %1.</source>
        <translation>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
            <numerusform>كُتب %Ln ملف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="348"/>
        <source>Send profiles</source>
        <translation>إرسال ملفات</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="400"/>
        <source>To contacts (or public keys)</source>
        <translation>إلى جهات الاتصال (أو مفاتيح عامة)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="411"/>
        <source>pe1:… or age1… (one key per line, for someone not in your contacts)</source>
        <translation>pe1:… أو age1… (مفتاح في كل سطر، لمن ليس في جهات اتصالك)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="157"/>
        <source>Send profiles</source>
        <translation>إرسال ملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="169"/>
        <source>With a passphrase</source>
        <translation>بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="183"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="184"/>
        <source>Repeat it</source>
        <translation>أعدها</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="188"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="197"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="199"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="206"/>
        <source>Profiles</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="208"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="213"/>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="345"/>
        <source>Compare this safety number with %1, by phone or in person. Mark verified only if every digit is the same on their screen:</source>
        <translation>قارن رقم الأمان هذا مع %1 بالهاتف أو وجهًا لوجه. لا تعلّمه موثّقًا إلا إذا تطابقت كل الأرقام مع ما على شاشته:</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="366"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="293"/>
        <source>No — not verified</source>
        <translation>لا — غير موثّق</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="364"/>
        <source>Remove %1? Bundles signed by them will be refused from now on.</source>
        <translation>حذف %1؟ ستُرفض الحزم الموقّعة منه من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="351"/>
        <source>Verify a contact</source>
        <translation>توثيق جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="293"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="241"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="225"/>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="215"/>
        <source>Bundles are accepted only from contacts. Mark a contact verified once you have compared the safety number with them by phone or in person: bundles from an unverified contact are merged only after you review every change.</source>
        <translation>لا تُقبل الحزم إلا من جهات الاتصال. علّم جهة الاتصال موثّقة بعد أن تقارن رقم الأمان معها بالهاتف أو وجهًا لوجه: حزم جهة غير موثّقة لا تُدمج إلا بعد مراجعتك لكل تغيير.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="250"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="211"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="246"/>
        <source>Mark verified after comparing the safety number…</source>
        <translation>تعليمها موثّقة بعد مقارنة رقم الأمان…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="225"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="249"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="225"/>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="225"/>
        <source>Verified</source>
        <translation>موثّقة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="239"/>
        <source>pe1:age1… (their identity line)</source>
        <translation>pe1:age1… (سطر هويتها)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="629"/>
        <source>After the merge</source>
        <translation>بعد الدمج</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="629"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="638"/>
        <source>In the trash</source>
        <translation>في سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="647"/>
        <source>Merge these changes</source>
        <translation>دمج هذه التغييرات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="662"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="618"/>
        <source>Not verified: you have not compared the safety number of %1. Nothing is written until you accept these %2 changes.</source>
        <translation>غير موثّقة: لم تقارن رقم الأمان الخاص بـ%1. لن يُكتب شيء حتى تقبل هذه التغييرات وعددها %2.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="629"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="629"/>
        <source>Profile</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="649"/>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="614"/>
        <source>Review a bundle from %1</source>
        <translation>مراجعة حزمة من %1</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="662"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="857"/>
        <source>Choose the shared sync folder</source>
        <translation>اختر مجلد المزامنة المشترك</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="864"/>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/exchange_dialogs.py" line="883"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
</context>
</TS>
