"""Exchange between vaults without internet (issues 5 and 11): this vault's identity to share
(text and QR code, with its half of the safety numbers), the contacts, sending profiles in a
signed, encrypted bundle, receiving one — checking its sender first, with a review of every change
from an unverified contact — the sync folder, and settling conflicts.

Bundles, merging and conflicts are core.exchange's; the controllers here run them on workers
(each with its own connection) and the dialogs are the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import bidi
from profileeditor.core.repository import Filters, Repository
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.dialogs.key_actions import policy_message
from profileeditor.gui.models.data_tables import ConflictsModel, field_label, show_field_value

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
    """The public keys (age1… or identity lines) given one per line, and the numbers of the lines
    that are not keys."""
    from profileeditor.core.exchange import BundleError
    from profileeditor.core.exchange.bundle import parse_recipient

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
    from profileeditor.core.exchange.bundle import AGE_MAGIC

    try:
        with Path(path).open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return head.startswith(AGE_MAGIC) and b"\n-> scrypt " in head


# -- my identity --------------------------------------------------------------------------------


def qr_image(text: str, scale: int = 6) -> QImage:
    """A QR code of ``text`` (segno, pure Python) as a black-on-white image with a quiet zone."""
    import segno

    rows = list(segno.make_qr(text, error="m").matrix_iter(scale=1, border=4))
    size = len(rows)
    image = QImage(size * scale, size * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return image


class ExchangeKeyDialog(QDialog):
    """This vault's identity line as selectable text and a QR code, with Copy, and this vault's
    half of every safety number."""

    copied = Signal(str)

    def __init__(self, identity: str, code: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exchangeKeyDialog")
        self.setWindowTitle(self.tr("My exchange identity"))
        self.resize(720, 560)
        explanation = QLabel(
            self.tr(
                "Give this line to the people you exchange profiles with (or let them scan the "
                "code): they seal bundles to it and check that yours are signed by it. It is not "
                "secret; the private keys never leave the encrypted vault. Then compare the "
                "safety number shown with each contact by phone or in person."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.key_edit = QLineEdit(identity, self)
        self.key_edit.setObjectName("publicKey")
        self.key_edit.setReadOnly(True)
        # Keys are Latin text: keep them left-to-right in an Arabic window.
        self.key_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_edit.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.qr_label = QLabel(self)
        self.qr_label.setObjectName("identityQr")
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(identity, 4)))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label = QLabel(
            self.tr("This vault's half of every safety number: %1").replace("%1", group(code))
            if code
            else "",
            self,
        )
        self.code_label.setObjectName("identityCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.copy_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.qr_label, 1)
        layout.addWidget(self.code_label)
        layout.addLayout(bottom)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)

    def copy(self) -> None:
        key = self.key_edit.text()
        QGuiApplication.clipboard().setText(key)
        self.copied.emit(key)
        self.copy_button.setText(self.tr("Copied"))


def group(digits: str) -> str:
    from profileeditor.core.exchange.keys import group as grouped

    return ltr(grouped(digits))


def ltr(text: str) -> str:
    """Isolated left to right: in an Arabic window the bidi algorithm would otherwise reverse
    the order of digit groups, and a safety number must read the same on both screens."""
    return bidi.LRI + text + bidi.PDI


# -- contacts ------------------------------------------------------------------------------------


class ContactsDialog(QDialog):
    """The contact book: who this vault accepts bundles from, whether their safety number was
    compared, and adding, verifying and removing."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(self.tr("Contacts"))
        self.resize(1000, 560)
        hint = QLabel(
            self.tr(
                "Bundles are accepted only from contacts. Mark a contact verified once you have "
                "compared the safety number with them by phone or in person: bundles from an "
                "unverified contact are merged only after you review every change."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Verified"), self.tr("Added"), self.tr("Safety number")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("contactName")
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.identity_edit = QLineEdit(self)
        self.identity_edit.setObjectName("contactIdentity")
        self.identity_edit.setPlaceholderText(self.tr("pe1:age1… (their identity line)"))
        self.identity_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("contactProblem")
        self.problem_label.setStyleSheet("color: #a31515")
        self.verify_button = QPushButton(
            self.tr("Mark verified after comparing the safety number…"), self
        )
        self.verify_button.setObjectName("verifyContact")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.identity_edit, 3)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)


