<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>CampaignLineFields</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/campaign_line.py" line="23" />
        <source>Campaign line (Arabic)</source>
        <translation>شعار الحملة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/campaign_line.py" line="24" />
        <source>Campaign line (English)</source>
        <translation>شعار الحملة (بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>CardChoices</name>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="18" />
        <source>Portrait 1080×1350</source>
        <translation>طولية 1080×1350</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="19" />
        <source>Square 1080×1080</source>
        <translation>مربعة 1080×1080</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="20" />
        <source>Link preview 1200×675 (X/Twitter)</source>
        <translation>معاينة رابط 1200×675 (إكس/تويتر)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="21" />
        <source>Photo first</source>
        <translation>الصورة أولًا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="22" />
        <source>Figure first</source>
        <translation>الرقم أولًا</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="23" />
        <source>Days in detention</source>
        <translation>أيام الاحتجاز</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="24" />
        <source>Years in detention</source>
        <translation>سنوات الاحتجاز</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/dialogs/card_choices.py" line="34" />
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="88" />
        <source>Public (consenting people only)</source>
        <translation>عام (الموافقون على النشر فقط)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="89" />
        <source>Partner</source>
        <translation>للشركاء</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="90" />
        <source>Internal (everyone in the list)</source>
        <translation>داخلي (كل من في القائمة)</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="97" />
        <source>Save charts…</source>
        <translation>حفظ الرسوم البيانية…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="135" />
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="191" />
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="210" />
        <source>%1 of the %2 profiles in the list are counted at this level.</source>
        <translation>يُحتسب %1 من أصل %2 ملفًا في القائمة عند هذا المستوى.</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="274" />
        <source>Folder for the charts</source>
        <translation>مجلد الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="290" />
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="294" />
        <source>Save charts</source>
        <translation>حفظ الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/views/statistics_view.py" line="295" />
        <source>%1 files written to %2.</source>
        <translation>كُتب %1 ملفًا في %2.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/profileeditor/gui/editor/timeline_view.py" line="37" />
        <location filename="../../src/profileeditor/gui/editor/timeline_view.py" line="41" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../src/profileeditor/gui/editor/timeline_view.py" line="44" />
        <source>The timeline of the record: arrest, detention places, cases, sessions, events and release.</source>
        <translation>الخط الزمني للسجل: القبض وأماكن الاحتجاز والقضايا والجلسات والأحداث والإفراج.</translation>
    </message>
</context>
</TS>