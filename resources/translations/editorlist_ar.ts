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
        <name>ProfileListModel</name>
        <message>
            <source>Needs attention</source>
            <translation>تحتاج إلى مراجعة</translation>
        </message>
    </context>
</TS>
