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
            <source>Every %n day(s)</source>
            <translation>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يومين</numerusform>
                <numerusform>كل %n أيام</numerusform>
                <numerusform>كل %n يومًا</numerusform>
                <numerusform>كل %n يوم</numerusform>
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
</TS>
