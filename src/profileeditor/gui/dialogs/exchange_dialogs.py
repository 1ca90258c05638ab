"""Exchange between vaults without internet (issue 5 item 3): this vault's public key to share,
sending profiles in an encrypted bundle, receiving one, and settling the conflicts it left.

Bundles, merging and conflicts are export.bundle's and core.exchange's; the controllers here run
them on workers (each with its own connection) and the dialogs are the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.repository import Filters, Repository
from profileeditor.gui import dialog_service, workers
from profileeditor.gui.models.data_tables import ConflictsModel

BUNDLE_SUFFIX = ".pebundle"
BUNDLE_FILTER = "*.pebundle"
SELECTIONS = ("selected", "filtered", "all")


@dataclass
class _WorkerVault:
    """What export.bundle needs of a vault, over a worker's own connection."""

    repository: Repository
    vault_id: str


@dataclass(frozen=True)
class ExchangeSelection:
    """What the main window offers to send: its selected rows and its search and filters."""

    selected_ids: tuple[str, ...] = ()
    query: str = ""
    filters: Filters = field(default_factory=Filters)


def selection_ids(repository: Repository, selection: ExchangeSelection, which: str) -> list[str]:
    if which == "selected":
        return list(selection.selected_ids)
    if which == "filtered":
        return repository.ids(selection.query, selection.filters)
    return repository.ids("", Filters())


def parse_recipients(text: str) -> tuple[list[str], list[int]]:
    """The public keys given one per line, and the numbers of the lines that are not keys."""
    from profileeditor.core.exchange import BundleError
    from profileeditor.export.bundle import parse_recipient

    keys, bad = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            parse_recipient(line)
        except BundleError:
            bad.append(number)
        else:
            keys.append(line)
    return keys, bad


def needs_passphrase(path: Path) -> bool:
    """Whether a bundle file is sealed with a passphrase (its age header says scrypt)."""
    from profileeditor.export.bundle import AGE_MAGIC

    try:
        with Path(path).open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return head.startswith(AGE_MAGIC) and b"\n-> scrypt " in head


# -- my key --------------------------------------------------------------------------------------


