"""The revision history of the profile as sentences in the interface language (issue 13 item 6):
"Consent to publish: Full → —, 1 December 2026 14:02, by Nadia".

A long value is cut short in the list (MAX_SHOWN characters) and shown whole in the row's tooltip.
Digits follow the interface (``i18n.arabic_digits()``), as everywhere else in the window. The
view is filled when it is shown (``set_source``, ``mark_stale``): a profile's history can be long.

Field names come from the catalogue (core/catalogue.py), a vocabulary code shows as its label, a
country as its name, a date in words, the time of the change in local time. A value can be put
back from here: "Restore this value" asks the editor to set the value that stood before the
change, through the editor's own save (revision-checked, undoable, and itself in the history).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import bidi, catalogue, vocab, wording
from profileeditor.gui import i18n, messages
from profileeditor.gui.editor import paths
from profileeditor.gui.editor.countries import country_name
from profileeditor.gui.editor.fields import ui_lang

MAX_SHOWN = 160  # characters of a value in a row's sentence; its tooltip has the whole value
ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the value before the change, as JSON text
_POSITION = re.compile(r"\[(\d+)\]")  # the history names id-less records by position: [0]


def address_of(field: str) -> str:
    """The editor's address of a history field: records without an id go by position, which
    the editor writes ``[#0]`` (the history ``[0]``)."""
    return _POSITION.sub(r"[#\1]", field)


def restorable(field: str) -> bool:
    """Whether a field of the history can be put back by the editor: not the profile's own
    events ("created"), not a settled conflict, not the export-level map (its keys are paths)."""
    return field != "*" and ":" not in field and not field.startswith("sensitivity")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def choice_labels() -> dict[str, dict[str, str]]:
    """The labels of the fixed choices (not vocabularies) by schema path, in the interface
    language: the history and the duplicates view show a stored code by them."""
    levels = {
        "public": translate("HistoryView", "Public"),
        "partner": translate("HistoryView", "Partner"),
        "internal": translate("HistoryView", "Internal"),
    }
    lang = i18n.language()

    def enum(name: str) -> dict[str, str]:
        # A schema enum: its labels are core/vocab.py's, in the interface language.
        return {code: vocab.label(name, code, lang) for code in vocab.SCHEMA_ENUMS[name]}

    return {
        "sex": enum("sex"),
        "consent.level": enum("consent_level"),
        "sources.reliability": enum("reliability"),
        "attachments.kind": {
            "photo": translate("HistoryView", "Photo"),
            "document": translate("HistoryView", "Document"),
            "other": translate("HistoryView", "Other"),
        },
        "sources.level": levels,
        "attachments.level": levels,
        "sensitivity": levels,
    }


class HistoryView(QWidget):
    # The editor's address and the value to put there.
    restoreRequested = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("historyView")
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.restore_button = QPushButton(self.tr("Restore this value"), self)
        self.restore_button.setObjectName("restoreValueButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentItemChanged.connect(self._update_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._profile: dict = {}
        self._arabic_digits = False
        # The labels of the fixed choices, per interface language: made once, not per value.
        self._choices_of: dict[str, dict[str, dict[str, str]]] = {}
        # () -> (revisions, profile) or None: read when the view is shown after a change.
        self._source: Callable[[], tuple[Any, dict] | None] | None = None
        self._stale = False

    # -- filled when shown -----------------------------------------------------------------------
    def set_source(self, source: Callable[[], tuple[Any, dict] | None]) -> None:
        """Where the rows come from; read when the view is shown, not when it is told of a
        change (``mark_stale``): a long history is not read and worded at every save."""
        self._source = source
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if not self._stale or self._source is None:
            return
        self._stale = False
        shown = self._source()
        if shown is None:
            self.clear_rows()
        else:
            self.show_revisions(*shown)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    # -- filling -------------------------------------------------------------------------------
    def show_revisions(self, revisions, profile: dict | None = None) -> None:
        """Newest first. ``profile`` (as shown in the editor) decides which values can be put
        back: one whose record was removed since cannot."""
        self._profile = profile or {}
        self._arabic_digits = i18n.arabic_digits()
        self.list.clear()
        lang = ui_lang()
        feminine = catalogue.is_feminine(self._profile)
        for revision in reversed(revisions):
            text = self.sentence(revision, lang, feminine)
            item = QListWidgetItem(text)
            whole = self.sentence(revision, lang, feminine, shown=None)
            # Rich text, so that Qt wraps a long value's tooltip rather than running it off the
            # screen on one line; escaped, so that a value is never read as markup.
            item.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(whole)}</p>")
            if restorable(revision.field) and self._record_exists(revision.field):
                item.setData(ADDRESS_ROLE, address_of(revision.field))
                item.setData(VALUE_ROLE, json.dumps(revision.old, ensure_ascii=False))
            self.list.addItem(item)
        self._update_button()

    def clear_rows(self) -> None:
        self.list.clear()
        self._profile = {}
        self._update_button()

    def count(self) -> int:
        return self.list.count()

    def text(self, row: int) -> str:
        """The sentence of a row, newest first, without the isolates around its parts (tests,
        accessibility)."""
        return bidi.strip(self.list.item(row).text())

    # -- sentences -----------------------------------------------------------------------------
    def sentence(
        self, revision, lang: str, feminine: bool = False, shown: int | None = MAX_SHOWN
    ) -> str:
        """The row's sentence, each value cut to ``shown`` characters (None: whole)."""
        when = self.when(revision.at, lang)
        author = revision.author or ""
        if revision.field == "*":
            events = {
                "created": self.tr("Profile created"),
                "imported": self.tr("Profile imported"),
                "deleted": self.tr("Moved to the trash"),
                "restored": self.tr("Restored from the trash"),
            }
            what = events.get(str(revision.new), self.tr("Profile changed"))
            # Each part isolated, its controls dropped, in one pass (gui/messages.py fill): an
            # Arabic value before "→" in an English row read as the value after it, and an
            # override in a value turned the rest of the row around.
            if author:
                return messages.fill(self.tr("%1, %2, by %3"), what, when, author)
            return messages.fill(self.tr("%1, %2"), what, when)
        field = self.field_label(revision.field, lang, feminine)
        old = self.value_text(revision.field, revision.old, lang, shown)
        new = self.value_text(revision.field, revision.new, lang, shown)
        with_author = self.tr("%1: %2 → %3, %4, by %5")
        template = with_author if author else self.tr("%1: %2 → %3, %4")
        return messages.fill(template, field, old, new, when, author)

    def when(self, at: str, lang: str) -> str:
        """A stored UTC stamp in local time, the date in words: "1 December 2026 14:02"."""
        try:
            moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
        except (AttributeError, ValueError):
            return at or ""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        local = moment.astimezone()
        day = wording.date_text(local.date(), lang, self._arabic_digits)
        clock = wording.digits(local.strftime("%H:%M"), lang, self._arabic_digits)
        return f"{day} {clock}"

    def field_label(self, field: str, lang: str, feminine: bool = False) -> str:
        if field.startswith("conflict:"):
            inner = self.field_label(field.removeprefix("conflict:"), lang, feminine)
            return self.tr("Conflict settled: %1").replace("%1", inner)
        if field.startswith("sensitivity."):
            inner = self._label(field.removeprefix("sensitivity."), lang, feminine)
            return self.tr("Export level of %1").replace("%1", inner)
        return self._label(field, lang, feminine)

    def _label(self, field: str, lang: str, feminine: bool) -> str:
        try:
            path = paths.schema_path(field)
        except ValueError:
            return field
        halves = {"ar": self.tr("Arabic"), "en": self.tr("English")}
        half = None
        key, _, last = path.rpartition(".")
        if last in halves and key and catalogue.has(key):
            half = halves[last]
        try:
            name = catalogue.label(path, lang, feminine)
        except KeyError:
            return field
        # A field of a record says which kind of record: "Sessions › Date".
        record = catalogue.record_of(catalogue.get(path).path) if catalogue.has(path) else None
        if record is not None and record.path:
            name = f"{catalogue.label(record.path, lang)} › {name}"
        return f"{name} ({half})" if half else name

    def value_text(self, field: str, value: Any, lang: str, shown: int | None = MAX_SHOWN) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return "—"
        text = self._value(field, value, lang)
        return text if shown is None or len(text) <= shown else text[: shown - 1] + "…"

    def _choices(self, lang: str) -> dict[str, dict[str, str]]:
        """The labels of the fixed choices in ``lang`` (built at its first use)."""
        if lang not in self._choices_of:
            self._choices_of[lang] = choice_labels()
        return self._choices_of[lang]

    def _value(self, field: str, value: Any, lang: str) -> str:
        if field.startswith("sensitivity."):
            path = "sensitivity"
        else:
            try:
                path = paths.schema_path(field.removeprefix("conflict:"))
            except ValueError:
                path = field
        base = path.rpartition(".")[0] if path.endswith((".ar", ".en")) else path
        entry = catalogue.get(base) if catalogue.has(base) else None
        kind = entry.widget or entry.dossier if entry else ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            parts = [self._value(field, v, lang) for v in value]
            return ("، " if lang == "ar" else ", ").join(parts)
        if isinstance(value, dict):
            if set(value) <= {"ar", "en"}:  # a bilingual value moved whole
                return str(value.get(lang) or value.get("en" if lang == "ar" else "ar") or "")
            return json.dumps(value, ensure_ascii=False)
        text = str(value)
        choices = self._choices(lang).get(path)
        if choices is not None:
            return choices.get(text, text)
        if kind.startswith("vocab:"):
            return vocab.label(kind.removeprefix("vocab:"), text, lang)
        if entry is not None and entry.dossier.startswith("vocab:"):
            return vocab.label(entry.dossier.removeprefix("vocab:"), text, lang)
        if kind == "country":
            return country_name(text, lang)
        if kind == "date" or (entry is not None and entry.dossier == "date"):
            return wording.date_text(text, lang, self._arabic_digits)
        return text

    # -- restoring -----------------------------------------------------------------------------
    def _record_exists(self, field: str) -> bool:
        """The records on the way to the field are still in the profile (a value of a session
        that was removed since has nowhere to go)."""
        address = address_of(field)
        try:
            steps = paths.steps(address)
        except ValueError:
            return False
        prefix = ""
        for key, item_id in steps[:-1]:
            prefix = paths.join(prefix, key)
            if item_id is not None:
                prefix = paths.item_address(prefix, item_id)
                if paths.get(self._profile, prefix) is None:
                    return False
        return True

    def _update_button(self, *_args) -> None:
        item = self.list.currentItem()
        address = item.data(ADDRESS_ROLE) if item is not None else None
        self.restore_button.setEnabled(bool(address))
        if address:
            old = json.loads(item.data(VALUE_ROLE))
            shown = self.value_text(address, old, ui_lang())
            self.restore_button.setToolTip(
                messages.fill(self.tr("Put back the value before this change: %1"), shown)
            )
        else:
            self.restore_button.setToolTip("")

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(ADDRESS_ROLE):
            return
        self.restoreRequested.emit(item.data(ADDRESS_ROLE), json.loads(item.data(VALUE_ROLE)))

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        action = QAction(self.tr("Restore this value"), menu)
        action.setEnabled(bool(item.data(ADDRESS_ROLE)))
        action.triggered.connect(self.restore_selected)
        menu.addAction(action)
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()
