<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Dossiers from this vault</source>
      <translation>الملفات المُصدَّرة من هذه الخزنة</translation>
    </message>
    <message>
      <source>An address, a phone number or an email</source>
      <translation>عنوان أو رقم هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
      <source>Organisation (Arabic)</source>
      <translation>اسم الجهة (بالعربية)</translation>
    </message>
    <message>
      <source>Organisation (English)</source>
      <translation>اسم الجهة (بالإنجليزية)</translation>
    </message>
    <message>
      <source>Contact on the cover</source>
      <translation>بيانات التواصل على الغلاف</translation>
    </message>
  </context>
</TS>
