from profileeditor.core.arabic import has_arabic, normalize


def test_hamza_forms_fold_to_bare_alef():
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد") == normalize("آحمد")


def test_tashkeel_and_tatweel_removed():
    assert normalize("اعتُقِل") == normalize("اعتقل")
    assert normalize("عـلاء") == normalize("علاء")
    assert normalize("تعسفيًا") == "تعسفيا"


def test_letter_folds():
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("مؤتمر") == "موتمر"
    assert normalize("رئيس") == "رييس"


def test_digits_fold_to_ascii():
    assert normalize("١٣٦٥") == "1365"
    assert normalize("۱۳۶۵") == "1365"  # Persian digits


def test_latin_casefold():
    assert normalize("Straße SALMA") == "strasse salma"


def test_has_arabic():
    assert has_arabic("Salma سلمى")
    assert not has_arabic("Salma 1365")
    assert not has_arabic("")
