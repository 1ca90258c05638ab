<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>FilterBar</name>
        <message>
            <source>Ever held there</source>
            <translation>احتُجز فيه يومًا</translation>
        </message>
        <message>
            <source>Held there now</source>
            <translation>محتجز فيه الآن</translation>
        </message>
        <message>
            <source>Which detentions the facility filter reads</source>
            <translation>أي فترات الاحتجاز يقرؤها مرشّح مكان الاحتجاز</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>Only the records whose dates or status contradict each other</source>
            <translation>السجلات التي تتناقض تواريخها أو وضعها فقط</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Restore this value</source>
            <translation>استعادة هذه القيمة</translation>
        </message>
        <message>
            <source>Profile created</source>
            <translation>أُنشئ الملف</translation>
        </message>
        <message>
            <source>Profile imported</source>
            <translation>استُورد الملف</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>نُقل إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Restored from the trash</source>
            <translation>استُعيد من سلة المهملات</translation>
        </message>
        <message>
            <source>Profile changed</source>
            <translation>تغيّر الملف</translation>
        </message>
        <message>
            <source>%1, %2, by %3</source>
            <translation>%1، %2، بواسطة %3</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>%1: %2 → %3, %4, by %5</source>
            <translation>%1: %2 ← %3، %4، بواسطة %5</translation>
        </message>
        <message>
            <source>%1: %2 → %3, %4</source>
            <translation>%1: %2 ← %3، %4</translation>
        </message>
        <message>
            <source>Conflict settled: %1</source>
            <translation>تعارض حُسم: %1</translation>
        </message>
        <message>
            <source>Export level of %1</source>
            <translation>مستوى تصدير %1</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>بالعربية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>بالإنجليزية</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>للشركاء</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>داخلي</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>مستند</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Put back the value before this change: %1</source>
            <translation>إعادة القيمة التي سبقت هذا التغيير: %1</translation>
        </message>
    </context>
    <context>
        <name>PlaceField</name>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>ProfileEditor</name>
        <message>
            <source>Restore %1</source>
            <translation>استعادة %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileListModel</name>
        <message>
            <source>Needs attention</source>
            <translation>تحتاج إلى مراجعة</translation>
        </message>
    </context>
</TS>
