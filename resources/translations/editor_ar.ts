<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>AttachmentsTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="101" />
            <source>File</source>
            <translation>المرفق</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="101" />
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="111" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="101" />
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="101" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="103" />
            <source>Add file…</source>
            <translation>إضافة مرفق…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="109" />
            <source>File name</source>
            <translation>اسم الملف</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="116" />
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="151" />
            <source>Photo</source>
            <translation>صورة شخصية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="117" />
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="152" />
            <source>Document</source>
            <translation>مستند</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="118" />
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="153" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="122" />
            <source>Caption</source>
            <translation>التعليق</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="123" />
            <source>Credit</source>
            <translation>الإسناد</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="125" />
            <source>Export level</source>
            <translation>مستوى التصدير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="129" />
            <source>Content</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="131" />
            <source>Type</source>
            <translation>نوع المحتوى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="132" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="133" />
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="134" />
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="171" />
            <source>Add a file</source>
            <translation>إضافة مرفق</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="171" />
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="181" />
            <source>Could not read the file: %1</source>
            <translation>تعذّرت قراءة الملف: %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="185" />
            <source>Could not take in this image: %1</source>
            <translation>تعذّر قبول هذه الصورة: %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="201" />
            <source>Export a copy</source>
            <translation>تصدير نسخة</translation>
        </message>
    </context>
    <context>
        <name>BilingualField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="330" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="330" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>BiographyTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/identity.py" line="149" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/identity.py" line="154" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>BoolField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="406" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="406" />
            <source>No</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="44" />
            <source>Case</source>
            <translation>القضية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="44" />
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="57" />
            <source>Prosecution</source>
            <translation>النيابة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="44" />
            <source>Joined</source>
            <translation>تاريخ الضم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="44" />
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="51" />
            <source>Add case</source>
            <translation>إضافة قضية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="69" />
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="84" />
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="106" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="70" />
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="85" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="71" />
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="88" />
            <source>Outcome</source>
            <translation>القرار</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="72" />
            <source>Days</source>
            <translation>المدة (أيام)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="73" />
            <source>Next</source>
            <translation>الجلسة التالية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="74" />
            <source>Present</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="78" />
            <source>Add session</source>
            <translation>إضافة جلسة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="99" />
            <source>Sessions (renewals, hearings)</source>
            <translation>الجلسات (تجديد الحبس والمحاكمة)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="103" />
            <source>Sentence</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="137" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/cases.py" line="137" />
            <source>No</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>ChargesField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="450" />
            <source>choose or type a charge</source>
            <translation>اختر اتهامًا أو اكتبه</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="451" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="452" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>ConfidentialTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/confidential.py" line="33" />
            <source>Confidential: these fields never appear in a public export. Family contacts and notes stay inside the organisation.</source>
            <translation>سري: هذه الحقول لا تظهر أبدًا في أي تصدير عام. بيانات التواصل مع الأسرة والملاحظات تبقى داخل المنظمة.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/confidential.py" line="59" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/confidential.py" line="59" />
            <source>Raised to</source>
            <translation>رُفع إلى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/confidential.py" line="65" />
            <source>Back to the default level</source>
            <translation>العودة إلى المستوى الافتراضي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/confidential.py" line="72" />
            <source>Levels raised for this profile</source>
            <translation>المستويات المرفوعة في هذا الملف</translation>
        </message>
    </context>
    <context>
        <name>DataField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="80" />
            <source>Export a copy…</source>
            <translation>تصدير نسخة…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="88" />
            <source>no content</source>
            <translation>لا يوجد محتوى</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="235" />
            <source>year, year-month or full date</source>
            <translation>سنة، أو سنة وشهر، أو تاريخ كامل</translation>
        </message>
    </context>
    <context>
        <name>DetentionsTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="36" />
            <source>Arrested</source>
            <translation>القبض</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="36" />
            <source>Released</source>
            <translation>الإفراج</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="36" />
            <source>Manner</source>
            <translation>طريقة القبض</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="36" />
            <source>Last facility</source>
            <translation>آخر مكان احتجاز</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="38" />
            <source>Add episode</source>
            <translation>إضافة واقعة احتجاز</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="63" />
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="74" />
            <source>Facility</source>
            <translation>مكان الاحتجاز</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="63" />
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="75" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="63" />
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="76" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="70" />
            <source>Add facility</source>
            <translation>إضافة مكان احتجاز</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/detentions.py" line="77" />
            <source>Facilities</source>
            <translation>أماكن الاحتجاز</translation>
        </message>
    </context>
    <context>
        <name>EditorInputError</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="140" />
            <source>Write a year, a year and month, or a full date: 2019, 2019-05, 2019-05-12</source>
            <translation>اكتب سنة، أو سنة وشهرًا، أو تاريخًا كاملًا: 2019، 2019-05، 2019-05-12</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="145" />
            <source>The month must be between 1 and 12</source>
            <translation>يجب أن يكون الشهر بين 1 و12</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="147" />
            <source>There is no such day in the calendar</source>
            <translation>لا يوجد هذا اليوم في التقويم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="149" />
            <source>Write a whole number</source>
            <translation>اكتب عددًا صحيحًا</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="151" />
            <source>At least %1</source>
            <translation>لا يقل عن %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="152" />
            <source>At most %1</source>
            <translation>لا يزيد على %1</translation>
        </message>
    </context>
    <context>
        <name>EditorLevel</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/form.py" line="25" />
            <source>Public</source>
            <translation>عام</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/form.py" line="26" />
            <source>Partner</source>
            <translation>للشركاء</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/form.py" line="27" />
            <source>Internal</source>
            <translation>داخلي</translation>
        </message>
    </context>
    <context>
        <name>EditorSize</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="42" />
            <source>%1 B</source>
            <translation>%1 بايت</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="44" />
            <source>%1 KB</source>
            <translation>%1 ك.ب</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/attachments.py" line="46" />
            <source>%1 MB</source>
            <translation>%1 م.ب</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/events.py" line="31" />
            <location filename="../../src/profileeditor/gui/editor/events.py" line="45" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/events.py" line="31" />
            <location filename="../../src/profileeditor/gui/editor/events.py" line="46" />
            <source>Until</source>
            <translation>حتى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/events.py" line="31" />
            <source>Event</source>
            <translation>الواقعة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/events.py" line="31" />
            <location filename="../../src/profileeditor/gui/editor/events.py" line="48" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/events.py" line="40" />
            <source>Add event</source>
            <translation>إضافة واقعة</translation>
        </message>
    </context>
    <context>
        <name>FactsView</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="18" />
            <source>Computed from the record; change the record to change them.</source>
            <translation>تُحسب هذه الأرقام من البيانات المسجلة؛ ولتغييرها عدّل البيانات نفسها.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="25" />
            <source>Currently detained</source>
            <translation>محتجز حاليًا</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="26" />
            <source>Days in the current or last detention</source>
            <translation>مدة الحبس الحالي أو الأخير (بالأيام)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="27" />
            <source>Days detained in total</source>
            <translation>إجمالي مدة الحبس (بالأيام)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="28" />
            <source>Days of enforced disappearance</source>
            <translation>مدة الاختفاء القسري (بالأيام)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="29" />
            <source>Longest pretrial detention (days)</source>
            <translation>أطول مدة حبس احتياطي (بالأيام)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="30" />
            <source>Legal limit of pretrial detention</source>
            <translation>الحد الأقصى القانوني للحبس الاحتياطي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="31" />
            <source>Renewal sessions</source>
            <translation>جلسات تجديد الحبس</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="32" />
            <source>Next session</source>
            <translation>الجلسة التالية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="33" />
            <source>Current facility</source>
            <translation>مكان الاحتجاز الحالي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="34" />
            <source>Recycled cases</source>
            <translation>قضايا التدوير</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="64" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="64" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="71" />
            <source>BEYOND the limit of %Ln days</source>
            <translation>
                <numerusform>تجاوز الحد القانوني البالغ %Ln يوم</numerusform>
                <numerusform>تجاوز الحد القانوني البالغ يومًا واحدًا</numerusform>
                <numerusform>تجاوز الحد القانوني البالغ يومين</numerusform>
                <numerusform>تجاوز الحد القانوني البالغ %Ln أيام</numerusform>
                <numerusform>تجاوز الحد القانوني البالغ %Ln يومًا</numerusform>
                <numerusform>تجاوز الحد القانوني البالغ %Ln يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="74" />
            <source>within %Ln days</source>
            <translation>
                <numerusform>في حدود %Ln يوم</numerusform>
                <numerusform>في حدود يوم واحد</numerusform>
                <numerusform>في حدود يومين</numerusform>
                <numerusform>في حدود %Ln أيام</numerusform>
                <numerusform>في حدود %Ln يومًا</numerusform>
                <numerusform>في حدود %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="84" />
            <source>Some figures rest on incomplete dates and are approximate.</source>
            <translation>بعض الأرقام مبنية على تواريخ غير مكتملة، فهي تقريبية.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="94" />
            <source>%Ln days detained</source>
            <translation>
                <numerusform>%Ln يوم في الحبس</numerusform>
                <numerusform>يوم واحد في الحبس</numerusform>
                <numerusform>يومان في الحبس</numerusform>
                <numerusform>%Ln أيام في الحبس</numerusform>
                <numerusform>%Ln يومًا في الحبس</numerusform>
                <numerusform>%Ln يوم في الحبس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="96" />
            <source>%Ln renewals</source>
            <translation>
                <numerusform>لا تجديد</numerusform>
                <numerusform>تجديد واحد للحبس</numerusform>
                <numerusform>تجديدان للحبس</numerusform>
                <numerusform>%Ln تجديدات للحبس</numerusform>
                <numerusform>%Ln تجديدًا للحبس</numerusform>
                <numerusform>%Ln تجديد للحبس</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="98" />
            <source>beyond the legal limit</source>
            <translation>تجاوز الحد القانوني</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/facts_view.py" line="100" />
            <source> · </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/history_view.py" line="42" />
            <source>created</source>
            <translation>أُنشئ</translation>
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/identity.py" line="70" />
            <source>Consent to publish</source>
            <translation>الموافقة على النشر</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/identity.py" line="91" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
    </context>
    <context>
        <name>LevelBadge</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/form.py" line="59" />
            <source>Lowest export level that shows this field. Click to raise it.</source>
            <translation>أدنى مستوى تصدير يظهر فيه هذا الحقل. انقر لرفعه.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="82" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="83" />
            <source>Paste</source>
            <translation>لصق</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="84" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="103" />
            <source>No photo.
