"""The export dialog driven as a user would: choices, the output path through the dialog
service, the worker with its progress dialog and Cancel, and the files checked with real tools
(pdftotext, python-docx)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bench.synthetic import make_profiles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from profileeditor.gui.dialogs.export_dialog import ExportDialog, ExportSelection
from profileeditor.gui.models.profile_list import NAME

SALMA_AR = "سلمى عبد الرؤوف منصور"
SALMA_EN = "Salma Abdel-Raouf Mansour"
SALMA_FAMILY_CONTACT = "010-0000-0000"  # internal: never in a public export
SALMA_HEALTH = "ارتفاع ضغط الدم"  # internal

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def pdftotext(path: Path, password: str | None = None) -> subprocess.CompletedProcess:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password:
        args += ["-upw", password]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True)


def normalised(text: str) -> str:
    """Whitespace collapsed and the invisible directional marks (poppler's RLE/LRE … PDF, the
    Arabic letter marks of the PDF's text layer) dropped."""
    marks = {
        c: None for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
    return " ".join(text.translate(marks).split())


def run_to_end(qtbot, dialog: ExportDialog, timeout: int = 60_000):
    job = dialog.start_export()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    return job


@pytest.fixture
def opened_window(window, demo_vault):
    window.open_vault(demo_vault)
    return window


@needs_pdftotext
def test_filtered_list_as_public_arabic_pdf(qtbot, opened_window, dialogs, tmp_path):
    window = opened_window
    window.filter_bar.search_edit.setText("سلمى")
    window.filter_bar.flush()
    qtbot.waitUntil(lambda: window.model.total == 1)
    window.table.clearSelection()

    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    # The warning that the file leaves the vault's protection is shown before anything else.
    assert dialog.not_encrypted_warning.isVisible()
    assert "NOT encrypted" in dialog.not_encrypted_warning.text()
    dialog.set_selection("filtered")
    dialog.set_format("pdf")
    dialog.set_language("ar")
    dialog.set_level("public")
    assert not dialog.export_button.isEnabled()  # no path yet
    out = tmp_path / "out" / "dossier.pdf"
    out.parent.mkdir()
    dialogs.files.append(str(out.with_suffix("")))  # the user typed no extension
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(out)
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    job = dialog.controller.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None, job.error
    assert dialog.written == [out]
    assert list(out.parent.iterdir()) == [out]  # no temporary left beside it
    text = normalised(pdftotext(out).stdout)
    assert SALMA_AR in text
    assert SALMA_FAMILY_CONTACT not in text
    assert SALMA_HEALTH not in text
    assert "يوسف" not in text  # only the filtered profile

    # "Show in folder" opens the folder that holds the file.
    opened = []
    dialog._open_url = opened.append
    assert dialog.show_folder_button.isVisible()
    qtbot.mouseClick(dialog.show_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(out.parent)]


@needs_pdftotext
def test_pdf_with_password(qtbot, demo_vault, dialogs, tmp_path):
    profile_id = demo_vault.repository.ids("Salma")[0]
    dialog = ExportDialog(demo_vault, ExportSelection(current_id=profile_id))
    qtbot.addWidget(dialog)
    assert dialog.selection() == "current"
    dialog.set_format("pdf")
    dialog.set_language("en")
    out = tmp_path / "locked.pdf"
    dialog.path_edit.setText(str(out))
    dialog.password_edit.setText("s3cret-pass")
    dialog.password_again_edit.setText("s3cret-pas")
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.text() == "The two passwords differ."
    dialog.password_again_edit.setText("s3cret-pass")
    assert dialog.export_button.isEnabled()
    job = run_to_end(qtbot, dialog)
    assert job.error is None, job.error
    assert dialog.password_edit.text() == ""  # not kept once used

    assert pdftotext(out).returncode != 0
    opened = pdftotext(out, "s3cret-pass")
    assert opened.returncode == 0
    assert SALMA_EN in normalised(opened.stdout)


def test_password_only_for_pdf(qtbot, demo_vault):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("pdf")
    assert dialog.password_edit.isVisible()
    dialog.set_format("docx")
    assert not dialog.password_edit.isVisible()
    assert dialog.request().pdf_password is None


def test_level_explains_itself_and_unconsented_is_public_only(qtbot, demo_vault):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {}
    for level in ("public", "partner", "internal"):
        dialog.set_level(level)
        texts[level] = dialog.level_help.text()
        assert dialog.unconsented_check.isVisible() == (level == "public")
    assert len(set(texts.values())) == 3
    dialog.set_level("public")
    assert not dialog.unconsented_warning.isVisible()
    dialog.unconsented_check.setChecked(True)
    assert dialog.unconsented_warning.isVisible()
    dialog.path_edit.setText("/tmp/x.pdf")
    assert dialog.request().include_unconsented
    dialog.set_level("internal")
    assert not dialog.request().include_unconsented


def test_nothing_selected_disables_those_choices(qtbot, demo_vault):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    assert not dialog.selection_buttons["current"].isEnabled()
    assert not dialog.selection_buttons["selected"].isEnabled()
    assert dialog.selection() == "filtered"
    assert "(8)" in dialog.selection_buttons["all"].text()


def test_docx_of_selected_rows(qtbot, opened_window, dialogs, tmp_path):
    from docx import Document

    window = opened_window
    table = window.table
    window.show()
    # The user clicks one row and Ctrl-clicks another.
    for name, modifier in (
        ("Salma", Qt.KeyboardModifier.NoModifier),
        ("Karim", Qt.KeyboardModifier.ControlModifier),
    ):
        row = window.model.row_of(window.repository.ids(name)[0])
        table.scrollTo(window.model.index(row, NAME))
        rect = table.visualRect(window.model.index(row, NAME))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    selection = window.export_selection()
    assert len(selection.selected_ids) == 2
    dialog = window.show_export()
    assert dialog.selection() == "selected"
    dialog.set_format("docx")
    dialog.set_language("en")
    out = tmp_path / "two.docx"
    dialogs.files.append(str(out))
    dialog.choose_path()
    job = run_to_end(qtbot, dialog)
    assert job.error is None, job.error
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    tables = "\n".join(
        cell.text for t in Document(str(out)).tables for row in t.rows for cell in row.cells
    )
    everything = text + tables
    assert SALMA_EN in everything
    assert "Karim" in everything
    assert "Youssef" not in everything and "Yousef" not in everything
    dialog.reject()


def test_cancel_a_long_export_leaves_no_file(qtbot, vault, dialogs, tmp_path):
    from profileeditor.importers.json_import import import_document

    profiles = make_profiles(400)
    for profile in profiles:
        profile["consent"] = {"level": "full"}
    import_document(
        vault.repository, {"format": "profileeditor.profiles", "version": 1, "profiles": profiles}
    )
    dialog = ExportDialog(vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_selection("all")
    dialog.set_format("pdf")
    dialog.set_language("ar+en")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog.path_edit.setText(str(out_dir / "big.pdf"))
    job = dialog.start_export()
    assert not dialog.export_button.isEnabled()  # one export at a time
    # The user presses Cancel in the progress dialog once it has appeared.
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None, timeout=10_000)
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() > 0, timeout=30_000)
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.cancelled
    assert list(out_dir.iterdir()) == []
    assert "cancelled" in dialog.result_label.text()
    assert not dialog.show_folder_button.isVisible()
    assert not [m for m in dialogs.messages if m[0] == "error"]
    assert dialog.export_button.isEnabled()


def test_closing_during_an_export_cancels_it(qtbot, vault, tmp_path):
    from profileeditor.importers.json_import import import_document

    profiles = make_profiles(200)
    for profile in profiles:
        profile["consent"] = {"level": "full"}
    import_document(
        vault.repository, {"format": "profileeditor.profiles", "version": 1, "profiles": profiles}
    )
    dialog = ExportDialog(vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("docx")
    dialog.path_edit.setText(str(tmp_path / "big.docx"))
    job = dialog.start_export()
    dialog.reject()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not (tmp_path / "big.docx").exists()


@pytest.mark.parametrize(
    ("fmt", "name"), [("csv", "list.csv"), ("xlsx", "list.xlsx"), ("json", "list.json")]
)
def test_spreadsheets_and_json(qtbot, demo_vault, tmp_path, fmt, name):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_selection("all")
    dialog.set_format(fmt)
    dialog.set_level("public")
    dialog.path_edit.setText(str(tmp_path / name))
    job = run_to_end(qtbot, dialog)
    assert job.error is None, job.error
    data = (tmp_path / name).read_bytes()
    assert data
    if fmt != "xlsx":
        text = data.decode("utf-8-sig")
        assert SALMA_AR in text
        assert SALMA_FAMILY_CONTACT not in text
        assert "مُؤمن" not in text  # no consent: left out of a public export


def test_cards_go_to_a_folder(qtbot, demo_vault, dialogs, tmp_path):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_selection("all")
    dialog.set_format("card")
    folder = tmp_path / "cards"
    dialogs.folders.append(str(folder))
    dialog.choose_path()
    job = run_to_end(qtbot, dialog)
    assert job.error is None, job.error
    pngs = sorted(folder.glob("*.png"))
    assert len(pngs) == len(dialog.written) >= 1
    opened = []
    dialog._open_url = opened.append
    dialog.show_in_folder()
    assert opened[0].toLocalFile() == str(folder)


def test_nothing_exportable_at_public_level_is_reported(qtbot, demo_vault, dialogs, tmp_path):
    no_consent = demo_vault.repository.ids("مؤمن")
    assert no_consent
    dialog = ExportDialog(demo_vault, ExportSelection(current_id=no_consent[0]))
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    dialog.set_level("public")
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    job = run_to_end(qtbot, dialog)
    assert job.error is not None
    assert dialogs.messages and dialogs.messages[-1][0] == "error"
    assert "consent" in dialogs.messages[-1][2]
    assert not (tmp_path / "x.pdf").exists()


def test_arabic_catalogue_and_right_to_left(qtbot, demo_vault, qapp):
    from profileeditor.gui import i18n

    loaded = i18n.install(qapp, "ar")
    try:
        assert "export_ar" in loaded
        dialog = ExportDialog(demo_vault, ExportSelection())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "تصدير الملفات"
        assert dialog.isRightToLeft()
        assert "غير مشفّر" in dialog.not_encrypted_warning.text()
        assert "(8)" in dialog.selection_buttons["all"].text()
    finally:
        i18n.install(qapp, "en")


def test_suggested_name_follows_level_language_and_format(qtbot, demo_vault, dialogs, tmp_path):
    """Issue 13 item 2: a name that says "public" does not stay on an internal dossier."""
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("pdf")
    dialog.set_language("ar")
    dialog.set_level("public")
    # The name offered in the save dialog says what the file holds.
    dialogs.files.append(None)  # the user looks, then cancels
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert Path(dialogs.starts[-1]).name.startswith("dossier-public-ar-")
    dialogs.files.append(str(tmp_path / "ar-public.pdf"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(tmp_path / "ar-public.pdf")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("internal"))
    assert Path(dialog.path_edit.text()).name == "ar-internal.pdf"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar+en"))
    assert Path(dialog.path_edit.text()).name == "ar-en-internal.pdf"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert Path(dialog.path_edit.text()).name == "ar-en-internal.docx"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert Path(dialog.path_edit.text()).name == "en-internal.docx"
    assert Path(dialog.path_edit.text()).parent == tmp_path
    # Empty again: the save dialog's suggestion says the new choices.
    dialog.path_edit.clear()
    dialogs.files.append(None)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert Path(dialogs.starts[-1]).name.startswith("dossier-internal-en-")
    assert Path(dialogs.starts[-1]).suffix == ".docx"


def test_overwriting_an_existing_file_asks_first(qtbot, demo_vault, dialogs, tmp_path):
    profile_id = demo_vault.repository.ids("Salma")[0]
    dialog = ExportDialog(demo_vault, ExportSelection(current_id=profile_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("json")
    dialog.set_level("internal")
    existing = tmp_path / "ar-internal.json"
    existing.write_bytes(b"the older file")
    qtbot.keyClicks(dialog.path_edit, str(existing))
    dialogs.confirmations.append(False)  # "Replace it?" — No
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.controller.job is None
    assert existing.read_bytes() == b"the older file"
    assert dialogs.asked and "ar-internal.json" in dialogs.asked[-1]
    dialogs.confirmations.append(True)  # asked again, Yes this time
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    job = dialog.controller.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None, job.error
    assert existing.read_bytes() != b"the older file"
    assert len(dialogs.asked) == 2


def test_website_from_the_dialog_is_public_only(qtbot, demo_vault, dialogs, tmp_path):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_selection("all")
    dialog.set_format("site")
    dialog.set_level("internal")
    out = tmp_path / "website"
    dialog.path_edit.setText(str(out))
    assert not dialog.export_button.isEnabled()
    assert "public" in dialog.problem_label.text()
    dialog.set_level("public")
    assert dialog.export_button.isEnabled()
    job = run_to_end(qtbot, dialog, timeout=180_000)
    assert job.error is None, job.error
    index = (out / "index.html").read_text(encoding="utf-8")
    assert SALMA_AR in index and SALMA_HEALTH not in index
    assert dialog.suggested_name().startswith("website-public-")


@pytest.mark.parametrize("fmt", ["charts", "uwazi"])
def test_folder_formats_from_the_dialog(qtbot, demo_vault, dialogs, tmp_path, fmt):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_selection("all")
    dialog.set_format(fmt)
    dialog.set_language("ar")
    out = tmp_path / fmt
    dialog.path_edit.setText(str(out))
    job = run_to_end(qtbot, dialog, timeout=180_000)
    assert job.error is None, job.error
    written = sorted(p.name for p in out.iterdir())
    assert written and "." not in dialog.suggested_name()
    if fmt == "charts":
        assert any(n.endswith("-ar.png") for n in written)
    else:
        assert "1-detained-persons.zip" in written