class ContactsController(QObject):
    def __init__(self, vault, view: ContactsDialog):
        super().__init__(view)
        self.vault = vault
        self.view = view
        self.rows: list = []
        view.add_button.clicked.connect(self.add)
        view.verify_button.clicked.connect(self.verify_selected)
        view.remove_button.clicked.connect(self.remove_selected)
        view.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        from profileeditor.core.exchange import contacts
        from profileeditor.core.exchange.keys import own_keys, safety_number

        repository = self.vault.repository
        own = own_keys(repository).public
        self.rows = contacts.list_contacts(repository)
        table = self.view.table
        table.setRowCount(len(self.rows))
        for row, contact in enumerate(self.rows):
            cells = [
                contact.name,
                self.tr("Yes") if contact.verified else self.tr("No — not verified"),
                contact.added_at[:10],
                ltr(safety_number(own, contact.identity)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        self._update_buttons()

    def _selected(self):
        rows = self.view.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, row: int) -> None:
        self.view.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.view.verify_button.setEnabled(chosen is not None and not chosen.verified)
        self.view.remove_button.setEnabled(chosen is not None)

    def add(self) -> bool:
        from profileeditor.core.exchange import contacts
        from profileeditor.core.exchange.keys import IdentityError

        try:
            contacts.add(
                self.vault.repository, self.view.name_edit.text(), self.view.identity_edit.text()
            )
        except (contacts.ContactError, IdentityError) as exc:
            self.view.problem_label.setText(messages.error_text(exc))
            return False
        self.view.problem_label.setText("")
        self.view.name_edit.clear()
        self.view.identity_edit.clear()
        self.reload()
        return True

    def verify_selected(self) -> bool:
        from profileeditor.core.exchange import contacts
        from profileeditor.core.exchange.keys import own_keys, safety_number

        contact = self._selected()
        if contact is None:
            return False
        number = safety_number(own_keys(self.vault.repository).public, contact.identity)
        question = (
            messages.fill(
                self.tr(
                    "Compare this safety number with %1, by phone or in person. Mark verified "
                    "only if every digit is the same on their screen:"
                ),
                contact.name,
            )
            + "\n\n"
            + ltr(number)
        )
        if not dialog_service.service().confirm(self.view, self.tr("Verify a contact"), question):
            return False
        contacts.set_verified(self.vault.repository, contact.name, True)
        self.reload()
        return True

    def remove_selected(self) -> bool:
        from profileeditor.core.exchange import contacts

        contact = self._selected()
        if contact is None:
            return False
        question = messages.fill(
            self.tr("Remove %1? Bundles signed by them will be refused from now on."),
            contact.name,
        )
        if not dialog_service.service().confirm(self.view, self.tr("Contacts"), question):
            return False
        contacts.remove(self.vault.repository, contact.name)
        self.reload()
        return True


def open_contacts(parent: QWidget, vault) -> ContactsController:
    view = ContactsDialog(parent)
    controller = ContactsController(vault, view)
    view.open()
    return controller


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

        self.keys_radio = QRadioButton(self.tr("To contacts (or public keys)"), self)
        self.contacts_list = QListWidget(self)
        self.contacts_list.setObjectName("recipientContacts")
        self.passphrase_radio = QRadioButton(self.tr("With a passphrase"), self)
        self.keys_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.keys_radio)
        self.mode_group.addButton(self.passphrase_radio)
        self.keys_edit = QPlainTextEdit(self)
        self.keys_edit.setObjectName("recipientKeys")
        self.keys_edit.setPlaceholderText(
            self.tr("pe1:… or age1… (one key per line, for someone not in your contacts)")
        )
        self.keys_edit.setMaximumHeight(80)
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
        layout.addWidget(self.contacts_list, 1)
        layout.addWidget(self.keys_edit)
        layout.addWidget(self.passphrase_radio)
        layout.addLayout(passphrase_form)
        layout.addWidget(QLabel(self.tr("Bundle file"), self))
        layout.addLayout(out_row)
        layout.addWidget(self.problem_label)
        layout.addLayout(bottom)
        self.cancel_button.clicked.connect(self.reject)

    def chosen_selection(self) -> str:
        return next(w for w, b in self.selection_buttons.items() if b.isChecked())

    def chosen_contacts(self) -> list[str]:
        items = (self.contacts_list.item(i) for i in range(self.contacts_list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]


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
            "selected": self.tr("The selected profile(s) (%Ln)", "", counts["selected"]),
            "filtered": self.tr(
                "The profiles in the list as filtered (%Ln)", "", counts["filtered"]
            ),
            "all": self.tr("All profiles (%Ln)", "", counts["all"]),
        }
        for which, button in view.selection_buttons.items():
            button.setText(texts[which])
            button.setEnabled(counts[which] > 0)
        first = next((w for w in SELECTIONS if counts[w]), "all")
        view.selection_buttons[first].setChecked(True)
        from profileeditor.core.exchange import contacts

        for contact in contacts.list_contacts(repository):
            item = QListWidgetItem(contact.name, view.contacts_list)
            item.setCheckState(Qt.CheckState.Unchecked)
            if not contact.verified:
                item.setToolTip(self.tr("Not verified: compare the safety number first"))
        view.contacts_list.itemChanged.connect(self.validate)
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
        view.contacts_list.setEnabled(by_keys)
        view.passphrase_edit.setEnabled(not by_keys)
        view.passphrase_again.setEnabled(not by_keys)
        if by_keys:
            keys, bad = parse_recipients(view.keys_edit.toPlainText())
            if bad:
                return self.tr("Line %1 is not a public key (age1…).").replace("%1", str(bad[0]))
            if not keys and not view.chosen_contacts():
                return self.tr("Tick at least one contact, or paste a recipient's key.")
        else:
            if not view.passphrase_edit.text():
                return self.tr("Type a passphrase, twice.")
            weak = policy_message(view.passphrase_edit.text())  # the vault's policy
            if weak:
                return weak
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
        from profileeditor.core.exchange.bundle import write_bundle

        view = self.view
        ids = selection_ids(self.vault.repository, self.selection, view.chosen_selection())
        names: list[str] = []
        if view.keys_radio.isChecked():
            recipients, passphrase = parse_recipients(view.keys_edit.toPlainText())[0], None
            names = view.chosen_contacts()
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
                contacts=names,
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
            messages.fill(self.tr("%Ln profile(s) written to %1.", "", count), out),
        )
        self.view.accept()

    def _failed(self, error: BaseException) -> None:
        dialog_service.service().error(
            self.view, self.tr("Send profiles"), messages.error_text(error)
        )


