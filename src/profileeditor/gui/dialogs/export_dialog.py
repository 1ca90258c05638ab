"""The export dialog (DESIGN §6, issue 4 item 6): which profiles, format, language, level, PDF
password, where to — then the export runs on a worker with progress and Cancel, and the dialog
offers "Show in folder".

``run_export`` (no widgets) is the work done off the GUI thread; ``ExportController`` starts it
and turns its outcome into signals; ``ExportDialog`` is the view.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.repository import Filters
from profileeditor.core.vault import Vault
from profileeditor.export import (
    EXPORT_FORMATS,
    EXPORT_LANGUAGES,
    EXPORT_LEVELS,
    ExportCancelled,
    ExportError,
    export_from_vault,
)
from profileeditor.export.dispatch import FOLDER_FORMATS
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.dialogs.card_choices import CardChoices

SELECTIONS = ("current", "selected", "filtered", "all")
# Listed once, in export/ (the command line offers the same), in the order the box shows them.
FORMATS = EXPORT_FORMATS
LANGUAGES = EXPORT_LANGUAGES
LEVELS = EXPORT_LEVELS
# A level or language named in a file name, as a whole word: "ar-public.pdf", "dossier_en".
_LEVEL_WORD = re.compile(r"(?<![A-Za-z0-9])(public|partner|internal)(?![A-Za-z0-9])", re.I)
_LANG_WORD = re.compile(r"(?<![A-Za-z0-9])(ar[+_-]en|ar|en)(?![A-Za-z0-9])", re.I)
# Loading is read in chunks so that Cancel is honoured while a large vault is read.
READ_CHUNK = 100


@dataclass(frozen=True)
class ExportSelection:
    """What the main window offers to export: its current profile, selected rows and filters."""

    current_id: str | None = None
    selected_ids: tuple[str, ...] = ()
    query: str = ""
    filters: Filters = field(default_factory=Filters)


@dataclass
class ExportRequest:
    selection: str
    fmt: str
    lang: str
    level: str
    out: Path
    include_unconsented: bool = False
    pdf_password: str | None = None
    keep_ids: bool = False  # JSON below internal: keep record ids (partners who update by id)
    card: dict = field(default_factory=dict)  # cards: card_size, card_template, card_variant


def lang_word(lang: str) -> str:
    return lang.replace("+", "-")


def suggested_name(level: str, lang: str, fmt: str, today: date | None = None) -> str:
    """A neutral default name that says what the file holds (level, language), never whom."""
    kind = {"card": "cards", "charts": "charts", "site": "website", "uwazi": "uwazi"}.get(
        fmt, "dossier"
    )
    stem = f"{kind}-{level}-{lang_word(lang)}" if fmt != "site" else f"{kind}-{level}"
    stem += f"-{today or date.today()}"
    return stem if fmt in FOLDER_FORMATS else f"{stem}.{fmt}"


def follow_choices(name: str, level: str, lang: str) -> str:
    """``name`` with the level and language words it contains replaced by the chosen ones, so
    that a file called "ar-public.pdf" does not receive an internal English dossier."""
    name = _LEVEL_WORD.sub(level, name)
    return _LANG_WORD.sub(lang_word(lang), name)


def _asks_before_overwriting(dialogs: dialog_service.DialogService) -> bool:
    # Qt's own save dialog asks before it returns an existing file; a scripted one does not.
    return type(dialogs).save_file is dialog_service.DialogService.save_file


def resolve_ids(repository, selection: ExportSelection, which: str) -> list[str]:
    if which == "current":
        return [selection.current_id] if selection.current_id else []
    if which == "selected":
        return list(selection.selected_ids)
    if which == "filtered":
        return repository.ids(selection.query, selection.filters)
    if which == "all":
        return repository.ids("", Filters())
    raise ValueError(f"unknown selection {which!r}")


def _new_cards(folder: Path, before: set[Path]) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.suffix.lower() == ".png" and p not in before]


def run_export(
    repository,
    selection: ExportSelection,
    request: ExportRequest,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
    texts: dict[str, str] | None = None,
) -> list[Path]:
    """Read the chosen profiles and write the export; raises ExportCancelled / ExportError.

    Runs on a worker thread with the worker's own repository. ``texts`` are the progress labels,
    translated beforehand on the GUI thread.
    """
    texts = texts or {"reading": "Reading profiles…", "writing": "Writing the export…"}
    ids = resolve_ids(repository, selection, request.selection)
    if not ids:
        raise ExportError("no profile to export")
    out = request.out
    # Cards land one file per profile in a folder, each written atomically; a cancelled or
    # failed run removes the cards it already wrote, so that nothing half-done is left behind.
    before = set(out.iterdir()) if request.fmt == "card" and out.is_dir() else set()
    try:
        # The one entry point the command line calls too (the vault's campaign line included).
        return export_from_vault(
            repository,
            ids,
            request.fmt,
            out,
            lang=request.lang,
            level=request.level,
            include_unconsented=request.include_unconsented,
            pdf_password=request.pdf_password or None,
            progress=lambda phase, done, total: progress(done, total, texts[phase]),
            **({"keep_ids": True} if request.keep_ids else {}),
            **(request.card if request.fmt == "card" else {}),
            cancelled=cancelled,
        )
    except ExportError:
        if request.fmt == "card":
            for card in _new_cards(out, before):
                card.unlink(missing_ok=True)
        raise


class ExportController(QObject):
    """Starts an export on a worker and reports how it ended."""

    exported = Signal(list)  # the written paths
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, vault: Vault, selection: ExportSelection, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.selection = selection
        self.job: workers.Job | None = None

    def counts(self) -> dict[str, int]:
        """How many profiles each choice covers, read on the GUI thread's repository."""
        repository = self.vault.repository
        return {
            "current": 1 if self.selection.current_id else 0,
            "selected": len(self.selection.selected_ids),
            "filtered": repository.count(self.selection.query, self.selection.filters),
            "all": repository.count(),
        }

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def start(self, request: ExportRequest, parent: QWidget, label: str, texts: dict[str, str]):
        selection = self.selection

        def work(context: workers.JobContext) -> list[Path]:
            return run_export(
                context.repository, selection, request, context.progress, context.cancelled, texts
            )

        self.job = workers.run_job(
            work,
            parent=parent,
            vault=self.vault,
            label=label,
            on_done=lambda paths: self.exported.emit(list(paths)),
            on_error=self._job_failed,
        )
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _job_failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled | workers.Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(str(error))