class ExchangeKeyDialog(QDialog):
    """This vault's public key as selectable text, with Copy."""

    copied = Signal(str)

    def __init__(self, public_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exchangeKeyDialog")
        self.setWindowTitle(self.tr("My exchange key"))
        self.resize(640, 220)
        explanation = QLabel(
            self.tr(
                "Give this public key to the people who send you profiles: they encrypt bundles "
                "to it, and only this vault can open them. It is not secret; the private key "
                "never leaves the encrypted vault."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.key_edit = QLineEdit(public_key, self)
        self.key_edit.setObjectName("publicKey")
        self.key_edit.setReadOnly(True)
        # Keys are Latin text: keep them left-to-right in an Arabic window.
        self.key_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_edit.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        row = QHBoxLayout()
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.copy_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)

    def copy(self) -> None:
        key = self.key_edit.text()
        QGuiApplication.clipboard().setText(key)
        self.copied.emit(key)
        self.copy_button.setText(self.tr("Copied"))


# -- send ----------------------------------------------------------------------------------------


class SendBundleDialog(QDialog):
    """Which profiles, to whom (public keys or a passphrase), where to write the bundle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sendBundleDialog")
        self.setWindowTitle(self.tr("Send profiles"))
        self.resize(640, 520)
        self.selection_buttons: dict[str, QRadioButton] = {}
        self.selection_group = QButtonGroup(self)
        selection_box = QVBoxLayout()
        for which in SELECTIONS:
            button = QRadioButton(self)
            self.selection_buttons[which] = button
            self.selection_group.addButton(button)
            selection_box.addWidget(button)

        self.keys_radio = QRadioButton(self.tr("To the public keys of the recipients"), self)
        self.passphrase_radio = QRadioButton(self.tr("With a passphrase"), self)
        self.keys_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.keys_radio)
        self.mode_group.addButton(self.passphrase_radio)
        self.keys_edit = QPlainTextEdit(self)
        self.keys_edit.setObjectName("recipientKeys")
        self.keys_edit.setPlaceholderText(self.tr("age1… (one public key per line)"))
        self.keys_edit.setTabChangesFocus(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit(self)
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        passphrase_form = QFormLayout()
        passphrase_form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        passphrase_form.addRow(self.tr("Repeat it"), self.passphrase_again)

        self.out_edit = QLineEdit(self)
        self.out_edit.setObjectName("bundlePath")
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("sendProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a31515")
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Profiles"), self))
        layout.addLayout(selection_box)
        layout.addWidget(QLabel(self.tr("Encryption"), self))
        layout.addWidget(self.keys_radio)
        layout.addWidget(self.keys_edit, 1)
        layout.addWidget(self.passphrase_radio)
        layout.addLayout(passphrase_form)
        layout.addWidget(QLabel(self.tr("Bundle file"), self))
        layout.addLayout(out_row)
        layout.addWidget(self.problem_label)
        layout.addLayout(bottom)
        self.cancel_button.clicked.connect(self.reject)

    def chosen_selection(self) -> str:
        return next(w for w, b in self.selection_buttons.items() if b.isChecked())


class SendBundleController(QObject):
    sent = Signal(int, str)  # profiles written, bundle path

    def __init__(self, vault, view: SendBundleDialog, selection: ExchangeSelection):
        super().__init__(view)
        self.vault = vault
        self.view = view
        self.selection = selection
        self.job: workers.Job | None = None
        repository = vault.repository
        counts = {
            "selected": len(selection.selected_ids),
            "filtered": repository.count(selection.query, selection.filters),
            "all": repository.count(),
        }
        texts = {
            "selected": self.tr("The selected profile(s) (%n)", "", counts["selected"]),
            "filtered": self.tr(
                "The profiles in the list as filtered (%n)", "", counts["filtered"]
            ),
            "all": self.tr("All profiles (%n)", "", counts["all"]),
        }
        for which, button in view.selection_buttons.items():
            button.setText(texts[which])
            button.setEnabled(counts[which] > 0)
        first = next((w for w in SELECTIONS if counts[w]), "all")
        view.selection_buttons[first].setChecked(True)
        for signal in (
            view.keys_edit.textChanged,
            view.passphrase_edit.textChanged,
            view.passphrase_again.textChanged,
            view.out_edit.textChanged,
            view.keys_radio.toggled,
        ):
            signal.connect(self.validate)
        view.browse_button.clicked.connect(self.browse)
        view.send_button.clicked.connect(self.send)
        self.validate()

    def browse(self) -> None:
        path = dialog_service.service().save_file(
            self.view,
            self.tr("Save the bundle"),
            self.tr("Exchange bundles (%1)").replace("%1", BUNDLE_FILTER),
        )
        if path:
            if not Path(path).suffix:
                path += BUNDLE_SUFFIX
            self.view.out_edit.setText(path)

    def problem(self) -> str:
        """What stops sending, or "" when the form is complete."""
        view = self.view
        by_keys = view.keys_radio.isChecked()
        view.keys_edit.setEnabled(by_keys)
        view.passphrase_edit.setEnabled(not by_keys)
        view.passphrase_again.setEnabled(not by_keys)
        if by_keys:
            keys, bad = parse_recipients(view.keys_edit.toPlainText())
            if bad:
                return self.tr("Line %1 is not a public key (age1…).").replace("%1", str(bad[0]))
            if not keys:
                return self.tr("Paste at least one recipient's public key.")
        else:
            if not view.passphrase_edit.text():
                return self.tr("Type a passphrase, twice.")
            if view.passphrase_edit.text() != view.passphrase_again.text():
                return self.tr("The two passphrases differ.")
        out = view.out_edit.text().strip()
        if not out:
            return self.tr("Choose where to write the bundle.")
        if not Path(out).parent.is_dir():
            return self.tr("The folder of the bundle file does not exist.")
        return ""

    def validate(self) -> bool:
        problem = self.problem()
        self.view.problem_label.setText(problem)
        self.view.send_button.setEnabled(not problem)
        return not problem

    def send(self) -> workers.Job | None:
        if not self.validate():
            return None
        from profileeditor.export.bundle import write_bundle

        view = self.view
        ids = selection_ids(self.vault.repository, self.selection, view.chosen_selection())
        if view.keys_radio.isChecked():
            recipients, passphrase = parse_recipients(view.keys_edit.toPlainText())[0], None
        else:
            recipients, passphrase = None, view.passphrase_edit.text()
        out = Path(view.out_edit.text().strip())
        vault_id = self.vault.vault_id

        def work(context):
            return write_bundle(
                _WorkerVault(context.repository, vault_id),
                ids,
                out,
                recipients=recipients,
                passphrase=passphrase,
            )

        self.job = workers.run_job(
            work,
            parent=view,
            vault=self.vault,
            label=self.tr("Writing the bundle…"),
            cancellable=False,
            on_done=lambda count: self._sent(count, out),
            on_error=self._failed,
        )
        return self.job

    def _sent(self, count: int, out: Path) -> None:
        self.sent.emit(count, str(out))
        dialog_service.service().information(
            self.view,
            self.tr("Bundle written"),
            self.tr("%n profile(s) written to %1.", "", count).replace("%1", str(out)),
        )
        self.view.accept()

    def _failed(self, error: BaseException) -> None:
        dialog_service.service().error(self.view, self.tr("Send profiles"), str(error))


# -- receive -------------------------------------------------------------------------------------


class ReceiveBundleController(QObject):
    """Choose a bundle, ask its passphrase if it has one, merge it on a worker, report."""

    received = Signal(object)  # ExchangeReport
    conflictsRequested = Signal()

    def __init__(self, vault, parent: QWidget):
        super().__init__(parent)
        self.vault = vault
        self.parent_widget = parent
        self.job: workers.Job | None = None
        self.report = None

    def receive(self, path: Path | None = None) -> workers.Job | None:
        dialogs = dialog_service.service()
        if path is None:
            chosen = dialogs.open_file(
                self.parent_widget,
                self.tr("Receive a bundle"),
                self.tr("Exchange bundles (%1)").replace("%1", BUNDLE_FILTER + " *"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        passphrase = None
        if needs_passphrase(path):
            passphrase = dialogs.get_text(
                self.parent_widget,
                self.tr("Receive a bundle"),
                self.tr("This bundle is sealed with a passphrase. Passphrase:"),
                True,
            )
            if not passphrase:
                return None
        from profileeditor.export.bundle import import_bundle

        vault_id = self.vault.vault_id

        def work(context):
            return import_bundle(_WorkerVault(context.repository, vault_id), path, passphrase)

        self.job = workers.run_job(
            work,
            parent=self.parent_widget,
            vault=self.vault,
            label=self.tr("Receiving the bundle…"),
            cancellable=False,
            on_done=self._received,
            on_error=self._failed,
        )
        return self.job

    def _received(self, report) -> None:
        self.report = report
        self.received.emit(report)
        dialogs = dialog_service.service()
        text = (
            self.tr("Added: %1. Updated: %2. Unchanged: %3. In conflict: %4.")
            .replace("%1", str(len(report.added)))
            .replace("%2", str(len(report.updated)))
            .replace("%3", str(len(report.unchanged)))
            .replace("%4", str(len(report.conflicted)))
        )
        if not report.conflicts:
            dialogs.information(self.parent_widget, self.tr("Bundle received"), text)
            return
        question = self.tr(
            "%n field(s) were changed on both sides; your values are kept until you decide. "
            "Open the conflicts now?",
            "",
            len(report.conflicts),
        )
        if dialogs.confirm(
            self.parent_widget, self.tr("Bundle received"), text + "\n\n" + question
        ):
            self.conflictsRequested.emit()

    def _failed(self, error: BaseException) -> None:
        dialog_service.service().error(
            self.parent_widget, self.tr("The bundle was not imported"), str(error)
        )


# -- conflicts -----------------------------------------------------------------------------------


class ConflictsDialog(QDialog):
    """Open conflicts, one per row, and the two ways to settle the selected ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 520)
        self.hint = QLabel(
            self.tr(
                "These fields were changed both here and in another vault since the last "
                "exchange. Your value stays until you decide; the value not kept stays in the "
                "profile's history."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("conflictsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictsModel.LOCAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictsModel.REMOTE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No conflicts to settle."), self)
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.keep_button.setObjectName("keepMine")
        self.take_button = QPushButton(self.tr("Take theirs"), self)
        self.take_button.setObjectName("takeTheirs")
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)


class ConflictsController(QObject):
    changed = Signal(list)  # ids of profiles whose values changed

    def __init__(self, vault, view: ConflictsDialog):
        super().__init__(view)
        self.vault = vault
        self.view = view
        view.keep_button.clicked.connect(lambda: self.resolve_selected("local"))
        view.take_button.clicked.connect(lambda: self.resolve_selected("remote"))
        view.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        from profileeditor.core.exchange import conflicts

        repository = self.vault.repository
        records = conflicts(repository)
        ids = list(dict.fromkeys(r["profile_id"] for r in records))
        names = {}
        for profile in repository.get_profiles(ids, with_data=False):
            name = profile.get("name") or {}
            names[profile["id"]] = name.get("ar") or name.get("en") or ""
        self.view.model.set_items([{**r, "name": names.get(r["profile_id"], "")} for r in records])
        self.view.view.resizeRowsToContents()
        self.view.empty_label.setVisible(not records)
        self.view.view.setVisible(bool(records))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = bool(self.view.view.selectionModel().selectedRows())
        self.view.keep_button.setEnabled(chosen)
        self.view.take_button.setEnabled(chosen)

    def select(self, row: int) -> None:
        self.view.view.selectRow(row)

    def resolve_selected(self, choice: str) -> list[str]:
        """Settle the selected conflicts: "local" keeps mine, "remote" takes theirs."""
        from profileeditor.core.exchange import resolve_conflict

        rows = sorted(i.row() for i in self.view.view.selectionModel().selectedRows())
        records = [self.view.model.item(r) for r in rows]
        changed = []
        for record in records:
            try:
                resolve_conflict(self.vault.repository, record["id"], choice)
            except (KeyError, ValueError) as exc:
                dialog_service.service().error(self.view, self.tr("Conflicts"), str(exc))
                break
            changed.append(record["profile_id"])
        self.reload()
        if changed and choice == "remote":
            self.changed.emit(list(dict.fromkeys(changed)))
        return changed


def open_conflicts(parent: QWidget, vault) -> ConflictsController:
    view = ConflictsDialog(parent)
    controller = ConflictsController(vault, view)
    view.open()
    return controller
