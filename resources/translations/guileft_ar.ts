<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CampaignLineFields</name>
    <message>
        <source>At most %1 characters; the rest was not taken.</source>
        <translation>%1 حرف على الأكثر؛ لم يُؤخذ ما زاد عليها.</translation>
    </message>
    <message>
        <source>The covers, cards, charts and website show no more than this.</source>
        <translation>لا تعرض الأغلفة والبطاقات والرسوم البيانية والموقع أكثر من ذلك.</translation>
    </message>
</context>
<context>
    <name>EditorInputError</name>
    <message>
        <source>Invisible direction controls were removed: they would turn the text after them around.</source>
        <translation>حُذفت علامات اتجاه غير مرئية: كانت ستقلب ترتيب النص الذي يليها.</translation>
    </message>
</context>
</TS>