def folder_of(paths: list[Path], request_out: Path, fmt: str) -> Path:
    """The folder "Show in folder" opens: the cards' folder, or the one holding the file."""
    if fmt in FOLDER_FORMATS and request_out.is_dir():
        return request_out
    return (paths[0] if paths else request_out).parent


class ExportDialog(QDialog):
    """The view: choices on the left of the buttons; the outcome shown in the dialog itself."""

    def __init__(
        self,
        vault: Vault,
        selection: ExportSelection,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export profiles"))
        self.controller = ExportController(vault, selection, self)
        self._open_url = open_url
        self.written: list[Path] = []
        # The path whose replacement the user already accepted (in the file dialog or here).
        self._overwrite_ok: Path | None = None
        self._request: ExportRequest | None = None
        counts = self.controller.counts()

        # -- which profiles --------------------------------------------------------------------
        self.selection_group = QButtonGroup(self)
        self.selection_buttons: dict[str, QRadioButton] = {}
        labels = {
            "current": self.tr("The current profile"),
            "selected": self.tr("The selected rows (%1)"),
            "filtered": self.tr("The filtered list (%1)"),
            "all": self.tr("All profiles (%1)"),
        }
        selection_box = QVBoxLayout()
        for key in SELECTIONS:
            button = QRadioButton(labels[key].replace("%1", str(counts[key])), self)
            button.setObjectName(f"selection_{key}")
            button.setEnabled(counts[key] > 0)
            self.selection_group.addButton(button)
            self.selection_buttons[key] = button
            selection_box.addWidget(button)
        default = next(
            (k for k in ("selected", "current", "filtered", "all") if counts[k] > 0), "all"
        )
        if default == "selected" and counts["selected"] < 2 and counts["current"]:
            default = "current"
        self.selection_buttons[default].setChecked(True)

        # -- format, language, level -----------------------------------------------------------
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        format_names = {
            "pdf": self.tr("PDF dossier"),
            "docx": self.tr("Word dossier (.docx)"),
            "card": self.tr("Social-media cards (PNG, one per profile)"),
            "csv": self.tr("CSV spreadsheet"),
            "xlsx": self.tr("Excel spreadsheet (.xlsx)"),
            "json": self.tr("JSON (interchange format)"),
            "charts": self.tr("Campaign charts (PNG and SVG, a folder)"),
            "site": self.tr("Website (a folder; public, consenting people only)"),
            "uwazi": self.tr("Uwazi CSV files (a folder)"),
        }
        for key in FORMATS:
            self.format_combo.addItem(format_names[key], key)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for key, text in (
            ("ar", self.tr("Arabic")),
            ("en", self.tr("English")),
            ("ar+en", self.tr("Arabic and English")),
        ):
            self.language_combo.addItem(text, key)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        for key, text in (
            ("public", self.tr("Public")),
            ("partner", self.tr("Partner")),
            ("internal", self.tr("Internal")),
        ):
            self.level_combo.addItem(text, key)
        self._level_help = {
            "public": self.tr(
                "Only public fields, and only profiles whose consent is full — for the media."
            ),
            "partner": self.tr(
                "Adds the fields meant for partner organisations — not for publication."
            ),
            "internal": self.tr(
                "Everything, confidential fields included — for your own team only."
            ),
        }
        self.level_help = QLabel(self)
        self.level_help.setObjectName("levelHelp")
        self.level_help.setWordWrap(True)
        self.unconsented_check = QCheckBox(self.tr("Include profiles without full consent"), self)
        self.keep_ids_check = QCheckBox(self.tr("Keep record ids (for partners who update by id)"))
        self.keep_ids_check.setObjectName("keepIdsCheck")
        self.unconsented_check.setObjectName("unconsentedCheck")
        self.unconsented_warning = QLabel(
            self.tr(
                "Publishing a person without their family's full consent can put them and "
                "their family at risk. Check each profile first."
            ),
            self,
        )
        self.unconsented_warning.setObjectName("unconsentedWarning")
        self.unconsented_warning.setWordWrap(True)
        self.unconsented_warning.setStyleSheet("color: #a33;")

        # -- PDF password ----------------------------------------------------------------------
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_again_edit = QLineEdit(self)
        self.password_again_edit.setObjectName("passwordAgainEdit")
        for edit in (self.password_edit, self.password_again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Optional: the PDF asks for it on opening"))
        self.password_again_edit.setPlaceholderText(self.tr("Repeat the password"))

        # -- where to --------------------------------------------------------------------------
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the export"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseButton")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.not_encrypted_warning = QLabel(
            self.tr(
                "The exported file is NOT encrypted: it leaves the vault's protection, and "
                "anyone who gets hold of it can read it. Keep it on an encrypted disk and delete "
                "it once it has been sent."
            ),
            self,
        )
        self.not_encrypted_warning.setObjectName("notEncryptedWarning")
        self.not_encrypted_warning.setWordWrap(True)
        self.not_encrypted_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.not_encrypted_warning.setStyleSheet(
            "QLabel { background: #fff4e5; color: #663c00; border: 1px solid #e0a040;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }"
        )

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a33;")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.show_folder_button = QPushButton(self.tr("Show in folder"), self)
        self.show_folder_button.setObjectName("showFolderButton")
        self.show_folder_button.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.show_folder_button)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        form = QFormLayout()
        form.addRow(self.tr("Profiles:"), selection_box)
        form.addRow(self.tr("Format:"), self.format_combo)
        self.card_choices = CardChoices(self)
        form.addRow(self.card_choices.label, self.card_choices)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow("", self.level_help)
        form.addRow("", self.unconsented_check)
        form.addRow("", self.keep_ids_check)
        form.addRow("", self.unconsented_warning)
        self.password_label = QLabel(self.tr("PDF password:"), self)
        self.password_again_label = QLabel(self.tr("Repeat:"), self)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.password_again_label, self.password_again_edit)
        form.addRow(self.tr("Save to:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.not_encrypted_warning)
        layout.addWidget(self.problem_label)
        layout.addLayout(result_row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        # -- wiring ----------------------------------------------------------------------------
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.level_combo.currentIndexChanged.connect(self._choices_changed)
        self.language_combo.currentIndexChanged.connect(self._choices_changed)
        self.unconsented_check.toggled.connect(self._update)
        self.password_edit.textChanged.connect(self._update)
        self.password_again_edit.textChanged.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self.selection_group.buttonToggled.connect(self._update)
        self.choose_button.clicked.connect(self.choose_path)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.show_folder_button.clicked.connect(self.show_in_folder)
        self.controller.exported.connect(self._exported)
        self.controller.cancelled.connect(self._cancelled)
        self.controller.failed.connect(self._failed)
        self._update()

    # -- choices -------------------------------------------------------------------------------
    def _choice(self, combo: QComboBox, key: str) -> None:
        combo.setCurrentIndex(combo.findData(key))

    def set_format(self, fmt: str) -> None:
        self._choice(self.format_combo, fmt)

    def set_language(self, lang: str) -> None:
        self._choice(self.language_combo, lang)

    def set_level(self, level: str) -> None:
        self._choice(self.level_combo, level)

    def set_selection(self, which: str) -> None:
        self.selection_buttons[which].setChecked(True)

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def selection(self) -> str:
        for key, button in self.selection_buttons.items():
            if button.isChecked():
                return key
        return "all"

    def _format_changed(self) -> None:
        # Keep a chosen path but give it the new format's extension (cards go to a folder).
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if self.fmt() in FOLDER_FORMATS:
                path = path.with_suffix("") if path.suffix else path
            else:
                path = path.with_suffix("." + self.fmt())
            self.path_edit.setText(str(path))
        self._choices_changed()

    def _choices_changed(self, *_args) -> None:
        # The name follows the level and language chosen after it (issue 13 item 2).
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            name = follow_choices(
                path.name, self.level_combo.currentData(), self.language_combo.currentData()
            )
            if name != path.name:
                self.path_edit.setText(str(path.with_name(name)))
        self._update()

    def problem(self) -> str:
        """Why Export cannot run yet, or "" when it can."""
        if self.fmt() == "pdf" and self.password_edit.text() != self.password_again_edit.text():
            return self.tr("The two passwords differ.")
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the export.")
        if self.fmt() == "site" and (
            self.level_combo.currentData() != "public" or self.unconsented_check.isChecked()
        ):
            return self.tr(
                "A website is public: choose the public level, without unconsented profiles."
            )
        return ""

    def _update(self, *_args) -> None:
        level = self.level_combo.currentData()
        self.level_help.setText(self._level_help[level])
        public = level == "public"
        self.unconsented_check.setVisible(public)
        self.unconsented_warning.setVisible(public and self.unconsented_check.isChecked())
        self.keep_ids_check.setVisible(self.fmt() == "json" and level != "internal")
        self.card_choices.show_for(self.fmt())
        pdf = self.fmt() == "pdf"
        for widget in (
            self.password_label,
            self.password_edit,
            self.password_again_label,
            self.password_again_edit,
        ):
            widget.setVisible(pdf)
        problem = self.problem()
        # Only the mismatch is worth saying out loud; an empty path is plain from the field.
        said = self.password_again_edit.text() or self.fmt() == "site"
        empty_path = not self.path_edit.text().strip()
        self.problem_label.setText(problem if said and not empty_path else "")
        self.problem_label.setVisible(bool(self.problem_label.text()))
        running = self.controller.running
        self.export_button.setEnabled(not problem and not running)

    def choose_path(self) -> None:
        dialogs = dialog_service.service()
        fmt = self.fmt()
        start = self.path_edit.text().strip()
        if fmt in FOLDER_FORMATS:
            chosen = dialogs.choose_directory(
                self, self.tr("Folder for the export"), start or str(Path.home())
            )
        else:
            filters = {
                "pdf": self.tr("PDF files (*.pdf)"),
                "docx": self.tr("Word documents (*.docx)"),
                "csv": self.tr("CSV files (*.csv)"),
                "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                "json": self.tr("JSON files (*.json)"),
            }
            # A neutral default name: a file name must not give away whom it is about.
            default = start or str(Path.home() / self.suggested_name())
            chosen = dialogs.save_file(self, self.tr("Save the export"), filters[fmt], default)
            if chosen and Path(chosen).suffix.lower() != "." + fmt:
                chosen = str(Path(chosen).with_suffix("." + fmt))
            elif chosen and _asks_before_overwriting(dialogs):
                self._overwrite_ok = Path(chosen)  # the file dialog asked already
        if chosen:
            self.path_edit.setText(chosen)

    def suggested_name(self) -> str:
        return suggested_name(
            self.level_combo.currentData(), self.language_combo.currentData(), self.fmt()
        )

    def _may_write(self, out: Path) -> bool:
        """False when ``out`` is a file the user does not want replaced."""
        if self.fmt() in FOLDER_FORMATS or not out.exists() or out == self._overwrite_ok:
            return True
        if dialog_service.service().confirm(
            self,
            self.tr("Replace the file?"),
            messages.fill(
                self.tr("“%1” already exists in “%2”. Replace it with this export?"),
                out.name,
                out.parent,
            ),
        ):
            self._overwrite_ok = out
            return True
        return False

    def request(self) -> ExportRequest:
        level = self.level_combo.currentData()
        return ExportRequest(
            selection=self.selection(),
            fmt=self.fmt(),
            lang=self.language_combo.currentData(),
            level=level,
            out=Path(self.path_edit.text().strip()),
            include_unconsented=level == "public" and self.unconsented_check.isChecked(),
            pdf_password=(self.password_edit.text() or None) if self.fmt() == "pdf" else None,
            keep_ids=self.fmt() == "json" and self.keep_ids_check.isChecked(),
            card=self.card_choices.options() if self.fmt() == "card" else {},
        )

    # -- running -------------------------------------------------------------------------------
    def start_export(self) -> workers.Job | None:
        if self.problem() or self.controller.running:
            return None
        request = self.request()
        if not self._may_write(request.out):
            return None
        self._request = request
        self.result_label.clear()
        self.show_folder_button.hide()
        job = self.controller.start(
            self._request,
            self,
            self.tr("Exporting…"),
            {"reading": self.tr("Reading profiles…"), "writing": self.tr("Writing the export…")},
        )
        job.finished.connect(self._update)
        self._update()
        return job

    def _exported(self, paths: list[Path]) -> None:
        self.written = paths
        # The password is not kept once it has served.
        self.password_edit.clear()
        self.password_again_edit.clear()
        assert self._request is not None
        if len(paths) == 1:
            text = messages.fill(self.tr("Exported to %1."), paths[0])
        else:
            text = (
                self.tr("%Ln file(s) exported", "", len(paths))
                + " — "
                + str(folder_of(paths, self._request.out, self._request.fmt))
            )
        self.result_label.setText(text)
        self.show_folder_button.show()

    def _cancelled(self) -> None:
        self.result_label.setText(self.tr("Export cancelled; no file was written."))

    def _failed(self, message: str) -> None:
        self.result_label.setText(self.tr("Export failed."))
        dialog_service.service().error(self, self.tr("Export failed"), message)

    def show_in_folder(self) -> None:
        if not self.written or self._request is None:
            return
        folder = folder_of(self.written, self._request.out, self._request.fmt)
        self._open_url(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        # A running export is cancelled first; the dialog closes once the worker has stopped,
        # so no callback reaches a closed dialog.
        if self.controller.running:
            assert self.controller.job is not None
            self.controller.job.finished.connect(self._close_after_job)
            self.controller.cancel()
            return
        self.password_edit.clear()
        self.password_again_edit.clear()
        super().reject()

    def _close_after_job(self) -> None:
        with contextlib.suppress(RuntimeError):
            super().reject()
