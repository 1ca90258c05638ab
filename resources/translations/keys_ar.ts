<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>KeyActions</name>
    <message>
      <source>Too short: use at least %1 characters, better several words.</source>
      <translation>قصيرة جدًا: استخدم %1 حرفًا على الأقل، والأفضل عدة كلمات.</translation>
    </message>
    <message>
      <source>Too easy to guess: add uncommon words (not names, dates or keyboard rows).</source>
      <translation>سهلة التخمين: أضف كلمات غير شائعة (لا أسماء ولا تواريخ ولا صفوف لوحة المفاتيح).</translation>
    </message>
    <message>
      <source>Too long: use at most 1024 characters.</source>
      <translation>طويلة جدًا: استخدم 1024 حرفًا على الأكثر.</translation>
    </message>
    <message>
      <source>Type a passphrase.</source>
      <translation>اكتب عبارة مرور.</translation>
    </message>
    <message>
      <source>New recovery key</source>
      <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
      <source>This is the vault's new recovery key. It is shown only now: write it down or print it and keep it away from this laptop. The old recovery key opens nothing any more.</source>
      <translation>هذا مفتاح الاسترداد الجديد للخزنة. لا يُعرض إلا الآن: اكتبه أو اطبعه واحفظه بعيدًا عن هذا الحاسوب. مفتاح الاسترداد القديم لم يعد يفتح شيئًا.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>I have stored the recovery key</source>
      <translation>حفظتُ مفتاح الاسترداد</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>تم</translation>
    </message>
    <message>
      <source>I was compromised</source>
      <translation>تعرّضتُ للاختراق</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <source>Repeat it</source>
      <translation>أعد كتابتها</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>Also re-encrypt the vault and its backups under a new key, with a new recovery key?

Choose Yes if the old passphrase, the recovery key or a copy of the vault may have been seen or taken: old copies then open nothing written from now on. It takes longer on a large vault.</source>
      <translation>هل تُعاد أيضًا تعمية الخزنة ونسخها الاحتياطية بمفتاح جديد، مع مفتاح استرداد جديد؟

اختر «نعم» إن كان من الممكن أن تكون عبارة المرور القديمة أو مفتاح الاسترداد أو نسخة من الخزنة قد رُئيت أو أُخذت: عندئذ لا تفتح النسخ القديمة شيئًا مما يُكتب من الآن. يستغرق ذلك وقتًا أطول في الخزنة الكبيرة.</translation>
    </message>
    <message>
      <source>Wait for the running task to finish first.</source>
      <translation>انتظر أولًا حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
      <source>Re-encrypting the vault…</source>
      <translation>جارٍ إعادة تعمية الخزنة…</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
      <source>The passphrase was changed while the window was locked: unlock with the new passphrase.</source>
      <translation>تغيّرت عبارة المرور أثناء قفل النافذة: افتح القفل بعبارة المرور الجديدة.</translation>
    </message>
    <message>
      <source>Passphrase changed and the vault re-encrypted.</source>
      <translation>تغيّرت عبارة المرور وأُعيدت تعمية الخزنة.</translation>
    </message>
    <message>
      <source>Passphrase changed.</source>
      <translation>تغيّرت عبارة المرور.</translation>
    </message>
    <message>
      <source>Backups not updated (they keep the old key):</source>
      <translation>نسخ احتياطية لم تُحدَّث (تبقى بالمفتاح القديم):</translation>
    </message>
    <message>
      <source>Copies of this vault made elsewhere (USB sticks, other folders, synced copies) keep their own key file and still open with the old passphrase%1.</source>
      <translation>نسخ هذه الخزنة المصنوعة في أماكن أخرى (أقراص USB، مجلدات أخرى، نسخ متزامنة) تحتفظ بملف مفتاحها الخاص وما زالت تُفتح بعبارة المرور القديمة%1.</translation>
    </message>
    <message>
      <source> and recovery key</source>
      <translation> ومفتاح الاسترداد القديم</translation>
    </message>
    <message>
      <source>Make a new recovery key? The old one stops opening this vault and its backups.</source>
      <translation>إنشاء مفتاح استرداد جديد؟ لن يفتح المفتاح القديم هذه الخزنة ولا نسخها الاحتياطية بعد الآن.</translation>
    </message>
    <message>
      <source>Making a new recovery key…</source>
      <translation>جارٍ إنشاء مفتاح استرداد جديد…</translation>
    </message>
    <message>
      <source>Backups not updated (they keep the old recovery key):</source>
      <translation>نسخ احتياطية لم تُحدَّث (تبقى بمفتاح الاسترداد القديم):</translation>
    </message>
    <message>
      <source>The vault was locked before its new recovery key could be shown. Make another one now: File → New recovery key…</source>
      <translation>قُفلت الخزنة قبل أن يُعرض مفتاح الاسترداد الجديد. أنشئ مفتاحًا آخر الآن: ملف ← مفتاح استرداد جديد…</translation>
    </message>
    <message>
      <source>Disk full</source>
      <translation>القرص ممتلئ</translation>
    </message>
    <message>
      <source>The disk is full: the last change was not saved. Free some space and try again.</source>
      <translation>القرص ممتلئ: لم يُحفظ التغيير الأخير. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
      <source>The vault is damaged</source>
      <translation>الخزنة تالفة</translation>
    </message>
    <message>
      <source>Part of the vault's database is damaged and cannot be read. The vault is locked now: restore its latest backup into a new folder and work there.</source>
      <translation>جزء من قاعدة بيانات الخزنة تالف ولا يمكن قراءته. الخزنة مقفلة الآن: استعد أحدث نسخة احتياطية منها إلى مجلد جديد واعمل فيه.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Finishing the change of keys…</source>
      <translation>جارٍ إنهاء تغيير المفاتيح…</translation>
    </message>
  </context>
  <context>
    <name>ExceptionHook</name>
    <message>
      <source>The vault could not be read or written: %1.</source>
      <translation>تعذّرت القراءة من الخزنة أو الكتابة فيها: %1.</translation>
    </message>
    <message>
      <source>A storage error that is a bug in Profile Editor: %1</source>
      <translation>خطأ تخزين ناتج عن علّة في محرر الملفات: %1</translation>
    </message>
    <message>
      <source>Something went wrong: %1</source>
      <translation>حدث خطأ: %1</translation>
    </message>
    <message>
      <source>Profile Editor — error</source>
      <translation>محرر الملفات — خطأ</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Keep record ids (for partners who update by id)</source>
      <translation>الإبقاء على معرّفات السجلات (للشركاء الذين يحدّثون بالمعرّف)</translation>
    </message>
  </context>
</TS>
