<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="207" />
        <source>Counting… %1 of %2 profiles read.</source>
        <translation>جارٍ العدّ… قُرئ %1 من أصل %2 ملفًا.</translation>
    </message>
</context>
</TS>
