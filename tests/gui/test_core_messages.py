"""Issue 13 item 15: core's messages (import problems, duplicate reasons, bundle errors) reach
the user in the interface language — as a code and parameters from core (core/messages.py),
worded by the GUI (gui/messages.py) — with labels for codes and field paths and dates in words,
never ``male``, ``EG`` or ``detentions.arrest_date``."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from profileeditor.core import messages as core_messages
from profileeditor.core.duplicates import DuplicatePair
from profileeditor.core.exchange.bundle import BundleError
from profileeditor.core.messages import Date, Field, Term, message
from profileeditor.gui import i18n
from profileeditor.gui import messages as gui_messages
from profileeditor.gui.dialogs.import_sheet_dialog import ImportSheetController
from profileeditor.gui.models.data_tables import PairsModel, ProblemsModel

PLACEHOLDER = re.compile(r"\{(\w+)\}")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _catalogue() -> dict[str, str]:
    root = ET.parse(i18n.translations_dir() / "appshell_ar.ts").getroot()
    return {
        m.findtext("source"): "".join(m.find("translation").itertext())
        for c in root.findall("context")
        if c.findtext("name") == gui_messages.CONTEXT
        for m in c.findall("message")
    }


def test_every_core_message_has_an_arabic_template_with_the_same_placeholders():
    arabic = _catalogue()
    for code, template in core_messages.TEMPLATES.items():
        assert template in arabic, code
        assert arabic[template].strip(), code
        assert set(PLACEHOLDER.findall(arabic[template])) == set(PLACEHOLDER.findall(template)), (
            code
        )


@pytest.fixture
def arabic(qapp):
    old = QLocale()
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def test_parameters_are_worded_not_raw(arabic):
    msg = message(
        "value.unknown_term_hint", list=core_messages.ListName("sex"), value="ذكرر",
        suggestion=Term("sex", "male"),
    )  # fmt: skip
    shown = gui_messages.text(msg)
    assert "ذكر" in shown and "الجنس" in shown and "male" not in shown and "sex" not in shown
    # The command line's English: the label is core/vocab.py's, as the dossier prints it.
    assert str(msg) == "unknown sex: ذكرر — did you mean Male?"
    replayed = gui_messages.text(
        message("bundle.replayed", contact="Nadia", when=Date("2026-12-01"))
    )
    assert "1 ديسمبر 2026" in replayed and "2026-12-01" not in replayed
    assert core_messages.field_label("detentions.arrest_date", "ar") != "detentions.arrest_date"
    assert "." not in core_messages.field_label("no.such.path[0].field_x", "en")
    missing = gui_messages.text(message("import.missing", name=Field("detentions.arrest_date")))
    assert core_messages.field_label("detentions.arrest_date", "ar") in missing
    assert "arrest_date" not in missing and not LATIN_WORD.search(missing), missing
    i18n.apply_digits("ar", True)
    assert "١٠٠٠" in gui_messages.text(message("value.year_out_of_range", year=1000))


def test_duplicate_reasons_in_arabic(arabic):
    model = PairsModel()
    model.set_items(
        [
            DuplicatePair(
                "a", "b", 91.0, "أحمد", "احمد",
                [message("dup.names", percent=91), message("dup.same_birth_date")],
            )
        ]
    )  # fmt: skip
    why = model.cell(model.item(0), PairsModel.REASONS)
    assert "تاريخ الميلاد نفسه" in why and not LATIN_WORD.search(why), why


def test_bundle_errors_in_arabic(arabic):
    error = BundleError(message("bundle.signature_invalid"))
    assert str(error) == "the bundle's signature is not valid: it was altered or forged"
    shown = gui_messages.error_text(error)
    assert shown.startswith("توقيع الحزمة") and not LATIN_WORD.search(shown)


SHEET = "الاسم,تاريخ الميلاد,الجنس\nسارة علي,31/2/1991,أنثى\nمنى حسن,1985-03-03,انتى\n"


def test_import_problems_in_the_interface_language(
    qtbot, qapp, app_settings, dialogs, fast_kdf, vault, tmp_path, arabic
):
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = "ar"
    window = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(window)
    path = tmp_path / "people.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SHEET.encode("utf-8"))
    window.open_vault(vault)
    dialogs.files.append(str(path))
    window.data_actions.import_sheet_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, ImportSheetController)
    qtbot.waitUntil(lambda: controller.job.done, timeout=20_000)
    controller.view.preview_button.click()
    qtbot.waitUntil(lambda: controller.job.done, timeout=20_000)
    model = controller.view.problems_model
    texts = [model.cell(p, ProblemsModel.MESSAGE) for p in model.items()]
    assert len(texts) == 2, texts
    assert any("لا يوجد تاريخ كهذا" in t for t in texts), texts
    hint = next(t for t in texts if "هل تقصد" in t)
    assert "أنثى" in hint and "female" not in hint and "sex" not in hint, hint
    for text in texts:
        # Latin only inside the user's own cell values (isolated), never the program's words.
        outside = re.sub("\u2068[^\u2069]*\u2069", "", text)
        assert not LATIN_WORD.search(outside), text
    window.shutdown()


def test_a_refused_json_file_names_profile_and_field_in_arabic(
    qtbot, app_settings, dialogs, fast_kdf, vault, tmp_path, sample_profiles, arabic
):
    import json

    from profileeditor.gui.main_window import MainWindow

    sample_profiles[5]["birth_date"] = "1990-13-01"
    sample_profiles[2]["sex"] = "mle"
    path = tmp_path / "bad.json"
    doc = {"format": "profileeditor.profiles", "version": 1, "profiles": sample_profiles}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    app_settings.language = "ar"
    window = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.open_vault(vault)
    dialogs.files.append(str(path))
    job = window.import_json()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "الملف 6، تاريخ الميلاد" in text and "الملف 3، الجنس" in text, text
    assert "profiles[" not in text and "birth_date" not in text and "is not" not in text, text
    assert vault.repository.count() == 0
    window.shutdown()


def test_restoring_into_a_full_folder_says_so_in_arabic(
    qtbot, demo_vault, dialogs, tmp_path, arabic
):
    from PySide6.QtCore import Qt as _Qt

    from profileeditor.gui.dialogs.backups import BackupsDialog

    demo_vault.backup()
    dialog = BackupsDialog(demo_vault)
    qtbot.addWidget(dialog)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    dialogs.folders.append(str(busy))
    qtbot.mouseClick(dialog.restore_button, _Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error" and text.startswith("المجلد ليس فارغًا"), text
    assert str(busy) in text and "folder" not in text


def test_photo_and_attachment_errors_in_arabic(arabic):
    """A file that is no image, and an attachment whose data was altered, are told in Arabic
    (they were English inside an Arabic sentence), the English kept for the command line."""
    from profileeditor.core.attachments import AttachmentError, check_attachments
    from profileeditor.core.photos import PhotoError, clean_photo

    with pytest.raises(PhotoError) as photo_error:
        clean_photo(b"this is not an image")
    assert str(photo_error.value).startswith("not an image Profile Editor can read")
    shown = gui_messages.error_text(photo_error.value)
    assert shown.startswith("ليست صورة")
    assert not LATIN_WORD.search(shown.split("(")[0]), shown

    altered = {"attachments": [{"id": "a1", "kind": "document", "data": "aGVsbG8=", "sha256": "0"}]}
    with pytest.raises(AttachmentError) as attachment_error:
        check_attachments(altered)
    assert str(attachment_error.value).startswith("attachments[0]: the data does not match")
    shown = gui_messages.error_text(attachment_error.value)
    assert "المرفقات" in shown and "بصمتها" in shown and not LATIN_WORD.search(shown), shown


@pytest.mark.parametrize("text", ["{", '{"profiles" []}', "[1 2]", '{"a": 1} x', '"abc'])
def test_a_json_syntax_error_is_told_in_arabic(arabic, text):
    """The parser's reason ("Expecting value") was English inside the Arabic sentence; the
    command line keeps Python's words."""
    from profileeditor.importers.json_import import BadInputFile, load_json

    with pytest.raises(BadInputFile) as refused:
        load_json(text.encode(), "x.json")
    assert "line 1, column" in str(refused.value)
    shown = gui_messages.error_text(refused.value)
    # The format keeps its name (JSON), as in the rest of the interface.
    outside = re.sub("\u2068[^\u2069]*\u2069", "", shown).replace("JSON", "")
    assert not LATIN_WORD.search(outside), shown