# -- receive -------------------------------------------------------------------------------------


class ReviewDialog(QDialog):
    """Every field a bundle from an unverified contact would change, before anything is written."""

    def __init__(self, contact: str, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(messages.fill(self.tr("Review a bundle from %1"), contact))
        self.resize(1000, 600)
        hint = QLabel(
            messages.fill(
                self.tr(
                    "Not verified: you have not compared the safety number of %1. Nothing is "
                    "written until you accept these %2 changes."
                ),
                contact,
                len(report.changes),
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(len(report.changes), 4, self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Profile"), self.tr("Field"), self.tr("Now"), self.tr("After the merge")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, change in enumerate(report.changes):
            trash = change.path == "~deleted"
            for column, value in enumerate(
                (
                    change.name or change.profile_id,
                    # Labels and vocabulary labels, never a field path or a code (issue 13.15).
                    self.tr("In the trash") if trash else field_label(change.path),
                    self._yes_no(change.old) if trash else _shown(change.path, change.old),
                    self._yes_no(change.new) if trash else _shown(change.path, change.new),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge these changes"), self)
        self.merge_button.setObjectName("mergeReviewed")
        self.refuse_button = QPushButton(self.tr("Refuse"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.merge_button.clicked.connect(self.accept)
        self.refuse_button.clicked.connect(self.reject)

    def _yes_no(self, value) -> str:
        return self.tr("Yes") if value else self.tr("No")


def _shown(path: str, value) -> str:
    """A value as the review shows it: a code by its label, absent as a dash."""
    if value is None:
        return "—"
    return show_field_value(path, value)


class ReceiveBundleController(QObject):
    """Choose a bundle, ask its passphrase if it has one; check its sender (a stranger is
    accepted only after seeing the safety number, an unverified contact's changes only after a
    review); merge it on a worker, report."""

    received = Signal(object)  # ExchangeReport
    conflictsRequested = Signal()

    def __init__(self, vault, parent: QWidget):
        super().__init__(parent)
        self.vault = vault
        self.parent_widget = parent
        self.job: workers.Job | None = None
        self.report = None
        self.review: ReviewDialog | None = None
        self.path: Path | None = None
        self.passphrase: str | None = None

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
        self.path, self.passphrase = Path(path), passphrase
        return self._run(None)

    def _run(self, accept: str | None) -> workers.Job:
        from profileeditor.core.exchange.bundle import import_bundle

        vault_id = self.vault.vault_id
        path, passphrase = self.path, self.passphrase

        def work(context):
            return import_bundle(
                _WorkerVault(context.repository, vault_id),
                path,
                passphrase,
                accept_unverified=accept,
            )

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
        text = messages.fill(
            self.tr("From %5. Added: %1. Updated: %2. Unchanged: %3. In conflict: %4."),
            len(report.added),
            len(report.updated),
            len(report.unchanged),
            len(report.conflicted),
            report.peer,
        )
        if report.trashed:
            text += " " + self.tr("Moved to the trash (restorable): %1.").replace(
                "%1", str(len(report.trashed))
            )
        if not report.conflicts:
            dialogs.information(self.parent_widget, self.tr("Bundle received"), text)
            return
        question = self.tr(
            "%Ln field(s) were changed on both sides; the later change stands meanwhile in "
            "every vault. Open the conflicts now?",
            "",
            len(report.conflicts),
        )
        if dialogs.confirm(
            self.parent_widget, self.tr("Bundle received"), text + "\n\n" + question
        ):
            self.conflictsRequested.emit()

    def _failed(self, error: BaseException) -> None:
        from profileeditor.core.exchange.bundle import NeedsReview, UnknownSender

        if isinstance(error, UnknownSender):
            self._stranger(error)
            return
        if isinstance(error, NeedsReview):
            self._review(error)
            return
        dialog_service.service().error(
            self.parent_widget, self.tr("The bundle was not imported"), messages.error_text(error)
        )

    def _stranger(self, error) -> None:
        from profileeditor.core.exchange import contacts

        dialogs = dialog_service.service()
        question = (
            self.tr(
                "This bundle is signed by someone who is not one of your contacts. Nothing was "
                "imported. Compare this safety number with the sender before you accept them:"
            )
            + "\n\n"
            + ltr(error.safety)
            + "\n\n"
            + self.tr("Accept this sender as a new, unverified contact?")
        )
        if not dialogs.confirm(self.parent_widget, self.tr("Unknown sender"), question):
            return
        name = dialogs.get_text(
            self.parent_widget, self.tr("Unknown sender"), self.tr("Name of the new contact:")
        )
        if not name or not name.strip():
            return
        try:
            contacts.add(self.vault.repository, name, error.signer)
        except contacts.ContactError as exc:
            dialogs.error(self.parent_widget, self.tr("Unknown sender"), messages.error_text(exc))
            return
        self._run(None)  # now an unverified contact: the review comes next

    def _review(self, error) -> None:
        contact = error.report.peer
        self.review = ReviewDialog(contact, error.report, self.parent_widget)
        self.review.accepted.connect(lambda: self._run(contact))
        self.review.open()


# -- sync folder ---------------------------------------------------------------------------------


class SyncController(QObject):
    """Runs a sync pass on a worker when the vault opens and every few minutes while it is open
    (core/exchange/sync.py); a pass that merged something refreshes the list."""

    synced = Signal(object)  # SyncResult

    def __init__(self, window):
        super().__init__(window)
        from profileeditor.core.exchange.sync import POLL_SECONDS

        self.window = window
        self.job: workers.Job | None = None
        self.last = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_SECONDS * 1000)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        from profileeditor.core.exchange.sync import folder_of

        if folder_of(self.window.vault.repository) is None:
            self.timer.stop()
            return
        self.timer.start()
        self.run()

    def stop(self) -> None:
        self.timer.stop()

    def choose_folder(self) -> None:
        from profileeditor.core.exchange import sync

        chosen = dialog_service.service().choose_directory(
            self.window, self.tr("Choose the shared sync folder")
        )
        if not chosen:
            return
        try:
            sync.tie(self.window.vault.repository, Path(chosen))
        except sync.SyncError as exc:
            dialog_service.service().error(
                self.window, self.tr("Sync folder"), messages.error_text(exc)
            )
            return
        self.start()

    def run(self) -> workers.Job | None:
        from profileeditor.core.exchange import sync

        vault = self.window.vault
        if vault is None or vault.is_locked or (self.job is not None and not self.job.done):
            return None
        vault_id = vault.vault_id

        def work(context):
            return sync.run(_WorkerVault(context.repository, vault_id))

        self.job = workers.run_job(
            work,
            parent=self.window,
            vault=vault,
            label=self.tr("Syncing…"),
            cancellable=False,
            on_done=self._done,
            on_error=lambda error: self.window.statusBar().showMessage(
                messages.error_text(error), 10000
            ),
        )
        return self.job

    def _done(self, result) -> None:
        self.last = result
        self.synced.emit(result)
        self.window.statusBar().showMessage(" · ".join(result.lines()), 10000)


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
                "These fields were changed both here and in another vault without either seeing "
                "the other's change. The later change stands meanwhile in every vault; your "
                "decision travels to the others, and the value not kept stays in the history."
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
                dialog_service.service().error(
                    self.view, self.tr("Conflicts"), messages.error_text(exc)
                )
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
