<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restored into %1.

Open the restored vault now? The vault open now is locked first; the restored one asks for its passphrase.</source>
            <translation>استُعيدت النسخة في %1.

هل تفتح الخزنة المستعادة الآن؟ تُقفل الخزنة المفتوحة أولًا، وتطلب الخزنة المستعادة عبارة مرورها.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Restart now in the new language? The vault is locked and asks for its passphrase again; your changes are saved. Otherwise the new language applies the next time Profile Editor starts.</source>
            <translation>إعادة التشغيل الآن باللغة الجديدة؟ تُقفل الخزنة وتطلب عبارة المرور مرة أخرى، وتُحفظ تغييراتك. وإلا فستُطبَّق اللغة الجديدة عند التشغيل التالي لمحرر الملفات.</translation>
        </message>
        <message>
            <source>Ask me to confirm the passphrase</source>
            <translation>اطلب مني تأكيد عبارة المرور</translation>
        </message>
        <message numerus="yes">
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يومين</numerusform>
                <numerusform>كل %Ln أيام</numerusform>
                <numerusform>كل %Ln يومًا</numerusform>
                <numerusform>كل %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Arabic-Indic digits in Arabic (٠١٢٣)</source>
            <translation>الأرقام الهندية في العربية (٠١٢٣)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>I was compromised…</source>
            <translation>تعرّضتُ للاختراق…</translation>
        </message>
        <message>
            <source>New recovery key…</source>
            <translation>مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <source>Opened with a warning</source>
            <translation>فُتحت مع تحذير</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Profile Editor</source>
            <translation>عن محرر الملفات</translation>
        </message>
        <message>
            <source>Bundled components</source>
            <translation>المكوّنات المضمَّنة</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>المكوّن</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الترخيص</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later.</source>
            <translation>الترخيص: رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق.</translation>
        </message>
        <message>
            <source>Profile Editor</source>
            <translation>محرر الملفات</translation>
        </message>
        <message>
            <source>Profiles of detained people, encrypted on this computer. It works offline: nothing leaves the computer unless you export or send it.</source>
            <translation>ملفات الأشخاص المحتجزين، مشفّرة على هذا الحاسوب. يعمل دون اتصال بالإنترنت: لا يخرج شيء من الحاسوب إلا إذا صدّرته أو أرسلته.</translation>
        </message>
        <message>
            <source>The LGPL components (Qt, PySide6, fpdf2, python-bidi) are used as separate libraries; you may replace them with your own builds. The fonts come with their licence, OFL.txt, in the fonts folder.</source>
            <translation>تُستخدم المكوّنات المرخّصة بـ LGPL ‏(Qt وPySide6 وfpdf2 وpython-bidi) مكتباتٍ منفصلة، ويحق لك استبدالها بنسخ تبنيها بنفسك. وترافق الخطوطَ رخصتُها OFL.txt في مجلد الخطوط.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>دليل الاستخدام</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>About Profile Editor</source>
            <translation>عن محرر الملفات</translation>
        </message>
        <message>
            <source>Check my recovery key…</source>
            <translation>التحقق من مفتاح الاسترداد…</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>دليل الاستخدام</translation>
        </message>
        <message>
            <source>Where is my vault?</source>
            <translation>أين خزنتي؟</translation>
        </message>
    </context>
    <context>
        <name>PassphraseReminder</name>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>Confirm your passphrase</source>
            <translation>تأكيد عبارة المرور</translation>
        </message>
        <message>
            <source>Right: that is this vault's passphrase.</source>
            <translation>صحيح: هذه عبارة مرور هذه الخزنة.</translation>
        </message>
        <message>
            <source>That was not the passphrase. If you are not sure of it any more, change it now while the vault is open (File → Change passphrase…) and check that you still have the recovery key (Help → Check my recovery key…).</source>
            <translation>ليست هذه عبارة المرور. إن لم تعد متأكدًا منها فغيّرها الآن والخزنة مفتوحة (ملف ← تغيير عبارة المرور…) وتحقّق من أن مفتاح الاسترداد ما زال معك (مساعدة ← التحقق من مفتاح الاسترداد…).</translation>
        </message>
        <message>
            <source>You asked to be reminded to confirm your passphrase from time to time. Type it to check that you still know it (nothing is changed):</source>
            <translation>طلبتَ تذكيرك بتأكيد عبارة المرور من حين لآخر. اكتبها لتتأكد أنك ما زلت تعرفها (لن يتغيّر شيء):</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCheckDialog</name>
        <message>
            <source>Check</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Check my recovery key</source>
            <translation>التحقق من مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Right: this recovery key opens this vault.</source>
            <translation>صحيح: هذا المفتاح يفتح هذه الخزنة.</translation>
        </message>
        <message>
            <source>The key file could not be read: %1</source>
            <translation>تعذّرت قراءة ملف المفاتيح: %1</translation>
        </message>
        <message>
            <source>This is not this vault's recovery key (or it was replaced by a new one). Check for a typing mistake; if you have lost it, make a new one now: File → New recovery key…</source>
            <translation>ليس هذا مفتاح استرداد هذه الخزنة (أو استُبدل بمفتاح جديد). تحقّق من خطأ في الكتابة؛ وإن كنت فقدته فأنشئ مفتاحًا جديدًا الآن: ملف ← مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <source>Type the recovery key you stored (dashes and spaces do not matter). It is only checked against this vault; nothing is changed.</source>
            <translation>اكتب مفتاح الاسترداد الذي حفظته (لا تهم الشرطات والمسافات). يُطابَق مع هذه الخزنة فقط، ولا يتغيّر شيء.</translation>
        </message>
    </context>
    <context>
        <name>VaultLocationDialog</name>
        <message>
            <source>Copy the path</source>
            <translation>نسخ المسار</translation>
        </message>
        <message>
            <source>The vault is this folder. Everything in it is encrypted; copy the whole folder to keep a copy elsewhere. It opens only with the passphrase or the recovery key.</source>
            <translation>الخزنة هي هذا المجلد. كل ما فيه مشفّر؛ انسخ المجلد كله لتحتفظ بنسخة في مكان آخر. ولا يُفتح إلا بعبارة المرور أو بمفتاح الاسترداد.</translation>
        </message>
        <message>
            <source>Where is my vault?</source>
            <translation>أين خزنتي؟</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <source>names {percent}%</source>
            <translation>تشابه الأسماء {percent}٪</translation>
        </message>
        <message>
            <source>different birth dates</source>
            <translation>تاريخا ميلاد مختلفان</translation>
        </message>
        <message>
            <source>same birth date</source>
            <translation>تاريخ الميلاد نفسه</translation>
        </message>
        <message>
            <source>different birth years</source>
            <translation>سنتا ميلاد مختلفتان</translation>
        </message>
        <message>
            <source>shared case {cases}</source>
            <translation>قضية مشتركة {cases}</translation>
        </message>
        <message>
            <source>same governorate</source>
            <translation>المحافظة نفسها</translation>
        </message>
        <message>
            <source>different governorates</source>
            <translation>محافظتان مختلفتان</translation>
        </message>
        <message>
            <source>no such date: {value}</source>
            <translation>لا يوجد تاريخ كهذا: {value}</translation>
        </message>
        <message>
            <source>the year {year} is out of range</source>
            <translation>السنة {year} خارج النطاق المقبول</translation>
        </message>
        <message>
            <source>not a date: {value} (write it as 2019-09-29, 29/9/2019, Sept 2019 or 2019)</source>
            <translation>ليس تاريخًا: {value} (اكتبه هكذا 2019-09-29 أو 29/9/2019 أو سبتمبر 2019 أو 2019)</translation>
        </message>
        <message>
            <source>the date is empty</source>
            <translation>التاريخ فارغ</translation>
        </message>
        <message>
            <source>two-digit year in {value}: write the year in full</source>
            <translation>السنة مكتوبة برقمين في {value}: اكتب السنة كاملة</translation>
        </message>
        <message>
            <source>unknown {list}: {value}</source>
            <translation>قيمة غير معروفة في «{list}»: {value}</translation>
        </message>
        <message>
            <source>unknown {list}: {value} — did you mean {suggestion}?</source>
            <translation>قيمة غير معروفة في «{list}»: {value} — هل تقصد «{suggestion}»؟</translation>
        </message>
        <message>
            <source>not a whole number: {value}</source>
            <translation>ليس عددًا صحيحًا: {value}</translation>
        </message>
        <message>
            <source>{number} is out of range ({low}–{high})</source>
            <translation>{number} خارج النطاق ({low}–{high})</translation>
        </message>
        <message>
            <source>the case year {year} is out of range</source>
            <translation>سنة القضية {year} خارج النطاق المقبول</translation>
        </message>
        <message>
            <source>the case number is empty</source>
            <translation>رقم القضية فارغ</translation>
        </message>
        <message>
            <source>not a number: {value}</source>
            <translation>ليس رقمًا: {value}</translation>
        </message>
        <message>
            <source>not yes or no: {value}</source>
            <translation>ليست نعم أو لا: {value}</translation>
        </message>
        <message>
            <source>not a profile id: {value}</source>
            <translation>ليس معرّف ملف: {value}</translation>
        </message>
        <message>
            <source>{problem}; kept as free text</source>
            <translation>{problem}؛ حُفظت كنص حر</translation>
        </message>
        <message>
            <source>the row has no name</source>
            <translation>الصف بلا اسم</translation>
        </message>
        <message>
            <source>no profile has this id, and the row has no name</source>
            <translation>لا يوجد ملف بهذا المعرّف، والصف بلا اسم</translation>
        </message>
        <message>
            <source>a profile with this name exists ({id}) but the birth dates differ or are missing: a new profile is made; add an id or birth date column to add to it instead</source>
            <translation>يوجد ملف بهذا الاسم ({id}) لكن تاريخي الميلاد مختلفان أو غير مسجّلين: سيُنشأ ملف جديد؛ أضف عمود المعرّف أو تاريخ الميلاد للإضافة إلى الملف الموجود</translation>
        </message>
        <message>
            <source>an attachment is not valid: {problem}</source>
            <translation>مرفق غير صالح: {problem}</translation>
        </message>
        <message>
            <source>a change dated in the future (the sender's clock is wrong?); nothing was imported</source>
            <translation>تغيير مؤرَّخ في المستقبل (ساعة المرسِل خاطئة؟)؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>the bundle's content does not match its signature: it was altered</source>
            <translation>محتوى الحزمة لا يطابق توقيعها: لقد عُدِّل</translation>
        </message>
        <message>
            <source>the bundle's content is larger than its file allows</source>
            <translation>محتوى الحزمة أكبر مما يسمح به ملفها</translation>
        </message>
        <message>
            <source>the bundle's content is not readable</source>
            <translation>محتوى الحزمة غير مقروء</translation>
        </message>
        <message>
            <source>the bundle is damaged or was altered; it was not imported</source>
            <translation>الحزمة تالفة أو عُدِّلت؛ لم تُستورد</translation>
        </message>
        <message>
            <source>the bundle is dated in the future (the sender's clock is wrong?); it was refused</source>
            <translation>الحزمة مؤرَّخة في المستقبل (ساعة المرسِل خاطئة؟)؛ رُفضت</translation>
        </message>
        <message>
            <source>the bundle declares more content than its profiles can need</source>
            <translation>تعلن الحزمة عن محتوى أكبر مما تحتاجه ملفاتها</translation>
        </message>
        <message>
            <source>this bundle was made by this vault</source>
            <translation>هذه الحزمة صُنعت في هذه الخزنة</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the bundle's content is larger than it declares</source>
            <translation>محتوى الحزمة أكبر مما تعلنه</translation>
        </message>
        <message>
            <source>this bundle is encrypted with a passphrase: give --passphrase-env</source>
            <translation>هذه الحزمة مشفّرة بعبارة مرور: أدخل عبارة مرور الحزمة</translation>
        </message>
        <message>
            <source>the bundle has no valid field states</source>
            <translation>لا تحوي الحزمة حالات حقول صالحة</translation>
        </message>
        <message>
            <source>a bundle needs at least one recipient or a passphrase</source>
            <translation>تحتاج الحزمة إلى مستلم واحد على الأقل أو إلى عبارة مرور</translation>
        </message>
        <message>
            <source>the bundle has no valid '{key}'</source>
            <translation>ينقص الحزمةَ عنصرٌ صالح: {key}</translation>
        </message>
        <message>
            <source>not a Profile Editor exchange bundle</source>
            <translation>ليست حزمة تبادل من محرر الملفات</translation>
        </message>
        <message>
            <source>not an age public key (age1…): '{value}'</source>
            <translation>ليس مفتاح age عامًّا (age1…): {value}</translation>
        </message>
        <message>
            <source>not an exchange bundle (no age encryption header)</source>
            <translation>ليست حزمة تبادل (لا توجد ترويسة تشفير age)</translation>
        </message>
        <message>
            <source>this bundle is not encrypted to this vault's key (wrong recipient), or its header was altered</source>
            <translation>هذه الحزمة غير مشفّرة لمفتاح هذه الخزنة (مستلم خاطئ)، أو عُدِّلت ترويستها</translation>
        </message>
        <message>
            <source>the bundle holds another number of profiles than it declares</source>
            <translation>عدد الملفات في الحزمة غير ما تعلنه</translation>
        </message>
        <message>
            <source>the bundle holds profiles without field states</source>
            <translation>تحوي الحزمة ملفات بلا حالات حقول</translation>
        </message>
        <message>
            <source>the bundle's signed recipients do not match how it was sealed</source>
            <translation>المستلمون الموقَّعون في الحزمة لا يطابقون طريقة ختمها</translation>
        </message>
        <message>
            <source>this bundle from {contact} was already imported ({when}); nothing was changed</source>
            <translation>هذه الحزمة من {contact} استُوردت من قبل ({when})؛ لم يتغيّر شيء</translation>
        </message>
        <message>
            <source>this bundle was signed for other recipients and re-sealed to this vault; refused</source>
            <translation>وُقّعت هذه الحزمة لمستلمين آخرين ثم أُعيد ختمها لهذه الخزنة؛ رُفضت</translation>
        </message>
        <message>
            <source>the bundle's signature header is damaged</source>
            <translation>ترويسة توقيع الحزمة تالفة</translation>
        </message>
        <message>
            <source>the bundle's signature is not valid: it was altered or forged</source>
            <translation>توقيع الحزمة غير صالح: لقد عُدِّلت أو زُوِّرت</translation>
        </message>
        <message>
            <source>too large for a bundle</source>
            <translation>أكبر من أن تكون حزمة</translation>
        </message>
        <message>
            <source>signed by a key that is not one of your contacts</source>
            <translation>موقّعة بمفتاح ليس من جهات اتصالك</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>تتعذّر قراءتها ({reason})</translation>
        </message>
        <message>
            <source>this bundle is not signed (made by an older Profile Editor, or forged); it was refused — ask the sender to send it again from an up-to-date vault</source>
            <translation>هذه الحزمة غير موقّعة (صنعها إصدار قديم من محرر الملفات، أو مزوّرة)؛ رُفضت — اطلب من المرسِل إرسالها مجددًا من خزنة محدَّثة</translation>
        </message>
        <message>
            <source>a profile's values do not match its field states</source>
            <translation>قيم أحد الملفات لا تطابق حالات حقوله</translation>
        </message>
        <message>
            <source>bundle version {version} is not supported</source>
            <translation>إصدار الحزمة {version} غير مدعوم</translation>
        </message>
        <message>
            <source>wrong passphrase for this bundle, or the bundle was altered</source>
            <translation>عبارة مرور خاطئة لهذه الحزمة، أو أن الحزمة عُدِّلت</translation>
        </message>
        <message>
            <source>that identity is already the contact '{name}'</source>
            <translation>هذه الهوية هي جهة الاتصال «{name}» بالفعل</translation>
        </message>
        <message>
            <source>there is already a contact named '{name}'</source>
            <translation>توجد بالفعل جهة اتصال باسم «{name}»</translation>
        </message>
        <message>
            <source>a contact needs a name</source>
            <translation>تحتاج جهة الاتصال إلى اسم</translation>
        </message>
        <message>
            <source>no contact named '{name}'</source>
            <translation>لا توجد جهة اتصال باسم «{name}»</translation>
        </message>
        <message>
            <source>that is this vault's own identity</source>
            <translation>هذه هوية هذه الخزنة نفسها</translation>
        </message>
        <message>
            <source>the identity line is damaged (a character missing?)</source>
            <translation>سطر الهوية تالف (ينقصه حرف؟)</translation>
        </message>
        <message>
            <source>not a Profile Editor identity (pe1:age1…:…); ask for the line that `profileeditor identity` prints</source>
            <translation>ليست هوية من محرر الملفات (pe1:age1…:…)؛ اطلب السطر الذي تعرضه «هويتي للتبادل»</translation>
        </message>
        <message>
            <source>a field state has no valid hash</source>
            <translation>حالة حقل بلا بصمة صالحة</translation>
        </message>
        <message>
            <source>a field state has no valid version vector</source>
            <translation>حالة حقل بلا متجه إصدارات صالح</translation>
        </message>
        <message>
            <source>a field state has no valid version</source>
            <translation>حالة حقل بلا إصدار صالح</translation>
        </message>
        <message>
            <source>a field state is not [hash, version, vector]</source>
            <translation>حالة حقل ليست [بصمة، إصدار، متجه]</translation>
        </message>
        <message>
            <source>a field state's version is not in its own vector</source>
            <translation>إصدار حالة حقل ليس في متجهها</translation>
        </message>
        <message>
            <source>{folder}: the sync folder is not there (a stick not plugged in?)</source>
            <translation>{folder}: مجلد المزامنة غير موجود (ذاكرة USB غير موصولة؟)</translation>
        </message>
        <message>
            <source>this vault is not tied to a sync folder (sync --folder PATH)</source>
            <translation>هذه الخزنة غير مرتبطة بمجلد مزامنة</translation>
        </message>
        <message>
            <source>{folder}: no such folder</source>
            <translation>{folder}: لا يوجد مجلد كهذا</translation>
        </message>
        <message>
            <source>{file} is not a valid profiles file: {problems}</source>
            <translation>{file} ليس ملف ملفات صالحًا: {problems}</translation>
        </message>
        <message>
            <source>{problems} (and {more} more)</source>
            <translation>{problems} (و{more} غيرها)</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>needs an Arabic or an English name</source>
            <translation>يحتاج إلى اسم بالعربية أو بالإنجليزية</translation>
        </message>
        <message>
            <source>{id} appears twice in the file</source>
            <translation>{id} مكرر في الملف</translation>
        </message>
        <message>
            <source>{value} is not one of the allowed values</source>
            <translation>{value} ليست من القيم المسموح بها</translation>
        </message>
        <message>
            <source>{value} is not in the expected form (a date as 2019-09-29)</source>
            <translation>{value} ليست بالصيغة المطلوبة (التاريخ هكذا 2019-09-29)</translation>
        </message>
        <message>
            <source>{name} is missing</source>
            <translation>ينقص: {name}</translation>
        </message>
        <message>
            <source>{value} is not of the expected kind</source>
            <translation>{value} ليست من النوع المطلوب</translation>
        </message>
        <message>
            <source>{name} is not a field of the format</source>
            <translation>{name} ليس حقلًا في صيغة الملفات</translation>
        </message>
        <message>
            <source>{value} is out of range</source>
            <translation>{value} خارج النطاق</translation>
        </message>
        <message>
            <source>does not match the format</source>
            <translation>لا يطابق صيغة الملفات</translation>
        </message>
        <message>
            <source>the disk is full: the vault cannot be opened</source>
            <translation>القرص ممتلئ: لا يمكن فتح الخزنة</translation>
        </message>
        <message>
            <source>a vault already exists at {folder}</source>
            <translation>توجد خزنة بالفعل في {folder}</translation>
        </message>
        <message>
            <source>the folder is not empty: {folder}</source>
            <translation>المجلد ليس فارغًا: {folder}</translation>
        </message>
        <message>
            <source>not a backup folder: {folder}</source>
            <translation>ليس مجلد نسخة احتياطية: {folder}</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text</source>
            <translation>{file}: ليس نصًّا بترميز UTF-8</translation>
        </message>
        <message>
            <source>{file}: not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>{file}: ليس JSON صالحًا (السطر {line}، العمود {column}: {reason})</translation>
        </message>
        <message>
            <source>{file}: not valid JSON ({reason})</source>
            <translation>{file}: ليس JSON صالحًا ({reason})</translation>
        </message>
        <message>
            <source>{file}: nested too deeply (more than {levels} levels)</source>
            <translation>{file}: متداخل أكثر من اللازم (أكثر من {levels} مستوى)</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}: تتعذّر قراءته ({reason})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>the file is too large ({size} MB; at most {limit} MB)</source>
            <translation>الملف أكبر من اللازم ({size} م.ب، والحد الأقصى {limit} م.ب)</translation>
        </message>
        <message>
            <source>the image is damaged or truncated and cannot be read</source>
            <translation>الصورة تالفة أو ناقصة ولا يمكن قراءتها</translation>
        </message>
        <message>
            <source>not an image Profile Editor can read ({formats})</source>
            <translation>ليست صورة يستطيع محرر الملفات قراءتها ({formats})</translation>
        </message>
        <message>
            <source>the image is too large (more than {megapixels} megapixels)</source>
            <translation>الصورة أكبر من اللازم (أكثر من {megapixels} ميغابكسل)</translation>
        </message>
        <message>
            <source>the image has no pixels</source>
            <translation>الصورة خالية من أي بكسل</translation>
        </message>
        <message>
            <source>could not remove the metadata from this photo ({parts})</source>
            <translation>تعذّرت إزالة البيانات الوصفية من هذه الصورة ({parts})</translation>
        </message>
        <message>
            <source>{where}: the data is not valid base64</source>
            <translation>{where}: البيانات ليست بالترميز المتوقع</translation>
        </message>
        <message>
            <source>{where}: the data does not match its hash (altered or damaged)</source>
            <translation>{where}: البيانات لا تطابق بصمتها (عُدِّلت أو تلفت)</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>Expecting value</source>
            <translation>كان يُنتظر قيمة</translation>
        </message>
        <message>
            <source>Expecting property name enclosed in double quotes</source>
            <translation>كان يُنتظر اسم حقل بين علامتي تنصيص مزدوجتين</translation>
        </message>
        <message>
            <source>Expecting ',' delimiter</source>
            <translation>كانت تُنتظر فاصلة ,</translation>
        </message>
        <message>
            <source>Expecting ':' delimiter</source>
            <translation>كانت تُنتظر نقطتان :</translation>
        </message>
        <message>
            <source>Unterminated string starting at</source>
            <translation>نص لم يُغلق بعلامة التنصيص</translation>
        </message>
        <message>
            <source>Invalid control character at</source>
            <translation>حرف تحكم غير مسموح به</translation>
        </message>
        <message>
            <source>Extra data</source>
            <translation>بيانات زائدة بعد نهاية الملف</translation>
        </message>
        <message>
            <source>Invalid \escape</source>
            <translation>تسلسل هروب غير صالح (\)</translation>
        </message>
    </context>
</TS>
