"""The first screen: create a vault, open one, or open the demo vault — then unlock it.

Creating a vault asks for a folder, the passphrase twice (with a strength hint), and shows the
recovery key once, with copy, print and save, and an "I have stored it" confirmation that must be
ticked before the vault is used. Key derivation and filling the demo vault run off the GUI thread.

The first screen starts in the system's language and offers the other one: choosing it stores
the choice and ends the dialog with ``RESTART``, so that the shell (gui/app.py) builds the
windows again in that language.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.passphrase_policy import MIN_LENGTH, assess
from profileeditor.core.vault import Vault, VaultError
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.dialogs.key_actions import policy_message
from profileeditor.gui.dialogs.unlock import UnlockController
from profileeditor.gui.secret_clipboard import copy_secret
from profileeditor.gui.settings import AppSettings
from profileeditor.gui.views.unlock_view import UnlockView
from profileeditor.resources import resource

MIN_PASSPHRASE_LENGTH = MIN_LENGTH
VAULT_SUFFIX = ".pevault"
# The demo vault holds only the fictional sample profiles, so its passphrase may be public.
DEMO_PASSPHRASE = "demo"
# Each language named in itself: a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("en", "English"), ("ar", "العربية"))


def strength(passphrase: str, user_inputs=()) -> int:
    """0 empty, 1 weak, 2 nearly, 3 good, 4 strong — the passphrase policy's own estimate
    (core/passphrase_policy.py), the same the command line and a passphrase change apply."""
    return assess(passphrase, user_inputs).level


class CreatePage(QWidget):
    """Layout of the "new vault" form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Create a new vault"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(self.tr("Choose…"), self)
        self.folder_button.setObjectName("chooseFolderButton")
        self.name_edit = QLineEdit("profiles", self)
        self.name_edit.setObjectName("vaultNameEdit")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("createMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.back_button = QPushButton(self.tr("Back"), self)
        self.create_button = QPushButton(self.tr("Create vault"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setEnabled(False)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("In folder"), folder_row)
        form.addRow(self.tr("Vault name"), self.name_edit)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat passphrase"), self.repeat_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        explain = QLabel(
            self.tr(
                "The passphrase encrypts everything in the vault. Use several words that only "
                "you know; it cannot be reset, only replaced with the recovery key."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def reset(self) -> None:
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self.message.clear()


class RecoveryPage(QWidget):
    """Layout of the page that shows the recovery key once."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Your recovery key"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(
            self.tr(
                "This key opens the vault if the passphrase is forgotten. It is shown only "
                "now. Write it down or print it and keep it somewhere safe, away from this "
                "computer. Anyone who has it can open the vault."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_view = QPlainTextEdit(self)
        self.key_view.setObjectName("recoveryKeyView")
        self.key_view.setReadOnly(True)
        self.key_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_view.setMaximumHeight(70)
        # A key is Latin text: keep it left-to-right even in the Arabic interface.
        self.key_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save to a file…"), self)
        self.stored_check = QCheckBox(self.tr("I have stored the recovery key safely"), self)
        self.stored_check.setObjectName("storedCheck")
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.save_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.key_view)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self.stored_check)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        layout.addLayout(bottom)


class HomePage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Profile Editor"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Profiles of detained people, encrypted on this computer. Create a vault, open "
                "an existing one, or try the demo vault of fictional profiles."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a new vault…"), self)
        self.create_button.setObjectName("createVaultButton")
        self.open_button = QPushButton(self.tr("Open a vault…"), self)
        self.open_button.setObjectName("openVaultButton")
        self.demo_button = QPushButton(self.tr("Open the demo vault"), self)
        self.demo_button.setObjectName("demoVaultButton")
        self.recent_label = QLabel(self.tr("Recent vaults"), self)
        self.recent_list = QListWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("welcomeLanguageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        # In both languages at once, not translated: whoever cannot read one reads the other.
        language_label = QLabel("Language · اللغة", self)
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        for button in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.message)
        layout.addStretch(1)


class WelcomeDialog(QDialog):
    """Ends accepted with ``self.vault`` open (and ``self.demo_dir`` set for the demo vault)."""

    HOME, CREATE, RECOVERY, UNLOCK = range(4)
    # Result code: the user chose another language; build the windows again in it.
    RESTART = 2

    def __init__(
        self,
        settings: AppSettings,
        vault_path: Path | None = None,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile Editor"))
        self.setMinimumSize(560, 440)
        self._settings = settings
        # Tests pass a fast KDF; real vaults use the tuned one (None).
        self._kdf = kdf
        self.vault: Vault | None = None
        self.demo_dir: Path | None = None
        self.passphrase_typed = False  # the vault was unlocked here with its passphrase
        self.job: workers.Job | None = None
        self._recovery_key = ""

        self.stack = QStackedWidget(self)
        self.home = HomePage(self.stack)
        self.create = CreatePage(self.stack)
        self.recovery = RecoveryPage(self.stack)
        self.unlock_view = UnlockView(self.stack)
        for page in (self.home, self.create, self.recovery, self.unlock_view):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.unlock = UnlockController(self.unlock_view)

        self.home.create_button.clicked.connect(self.show_create)
        self.home.open_button.clicked.connect(self.choose_vault)
        self.home.demo_button.clicked.connect(self.open_demo)
        self.home.recent_list.itemActivated.connect(
            lambda item: self.show_unlock(Path(item.text()))
        )
        self.create.folder_button.clicked.connect(self._choose_parent_folder)
        self.create.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(self.HOME))
        self.create.create_button.clicked.connect(self.create_vault)
        for edit in (self.create.passphrase_edit, self.create.repeat_edit, self.create.name_edit):
            edit.textChanged.connect(self._check_create_form)
        self.recovery.copy_button.clicked.connect(self._copy_key)
        self.recovery.print_button.clicked.connect(self._print_key)
        self.recovery.save_button.clicked.connect(self._save_key)
        self.recovery.continue_button.clicked.connect(self._recovery_confirmed)
        self.unlock.unlocked.connect(self._unlocked)
        self.unlock.otherVaultRequested.connect(lambda: self.stack.setCurrentIndex(self.HOME))

        self.home.language_combo.setCurrentIndex(
            max(self.home.language_combo.findData(settings.language), 0)
        )
        self.home.language_combo.currentIndexChanged.connect(self._language_chosen)

        self._fill_recent()
        if vault_path is not None:
            self.show_unlock(Path(vault_path))

    # -- home ----------------------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        language = self.home.language_combo.currentData()
        if self.busy:  # a vault is being made or opened: the choice waits
            self.home.language_combo.setCurrentIndex(
                max(self.home.language_combo.findData(self._settings.language), 0)
            )
            return
        shown = self._settings.language
        self._settings.language = language  # chosen now: no longer the system's
        self._settings.sync()
        if language != shown:
            self.done(self.RESTART)

    def _fill_recent(self) -> None:
        recent = self._settings.recent_vaults
        self.home.recent_list.clear()
        self.home.recent_list.addItems(recent)
        self.home.recent_label.setVisible(bool(recent))
        self.home.recent_list.setVisible(bool(recent))

    def show_create(self) -> None:
        self.create.reset()
        self._check_create_form()
        self.stack.setCurrentIndex(self.CREATE)
        self.create.passphrase_edit.setFocus()

    def choose_vault(self) -> None:
        path = dialog_service.service().choose_directory(self, self.tr("Open a vault folder"))
        if path:
            self.show_unlock(Path(path))

    def show_unlock(self, path: Path) -> None:
        self.unlock.set_vault_path(path)
        self.stack.setCurrentIndex(self.UNLOCK)
        self.unlock_view.secret_edit.setFocus()

    # -- create --------------------------------------------------------------------------------
    def _choose_parent_folder(self) -> None:
        path = dialog_service.service().choose_directory(
            self, self.tr("Where should the new vault be kept?")
        )
        if path:
            self.create.folder_edit.setText(path)
            self._check_create_form()

    def target_path(self) -> Path | None:
        folder, name = self.create.folder_edit.text(), self.create.name_edit.text().strip()
        if not folder or not name:
            return None
        if not name.endswith(VAULT_SUFFIX):
            name += VAULT_SUFFIX
        return Path(folder) / name

    def _check_create_form(self) -> None:
        page = self.create
        passphrase, repeat = page.passphrase_edit.text(), page.repeat_edit.text()
        target = self.target_path()
        words = (target.name, target.stem) if target is not None else ()
        verdict = assess(passphrase, words)
        page.meter.setValue(verdict.level)
        if not passphrase:
            page.hint.clear()
        elif not verdict.ok:
            page.hint.setText(policy_message(passphrase, words))
        else:
            page.hint.setText(self.tr("Strong.") if verdict.level == 4 else self.tr("Good."))
        problem = ""
        if repeat and repeat != passphrase:
            problem = self.tr("The two passphrases differ.")
        page.message.setText(problem)
        page.create_button.setEnabled(
            target is not None and verdict.ok and passphrase == repeat and not self.busy
        )

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def create_vault(self) -> None:
        target = self.target_path()
        passphrase = self.create.passphrase_edit.text()
        if target is None or passphrase != self.create.repeat_edit.text():
            return
        if not assess(passphrase, (target.name, target.stem)).ok:
            return
        kdf = self._kdf
        self.create.create_button.setEnabled(False)
        self.create.message.setText(self.tr("Creating the vault…"))

        def work(_context):
            return Vault.create(target, passphrase, kdf)

        self.job = workers.run_job(work, on_done=self._created, on_error=self._create_failed)

    def _created(self, result) -> None:
        vault, recovery_key = result
        self.vault = vault
        self.create.reset()
        self._settings.add_recent_vault(vault.path)
        self._recovery_key = recovery_key
        self.recovery.key_view.setPlainText(recovery_key)
        self.recovery.stored_check.setChecked(False)
        self.stack.setCurrentIndex(self.RECOVERY)

    def _create_failed(self, error: BaseException) -> None:
        self.create.message.setText(
            messages.error_text(error)
            if isinstance(error, VaultError)
            else messages.fill(self.tr("The vault could not be created: %1"), error)
        )
        self._check_create_form()

    # -- recovery key --------------------------------------------------------------------------
    def _copy_key(self) -> None:
        copy_secret(self._recovery_key)

    def _print_key(self) -> None:
        dialog_service.service().print_text(
            self, self.tr("Print the recovery key"), self._recovery_text()
        )

    def _recovery_text(self) -> str:
        assert self.vault is not None
        return (
            self.tr("Profile Editor — recovery key")
            + "\n\n"
            + messages.fill(self.tr("Vault: %1"), self.vault.path.name)
            + "\n\n"
            + self._recovery_key
            + "\n"
        )

    def _save_key(self) -> None:
        path = dialog_service.service().save_file(
            self, self.tr("Save the recovery key"), self.tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            Path(path).write_text(self._recovery_text(), encoding="utf-8")
        except OSError as exc:
            dialog_service.service().error(self, self.tr("Could not save"), str(exc))

    def _recovery_confirmed(self) -> None:
        if not self.recovery.stored_check.isChecked():
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._recovery_key:
            clipboard.clear()  # the key should not linger where any program can read it
        self._recovery_key = ""
        self.recovery.key_view.clear()
        self.accept()

    # -- demo ----------------------------------------------------------------------------------
    def open_demo(self) -> None:
        if self.busy:
            return
        kdf = self._kdf
        self.home.message.setText(self.tr("Preparing the demo vault…"))
        self.home.demo_button.setEnabled(False)

        def work(_context):
            return create_demo_vault(kdf)

        self.job = workers.run_job(work, on_done=self._demo_ready, on_error=self._demo_failed)

    def _demo_ready(self, result) -> None:
        self.vault, self.demo_dir = result
        self.home.message.clear()
        self.home.demo_button.setEnabled(True)
        self.accept()

    def _demo_failed(self, error: BaseException) -> None:
        self.home.demo_button.setEnabled(True)
        self.home.message.setText(messages.error_text(error))

    # -- unlock --------------------------------------------------------------------------------
    def _unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self.passphrase_typed = self.unlock.by_passphrase
        self._settings.add_recent_vault(vault.path)
        self.accept()

    def reject(self) -> None:
        if self.busy:
            return  # a vault is being created or opened; let it finish
        super().reject()


def create_demo_vault(kdf: KdfParams | None = None) -> tuple[Vault, Path]:
    """A vault of the fictional sample profiles in a new temporary folder (removed on exit)."""
    from profileeditor.importers.json_import import import_document

    folder = Path(tempfile.mkdtemp(prefix="profileeditor-demo-"))
    try:
        vault, _recovery = Vault.create(folder / f"demo{VAULT_SUFFIX}", DEMO_PASSPHRASE, kdf)
        with resource("samples", "profiles.sample.json").open(encoding="utf-8") as fh:
            import_document(vault.repository, json.load(fh))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return vault, folder
