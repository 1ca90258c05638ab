"""ProfileEditor: the tabbed editor of one profile, saving each edit as it happens.

The editor holds the profile as a plain dict in the interchange format, exactly as the repository
returned it; an edit changes only the addressed value, so a field the editor does not know (or
did not touch) is written back as it was. Each edit is one QUndoCommand; pushing it applies the
change and saves the profile with ``repository.update_profile`` (one transaction, one revision
row per changed field; only the rows that differ are written), carrying the revision it was read
at: a save over a version someone else saved since is refused, and the editor reloads. It
listens to the vault's changes (``repository_changed``): when another write (an import, a merge)
changes the profile shown, it reloads it, keeping what is being typed. A save the vault could
not take (locked by another program, disk full) shows "Not saved" and is retried on a timer, the
edit kept: a save waits only SAVE_WAIT_MS for another writer, so the window never freezes for the
connection's 5 s. Before the vault locks (``close_for_lock``) a pending edit is saved first; one
the vault still refuses is kept off screen and saved when its profile is shown after unlock. The
kept edit is the one thing of the vault that outlives a lock (gui/lock_controller.py empties the
rest), in memory only: a restart for a new language hands it to the new window
(``take_kept_edit``/``keep_edit``), and closing the vault (another vault, quitting, erasing)
drops it (``drop_kept_edit``).
Undo and redo re-apply and re-save. Pending typing is flushed before loading another profile,
undoing, clearing and closing.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import sys
import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import changes as vault_changes
from profileeditor.core import errors, wording
from profileeditor.core.errors import StorageError
from profileeditor.core.model import display_name
from profileeditor.core.photos import PhotoError
from profileeditor.core.repository import InvalidProfile, ProfileNotFound, StaleProfile
from profileeditor.gui import messages
from profileeditor.gui.editor import paths
from profileeditor.gui.editor.attachments import AttachmentsTab, make_attachment
from profileeditor.gui.editor.cases import CasesTab
from profileeditor.gui.editor.commands import SetValuesCommand
from profileeditor.gui.editor.confidential import ConfidentialTab
from profileeditor.gui.editor.detentions import DetentionsTab
from profileeditor.gui.editor.events import EventsTab
from profileeditor.gui.editor.facts_view import FactsView
from profileeditor.gui.editor.fields import FieldWidget, ui_lang
from profileeditor.gui.editor.history_view import HistoryView
from profileeditor.gui.editor.identity import BiographyTab, IdentityTab, scrolling
from profileeditor.gui.editor.photo import describe_metadata
from profileeditor.gui.editor.sources import SourcesTab
from profileeditor.gui.editor.wheel import guard_all

# Lists of sub-records: adding or removing one changes what the tables and forms show.
RECORD_LISTS = frozenset(
    {
        "detentions",
        "detentions.facilities",
        "cases",
        "cases.proceedings",
        "events",
        "sources",
        "attachments",
    }
)


class SectionList(QListWidget):
    """The editor's section names, wrapped over as many rows as the width needs and exactly
    as tall as those rows (the rows are counted here: the view's own layout lags a resize)."""

    PADDING = 12  # the item's horizontal padding in the style sheet, both sides

    def fit(self) -> None:
        spacing = self.spacing()
        available = max(1, self.width() - 2 * self.frameWidth() - spacing)
        rows, used, row_height = 1, 0, 0
        for index in range(self.count()):
            hint = self.sizeHintForIndex(self.model().index(index, 0))
            width = hint.width() + 2 * spacing
            row_height = max(row_height, hint.height() + 2 * spacing)
            if used and used + width > available:
                rows, used = rows + 1, 0
            used += width
        height = rows * row_height + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)
        QTimer.singleShot(0, self, self._grow_to_items)

    def _grow_to_items(self) -> None:
        """Should Qt's own layout wrap one more row than counted, make room for it."""
        bottom = max(self.visualItemRect(self.item(i)).bottom() for i in range(self.count()))
        needed = bottom + 2 * self.frameWidth() + self.spacing() + 2
        if needed > self.height():
            self.setFixedHeight(needed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class FlushingUndoStack(QUndoStack):
    """An undo stack that first saves the field being typed in, so undo takes back that edit
    rather than the one before it (for callers in Python; Qt's own undo action bypasses it)."""

    def __init__(self, flush, parent=None):
        super().__init__(parent)
        self._flush = flush

    def undo(self) -> None:
        self._flush()
        super().undo()

    def redo(self) -> None:
        self._flush()
        super().redo()


class ProfileEditor(QWidget):
    """Editor of one profile at a time; see the module docstring for how it saves."""

    RETRY_MS = 3000  # a save the vault refused (busy, full) is tried again this often
    SAVE_WAIT_MS = 100  # how long a save waits for another writer before "Not saved"
    LOCK_WAIT_MS = 5000  # before a lock, as long as the connection would (a job is cancelling)

    profileChanged = Signal(str)
    profileCreated = Signal(str)
    photoReplaced = Signal(str)

    def __init__(self, repository, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self._repository = repository
        self._profile: dict | None = None
        self._stack = FlushingUndoStack(self.flush, self)
        self._applying = False
        # A new profile lives only here until it has a name; its first named save creates it.
        self._draft = False
        # The save path: the revision the profile was read at, whether the store still lacks an
        # edit (a save failed and is retried), and edits collected while reloading.
        self._revision: int | None = None
        self._unsaved = False
        self._saving = False
        self._collecting: list[tuple[str, Any]] | None = None
        # An edit the vault refused right up to a lock: (profile as edited, revision it was
        # read at), saved when that profile is shown again after unlock.
        self._kept: tuple[dict, int | None] | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(self.RETRY_MS)
        self._retry_timer.timeout.connect(self._retry)

        self._rebuild_pending = False

        self.pages = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Choose a profile in the list, or create one."), self)
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.pages.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_body()

    def _build_body(self) -> None:
        """Make the header and the tabs (again after a change of language)."""
        body = self.body = QWidget(self)
        self.pages.addWidget(body)

        # Header: the name in the interface language with the other beneath, facts, save state.
        self.title = QLabel(body)
        self.title.setObjectName("editorTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("editorSubtitle")
        self.facts_line = QLabel(body)
        self.facts_line.setObjectName("editorFactsLine")
        # Contradictions the facts refuse to paper over (issue 13 item 4), in plain words.
        self.warnings_label = QLabel(body)
        self.warnings_label.setObjectName("editorWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #a04000; font-weight: bold;")
        self.warnings_label.hide()
        for label in (self.title, self.subtitle, self.facts_line):
            # Long names and facts wrap rather than widen the editor past a narrow window.
            label.setWordWrap(True)
        self.status = QLabel(body)
        self.status.setObjectName("saveStatus")
        self.undo_button = QToolButton(body)
        self.redo_button = QToolButton(body)
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.undo_button.clicked.connect(self._stack.undo)
        self.redo_button.clicked.connect(self._stack.redo)
        self._stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self._stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(self._stack.canUndo())
        self.redo_button.setEnabled(self._stack.canRedo())
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.facts_line)
        names.addWidget(self.warnings_label)
        right = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        right.addLayout(buttons)
        right.addWidget(self.status, 0, Qt.AlignTrailing)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        header.addLayout(right)

        self.identity = IdentityTab()
        self.biography = BiographyTab()
        self.detentions = DetentionsTab()
        self.cases = CasesTab()
        self.events = EventsTab()
        self.sources = SourcesTab()
        self.attachments = AttachmentsTab()
        self.confidential = ConfidentialTab()
        self.facts = FactsView()
        self.history = HistoryView()
        self.history.restoreRequested.connect(self.restore_value)
        self.history.set_source(self._history_source)
        self.sections = [
            self.identity,
            self.biography,
            self.detentions,
            self.cases,
            self.events,
            self.sources,
            self.attachments,
            self.confidential,
        ]
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("editorTabs")
        self.tabs.setUsesScrollButtons(True)
        for widget, label in (
            (self.identity, self.tr("Identity")),
            (self.biography, self.tr("Biography")),
            (self.detentions, self.tr("Detention")),
            (self.cases, self.tr("Cases")),
            (self.events, self.tr("Events")),
            (self.sources, self.tr("Sources")),
            (self.attachments, self.tr("Attachments")),
            (self.confidential, self.tr("Confidential")),
            (scrolling(self.facts), self.tr("Facts")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(widget, label)
        # Ten sections do not fit one row of tabs beside the list (English hid Confidential,
        # Facts and History behind scroll arrows): the section names wrap over as many rows as
        # the width needs, all in sight; the tab widget keeps the pages (and its API) without
        # its bar.
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.section_list = SectionList(body)
        self.section_list.setObjectName("editorSections")
        self.section_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.section_list.setFlow(QListView.Flow.LeftToRight)
        self.section_list.setWrapping(True)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.section_list.setSpacing(2)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.section_list.setStyleSheet("QListWidget::item { padding: 2px 6px; }")
        for index in range(self.tabs.count()):
            item = QListWidgetItem(self.tabs.tabText(index), self.section_list)
            if self.tabs.widget(index) is self.confidential:
                item.setForeground(Qt.darkRed)
        self.section_list.fit()
        self.section_list.currentRowChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.section_list.setCurrentRow(0)
        for section in self.sections:
            section.edited.connect(self._commit)
            section.levelRequested.connect(self._set_level)
        self.identity.photo.photoData.connect(self.set_photo)
        self.identity.photo.removeRequested.connect(self.remove_photo)

        column = QVBoxLayout(body)
        column.addLayout(header)
        column.addWidget(self.section_list)
        column.addWidget(self.tabs, 1)
        guard_all(body)

    def _tab_shown(self, index: int) -> None:
        if self.section_list.currentRow() != index:
            self.section_list.setCurrentRow(index)

    def _history_source(self):
        """What the History tab shows, read when it is shown (history_view.py): reading and
        wording every revision of a long history at each save, while the user types in another
        tab, would hold the window for nothing."""
        if self._profile is None or self._repository is None:
            return None
        return self._repository.history(self._profile["id"]), self._profile

    def changeEvent(self, event) -> None:
        # Every text is set when the tabs are made: a new language rebuilds them, once, after
        # all the translators of the switch are in (each one installed sends this event).
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._rebuild_pending = False
        with contextlib.suppress(Exception):  # the vault may be closed: nothing left to save
            self.flush()
        tab = self.tabs.currentIndex()
        old = self.body
        self.pages.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.placeholder.setText(self.tr("Choose a profile in the list, or create one."))
        self._build_body()
        if self._profile is None:
            return
        try:
            self._refresh(full=True)
        except RuntimeError:  # the vault was locked in the meantime: show nothing
            self.clear()
            return
        self.tabs.setCurrentIndex(tab)
        self.pages.setCurrentIndex(self.pages.indexOf(self.body))

    # -- the contract with the main window --------------------------------------------------------
    def set_repository(self, repository) -> None:
        self.clear()
        self._repository = repository

    def current_id(self) -> str | None:
        """The stored profile shown (None for a new one not yet stored)."""
        return self._profile["id"] if self._profile and not self._draft else None

    def is_draft(self) -> bool:
        return self._profile is not None and self._draft

    def new_profile(self) -> None:
        """Show an empty profile with the cursor in the name (issue 13 item 7). Nothing is
        stored until a name is typed: an abandoned "new profile" leaves no empty record."""
        self.flush()
        self._stack.clear()
        self._profile = {"id": str(uuid.uuid4())}
        self._draft = True
        self.identity.photo.clear_report()
        self._refresh(full=True)
        self.tabs.setCurrentWidget(self.identity)
        self.pages.setCurrentIndex(self.pages.indexOf(self.body))
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setText(self.tr("Type a name in Arabic or English to create the profile"))
        name = self.identity.form.fields[0]
        name.sides[ui_lang()].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def add_session(self) -> str | None:
        """The quick way to record a session: the Cases page, the case shown (a new one when
        the profile has none), a new session on the previous one's next date."""
        if self._profile is None:
            return None
        self.flush()
        self.tabs.setCurrentWidget(self.cases)
        if not self._profile.get("cases"):
            self.cases.cases.add_record()
        session = self.cases.add_session()
        if session is not None:
            field = self.cases.sessions.form.fields
            outcome = next((f for f in field if f.rel == "outcome"), None)
            if outcome is not None:
                outcome.combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return session

    def load(self, profile_id: str) -> None:
        """Show a profile (after saving what is pending in the one shown)."""
        self.flush()
        profile = self._repository.get_profile(profile_id)
        self._stack.clear()
        self._profile = profile
        self._draft = False
        self._revision = self._repository.revision(profile_id)
        self._unsaved = False
        self._retry_timer.stop()
        self.identity.photo.clear_report()
        self.status.clear()
        kept, self._kept = self._kept, None
        if kept is not None and kept[0]["id"] == profile_id:
            # Saved as any edit is: refused (and the stored version shown) if the profile was
            # saved by someone else meanwhile.
            self._profile, self._revision = kept
            self._save()
        self._refresh(full=True)
        self.pages.setCurrentIndex(self.pages.indexOf(self.body))

    def clear(self) -> None:
        """Forget the profile: every widget emptied, the undo stack too. Pending typing is saved
        first while the repository is still open."""
        # The vault may already be closed (a forced lock): then nothing can be saved any more,
        # and the widgets must be emptied all the same.
        with contextlib.suppress(Exception):
            self.flush()
        self._stack.clear()
        self._profile = None
        self._draft = False
        self._revision = None
        self._unsaved = False
        self._retry_timer.stop()
        for field in self.findChildren(FieldWidget):
            field.set_value(None)
        for section in self.sections:
            section.refresh({}, True)
        self.facts.clear()
        self.history.clear_rows()
        self.identity.photo.show_photo(None)
        self.identity.photo.clear_report()
        for label in (self.title, self.subtitle, self.facts_line, self.warnings_label, self.status):
            label.clear()
        self.warnings_label.hide()
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)

    def close_for_lock(self) -> None:
        """Before the vault locks: save what is pending, waiting for another writer as long as
        the connection normally does (a job being cancelled may still hold the write lock). An
        edit the vault refuses even then is kept, off screen, and saved when its profile is
        shown after unlock; then everything is emptied as ``clear`` does."""
        self._kept = None
        if self._profile is not None and not self._draft:
            with contextlib.suppress(Exception):  # the vault may be closed already (forced)
                self.flush()
                if self._unsaved:
                    self._save(wait_ms=self.LOCK_WAIT_MS)
            if self._unsaved:
                # The profile itself, not a copy: ``clear`` lets go of it, so the kept edit is
                # the only copy of it left in the window.
                self._kept = (self._profile, self._revision)
        self.clear()

    def has_kept_edit(self) -> bool:
        """An edit refused up to the lock waits to be saved after unlock."""
        return self._kept is not None

    def kept_profile_id(self) -> str | None:
        return self._kept[0]["id"] if self._kept is not None else None

    def take_kept_edit(self) -> tuple[dict, int | None] | None:
        """Hand the kept edit over (to the window that replaces this one); none is left here."""
        kept, self._kept = self._kept, None
        return kept

    def keep_edit(self, kept: tuple[dict, int | None] | None) -> None:
        """Take over a kept edit (from the window this one replaces)."""
        self._kept = kept

    def drop_kept_edit(self) -> None:
        """The vault is closed, not merely locked: the kept edit is given up (it cannot be saved
        without the vault, and a profile must not stay in memory for nothing)."""
        self._kept = None

    def flush(self) -> None:
        """Save every pending edit now."""
        if self._profile is None:
            return
        for field in self.findChildren(FieldWidget):
            field.flush()

    # -- edits --------------------------------------------------------------------------------------
    def _commit(self, address: str, value: Any) -> None:
        if self._profile is None or self._applying:
            return
        if self._collecting is not None:  # reloading: kept, and applied to the new version
            self._collecting.append((address, value))
            return
        old = paths.get(self._profile, address)
        if old == value or (paths.is_empty(old) and paths.is_empty(value)):
            return
        text = self.tr("Edit %1").replace("%1", paths.schema_path(address))
        self._stack.push(SetValuesCommand(self, [(address, old, value)], text))

    def restore_value(self, address: str, value: Any) -> None:
        """Put back a value from the history: one undoable edit, saved like any other (checked
        against the stored revision) and so recorded in the history too."""
        if self._profile is None:
            return
        self.flush()
        old = paths.get(self._profile, address)
        if old == value or (paths.is_empty(old) and paths.is_empty(value)):
            return
        text = self.tr("Restore %1").replace("%1", paths.schema_path(address))
        self._stack.push(SetValuesCommand(self, [(address, old, value)], text))
        self._applying = True  # no widget made this edit: every one shows the restored value
        try:
            self._refresh(full=True)
        finally:
            self._applying = False

    def _set_level(self, schema_path: str, level: str | None) -> None:
        if self._profile is None:
            return
        raised = dict(self._profile.get("sensitivity") or {})
        if level is None:
            raised.pop(schema_path, None)
        else:
            raised[schema_path] = level
        old = self._profile.get("sensitivity")
        text = self.tr("Level of %1").replace("%1", schema_path)
        self._stack.push(SetValuesCommand(self, [("sensitivity", old, raised or None)], text))

    def set_photo(self, data: bytes, filename: str) -> None:
        """Replace the profile photo by a cleaned copy of ``data`` (one undoable edit)."""
        if self._profile is None:
            return
        try:
            record = make_attachment(data, filename or "photo.jpg", "photo", "public")
        except PhotoError as exc:
            self.identity.photo.show_error(messages.error_text(exc))
            return
        removed = describe_metadata(data)
        self.flush()
        old_list = self._profile.get("attachments")
        old_photo = self._profile.get("photo")
        kept = [a for a in old_list or [] if a.get("id") != old_photo]
        changes = [("attachments", old_list, [*kept, record]), ("photo", old_photo, record["id"])]
        self._stack.push(SetValuesCommand(self, changes, self.tr("Replace photo")))
        self.identity.photo.show_removed(removed)

    def remove_photo(self) -> None:
        if self._profile is None or not self._profile.get("photo"):
            return
        self.flush()
        old_list = self._profile.get("attachments")
        old_photo = self._profile["photo"]
        kept = [a for a in old_list or [] if a.get("id") != old_photo]
        changes = [("attachments", old_list, kept or None), ("photo", old_photo, None)]
        self._stack.push(SetValuesCommand(self, changes, self.tr("Remove photo")))
        self.identity.photo.clear_report()

    def apply_changes(self, changes: list[tuple[str, Any]], *, from_undo_stack: bool) -> None:
        """Write values into the profile and save it (called by the undo commands)."""
        if self._profile is None:
            return
        for address, value in changes:
            paths.set_value(self._profile, address, value)
        self._save()
        addresses = {address for address, _ in changes}
        self._applying = True  # refilling widgets must not be taken for new edits
        try:
            # A new or removed record changes what the lists show; a field edit only summaries.
            structural = any(paths.schema_path(k) in RECORD_LISTS for k, _ in changes)
            self._refresh(full=from_undo_stack or (structural and "photo" not in addresses))
        finally:
            self._applying = False
        if "photo" in addresses:
            self._show_photo()
            self.photoReplaced.emit(self._profile["id"])

    def _save(self, wait_ms: int | None = None) -> None:
        assert self._profile is not None
        if self._draft:
            self._create()
            return
        profile_id = self._profile["id"]
        self._saving = True  # the change it announces is ours: not a reason to reload
        try:
            with self._repository.waiting_at_most(wait_ms or self.SAVE_WAIT_MS):
                changed = self._repository.update_profile(
                    copy.deepcopy(self._profile), expected_revision=self._revision
                )
        except InvalidProfile:
            self._not_saved(self.tr("Not saved: a profile needs a name in Arabic or English"))
            return
        except ProfileNotFound:
            self._not_saved(self.tr("Not saved: this profile was purged"))
            return
        except StaleProfile:
            # Someone else saved it since it was read: writing ours would undo their change.
            # Shown again as stored once the undo command that is saving has been pushed.
            QTimer.singleShot(0, self, self._reload_after_refusal)
            self._not_saved(
                self.tr(
                    "Not saved: this profile was changed elsewhere meanwhile. It now shows the "
                    "stored version; make your change again."
                )
            )
            return
        except StorageError as error:
            self._refused(error)
            return
        finally:
            self._saving = False
        self._unsaved = False
        self._retry_timer.stop()
        self._revision = self._repository.revision(profile_id)
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setText(self.tr("All changes saved"))
        if changed:
            stored = self._repository.get_profile(profile_id, with_data=False)
            for key in ("created_at", "updated_at"):
                if key in stored:
                    self._profile[key] = stored[key]
            self.profileChanged.emit(profile_id)

    def _refused(self, error: StorageError) -> None:
        # The edit stays in the profile shown and is tried again; nothing claims it saved.
        self._unsaved = True
        if error.code in (errors.BUSY, errors.LOCKED):
            text = self.tr(
                "Not saved: the vault is busy (another program is writing to it). Your edit "
                "is kept and will be saved again shortly."
            )
        else:
            text = self.tr(
                "Not saved: the vault could not be written (%1). Your edit is kept and will "
                "be saved again shortly."
            ).replace("%1", errors.describe(error))
        self._not_saved(text)
        if error.retryable:
            self._retry_timer.start()
        else:
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: show it

    def _reload_after_refusal(self) -> None:
        if self._profile is not None:
            self._reload_stored()

    def _not_saved(self, text: str) -> None:
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(text)

    def has_unsaved_edit(self) -> bool:
        return self._unsaved

    def _retry(self) -> None:
        if self._profile is not None and self._unsaved:
            self.flush()
            self._save()

    def repository_changed(self, change) -> None:
        """Another write (an import, a merge, a bundle, the trash) changed the vault: a profile
        shown that it changed is shown again as stored, with what is being typed kept."""
        if self._profile is None or self._saving or not change.touches(self._profile["id"]):
            return
        if change.kind in (vault_changes.PURGED, vault_changes.DELETED):
            self._profile = None  # nothing pending may be saved onto it any more
            self.clear()
            return
        if self._repository.revision(self._profile["id"]) == self._revision:
            return  # our own save, heard later
        self._reload_stored(keep_typing=True)

    def _reload_stored(self, keep_typing: bool = False) -> None:
        """Show the stored version (undo history cleared: it was about the old one)."""
        assert self._profile is not None
        pending: list[tuple[str, Any]] = []
        if keep_typing and not self._unsaved:
            self._collecting = pending
            try:
                self.flush()
            finally:
                self._collecting = None
        profile_id = self._profile["id"]
        tab = self.tabs.currentIndex()
        self._profile = self._repository.get_profile(profile_id)
        self._revision = self._repository.revision(profile_id)
        self._unsaved = False
        self._retry_timer.stop()
        self._stack.clear()
        self._applying = True
        try:
            self._refresh(full=True)
        finally:
            self._applying = False
        self.tabs.setCurrentIndex(tab)
        for address, value in pending:  # typed over the old version: saved over the new one
            self._commit(address, value)

    def _create(self) -> None:
        """Store the new profile once it has a name; until then keep it on screen only."""
        assert self._profile is not None
        name = self._profile.get("name") or {}
        if not any((name.get(lang) or "").strip() for lang in ("ar", "en")):
            self.status.setStyleSheet("color: palette(mid);")
            self.status.setText(self.tr("Type a name in Arabic or English to create the profile"))
            return
        self._saving = True  # the creation it announces is ours
        try:
            with self._repository.waiting_at_most(self.SAVE_WAIT_MS):
                profile_id = self._repository.create_profile(copy.deepcopy(self._profile))
        except InvalidProfile as exc:
            self.status.setStyleSheet("color: #c0392b;")
            self.status.setText(messages.fill(self.tr("Not saved: %1"), exc))
            return
        except StorageError as error:
            self._refused(error)
            return
        finally:
            self._saving = False
        self._draft = False
        self._unsaved = False
        self._retry_timer.stop()
        self._revision = self._repository.revision(profile_id)
        stored = self._repository.get_profile(profile_id, with_data=False)
        for key in ("created_at", "updated_at"):
            if key in stored:
                self._profile[key] = stored[key]
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setText(self.tr("All changes saved"))
        self.profileCreated.emit(profile_id)

    # -- showing ------------------------------------------------------------------------------------
    def _refresh(self, full: bool) -> None:
        profile = self._profile or {}
        for section in self.sections:
            section.refresh(profile, full)
        lang = ui_lang()
        self.title.setText(display_name(profile, lang))
        other = display_name(profile, "en" if lang == "ar" else "ar")
        self.subtitle.setText(other if other != self.title.text() else "")
        facts = self.facts.show_profile(profile, self._repository.legal_limit_days)
        self.facts_line.setText(self.facts.summary(facts))
        warnings = [wording.warning(code, lang) for code in facts.warnings]
        self.warnings_label.setText("\n".join("⚠ " + text for text in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.history.mark_stale()  # read again when its tab is shown, not at every save
        # Names and the facts line follow the interface direction, not their own text's (an
        # Arabic name under an English one would otherwise sit at the far right).
        side = Qt.AlignRight if self.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        for label in (self.title, self.subtitle, self.facts_line, self.warnings_label):
            label.setAlignment(side | Qt.AlignAbsolute | Qt.AlignVCenter)
        if full:
            self._show_photo()

    def _show_photo(self) -> None:
        profile = self._profile or {}
        data = None
        for attachment in profile.get("attachments") or []:
            if attachment.get("id") == profile.get("photo") and attachment.get("data"):
                data = base64.b64decode(attachment["data"])
        self.identity.photo.show_photo(data)

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
