<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>StatisticsView</name>
    <message>
        <source>Saving the charts…</source>
        <translation>جارٍ حفظ الرسوم البيانية…</translation>
    </message>
</context>
</TS>