Drop an image here.</source>
            <translation>لا توجد صورة.
أفلت صورة هنا.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="116" />
            <source>GPS position</source>
            <translation>الموقع الجغرافي (GPS)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="117" />
            <source>camera make, model or serial</source>
            <translation>صانع الكاميرا أو طرازها أو رقمها التسلسلي</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="118" />
            <source>date and time taken</source>
            <translation>تاريخ التصوير ووقته</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="119" />
            <source>author or owner</source>
            <translation>المصوّر أو المالك</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="120" />
            <source>EXIF data</source>
            <translation>بيانات EXIF</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="121" />
            <source>XMP data</source>
            <translation>بيانات XMP</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="122" />
            <source>colour profile</source>
            <translation>ملف تعريف الألوان</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="123" />
            <source>comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="126" />
            <source>Metadata removed: %1</source>
            <translation>أُزيلت البيانات الوصفية: %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="127" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="130" />
            <source>Metadata removed (the original carried none we could name).</source>
            <translation>أُزيلت البيانات الوصفية (لم يحمل الأصل منها شيئًا نعرفه).</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="146" />
            <source>Choose a photo</source>
            <translation>اختيار صورة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="146" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
            <translation>الصور (*.jpg *.jpeg *.png *.webp *.heic)</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="156" />
            <source>Could not read the file: %1</source>
            <translation>تعذّرت قراءة الملف: %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/photo.py" line="175" />
            <source>The clipboard holds no image.</source>
            <translation>لا توجد صورة في الحافظة.</translation>
        </message>
    </context>
    <context>
        <name>ProfileEditor</name>
        <message>
            <source>Not saved: %1</source>
            <translation>لم يُحفظ: %1</translation>
        </message>
        <message>
            <source>Type a name in Arabic or English to create the profile</source>
            <translation>اكتب اسمًا بالعربية أو بالإنجليزية لإنشاء الملف</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="96" />
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="213" />
            <source>Choose a profile in the list, or create one.</source>
            <translation>اختر ملفًا من القائمة، أو أنشئ ملفًا جديدًا.</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="125" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="126" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="171" />
            <source>Identity</source>
            <translation>الهوية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="172" />
            <source>Biography</source>
            <translation>السيرة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="173" />
            <source>Detention</source>
            <translation>الاحتجاز</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="174" />
            <source>Cases</source>
            <translation>القضايا</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="175" />
            <source>Events</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="176" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="177" />
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="178" />
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="179" />
            <source>Facts</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="180" />
            <source>History</source>
            <translation>سجل التعديلات</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="283" />
            <source>Edit %1</source>
            <translation>تعديل %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="295" />
            <source>Level of %1</source>
            <translation>مستوى %1</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="313" />
            <source>Replace photo</source>
            <translation>استبدال الصورة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="324" />
            <source>Remove photo</source>
            <translation>إزالة الصورة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="352" />
            <source>Not saved: a profile needs a name in Arabic or English</source>
            <translation>لم يُحفظ: يجب أن يكون للملف اسم بالعربية أو بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="356" />
            <source>Not saved: this profile was purged</source>
            <translation>لم يُحفظ: حُذف هذا الملف نهائيًا</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/editor.py" line="359" />
            <source>All changes saved</source>
            <translation>حُفظت كل التغييرات</translation>
        </message>
        <message>
            <source>Not saved: this profile was changed elsewhere meanwhile. It now shows the stored version; make your change again.</source>
            <translation>لم يُحفظ: غُيّر هذا الملف الشخصي في مكان آخر في الأثناء. يظهر الآن كما هو محفوظ؛ أعِد إجراء تعديلك.</translation>
        </message>
        <message>
            <source>Not saved: the vault is busy (another program is writing to it). Your edit is kept and will be saved again shortly.</source>
            <translation>لم يُحفظ: الخزنة مشغولة (برنامج آخر يكتب فيها). تعديلك باقٍ وسيُحفظ مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>Not saved: the vault could not be written (%1). Your edit is kept and will be saved again shortly.</source>
            <translation>لم يُحفظ: تعذّرت الكتابة في الخزنة (%1). تعديلك باقٍ وسيُحفظ مرة أخرى بعد قليل.</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/records.py" line="72" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/records.py" line="73" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="36" />
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="47" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="36" />
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="48" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="36" />
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="51" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="36" />
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <location filename="../../src/profileeditor/gui/editor/sources.py" line="43" />
            <source>Add source</source>
            <translation>إضافة مصدر</translation>
        </message>
    </context>
    <context>
        <name>StringListField</name>
        <message>
            <location filename="../../src/profileeditor/gui/editor/fields.py" line="299" />
            <source>one per line</source>
            <translation>واحد في كل سطر</translation>
        </message>
    </context>
</TS>