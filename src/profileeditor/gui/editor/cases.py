"""The Cases tab: each case with its charges, every session (renewals, hearings) in a table, the
sentence, and the earlier case it "recycles"."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.gui.editor import paths
from profileeditor.gui.editor.detentions import text_in_ui
from profileeditor.gui.editor.fields import ChargesField, ComboField, ui_lang
from profileeditor.gui.editor.form import Form
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.records import RecordList
from profileeditor.gui.editor.rows import add_rows


def case_title(case: dict) -> str:
    """ "1300/2019" as cases are cited, or the number alone."""
    number = case.get("number") or ""
    if number and case.get("year"):
        return f"{number}/{case['year']}"
    return number or str(case.get("year") or "")


class CasesTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cases = RecordList(
            "cases",
            [self.tr("Case"), self.tr("Prosecution"), self.tr("Joined"), self.tr("Sessions")],
            lambda item: [
                case_title(item),
                vocab.label("prosecution", item.get("prosecution"), ui_lang()),
                item.get("joined_date", ""),
                str(len(item.get("proceedings") or [])),
            ],
            add_text=self.tr("Add case"),
        )
        f = self.cases.form
        # The rows come from the field catalogue (gui/editor/rows.py); the tab builds only the
        # widgets that need it: the recycled-from choice (filled with the profile's other cases)
        # and the charges picker.
        made = add_rows(
            f,
            "cases",
            supplied={
                "cases.recycled_from": lambda e, rel: ComboField(rel, e.path),
                "cases.charges": lambda e, rel: ChargesField(rel, e.path),
            },
        )
        self.recycled = made["cases.recycled_from"]

        self.sessions = RecordList(
            "cases.proceedings",
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Outcome"),
                self.tr("Days"),
                self.tr("Next"),
                self.tr("Present"),
            ],
            self._session_row,
            new_item=self._new_session,
            add_text=self.tr("Add session"),
        )
        # Every session at a glance: the renewals table is the heart of a pretrial case.
        self.sessions.table.setMinimumHeight(200)
        self.sessions.table.setMaximumHeight(320)
        add_rows(self.sessions.form, "proceedings")
        sessions_box = QGroupBox(self.tr("Sessions (renewals, hearings)"), self)
        QVBoxLayout(sessions_box).addWidget(self.sessions)
        f.add_widget("", sessions_box)

        sentence_box = QGroupBox(self.tr("Sentence"), self)
        self.sentence = Form("cases", sentence_box)
        add_rows(self.sentence, "cases", group="sentence")
        QVBoxLayout(sentence_box).addWidget(self.sentence)
        f.add_widget("", sentence_box)

        self.cases.currentChanged.connect(self._case_shown)
        for part in (self.cases, self.sentence):
            part.edited.connect(self.edited)
        self.sessions.edited.connect(self._session_edited)
        for part in (self.cases, self.sessions, self.sentence):
            part.levelRequested.connect(self.levelRequested)
        body = QWidget(self)
        QVBoxLayout(body).addWidget(self.cases)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self._profile: dict = {}
        self._full = True

    def _session_row(self, item: dict) -> list[str]:
        lang = ui_lang()
        present = item.get("present")
        return [
            item.get("date", ""),
            vocab.label("proceeding_type", item.get("type"), lang),
            vocab.label("proceeding_outcome", item.get("outcome"), lang),
            str(item.get("renewal_days", "")),
            item.get("next_date", ""),
            "" if present is None else (self.tr("Yes") if present else self.tr("No")),
        ]

    def _new_session(self) -> dict:
        """A new session on the date the previous one set for the next (today for the first).
        It is a hearing until its decision says the detention was renewed (issue 13 item 8):
        a renewal is counted from its outcome, not from having been added."""
        previous = self._sessions()[-1:] or [{}]
        day = previous[0].get("next_date") or date.today().isoformat()
        return {"date": day, "type": "hearing"}

    def _sessions(self) -> list[dict]:
        return [dict(item) for item in self.sessions._items]

    def _session_edited(self, address: str, value) -> None:
        """An edit in a session's form; choosing "renewed" (or changing a renewed session's date
        or length) also fills the type, the length from the previous session and the next
        date — one undoable edit for the whole session."""
        list_address = self.sessions.list_address
        field = paths.steps(address)[-1][0] if address else ""
        sessions = self._sessions()
        current = self.sessions.current_item()
        if field not in ("outcome", "date", "renewal_days") or current is None:
            self.edited.emit(address, value)
            return
        index = next(i for i, s in enumerate(sessions) if s.get("id") == current.get("id"))
        before = sessions[index]
        after = copy.deepcopy(before)
        if value in (None, ""):
            after.pop(field, None)
        else:
            after[field] = value
        if after.get("outcome") == "renewed":
            after["type"] = "renewal"
            if not after.get("renewal_days"):
                earlier = [s.get("renewal_days") for s in sessions[:index] if s.get("renewal_days")]
                if earlier:
                    after["renewal_days"] = earlier[-1]
            computed_before = _next_date(before.get("date"), before.get("renewal_days"))
            if not before.get("next_date") or before.get("next_date") == computed_before:
                computed = _next_date(after.get("date"), after.get("renewal_days"))
                if computed:
                    after["next_date"] = computed
        elif (
            field == "outcome"
            and before.get("outcome") == "renewed"
            and before.get("type") == "renewal"
        ):
            after["type"] = "hearing"  # no longer a renewal: it was one only by its decision
        derived = {k: v for k, v in after.items() if before.get(k) != v and k != field}
        if not derived and (before.get(field) == after.get(field) or field != "outcome"):
            self.edited.emit(address, value)
            return
        sessions[index] = after
        self.edited.emit(list_address, sessions)

    def add_session(self) -> str | None:
        """Add a session to the case shown (the quick add from the list)."""
        if not self.sessions.list_address:
            return None
        return self.sessions.add_record()

    def _case_shown(self, address: str, item) -> None:
        others = [
            (case["id"], case_title(case) or text_in_ui(case.get("court")) or case["id"][:8])
            for case in self._profile.get("cases") or []
            if item is None or case.get("id") != item.get("id")
        ]
        self.recycled.set_options(others)
        if item is not None:
            self.recycled.set_value(item.get("recycled_from"))
        self.sessions.show_items(
            f"{address}.proceedings" if address else "", self._profile, self._full
        )
        if self._full or address != self.sentence.base:
            self.sentence.show_record(address, item, self._profile)
        else:
            self.sentence.update_levels(self._profile)

    def refresh(self, profile: dict, full: bool) -> None:
        self._profile, self._full = profile, full
        self.cases.show_items("cases", profile, full)


def _next_date(day: str | None, days) -> str | None:
    """The session date plus the renewal period, when both are known to the day."""
    if not day or not isinstance(days, int) or days <= 0 or len(day) != 10:
        return None
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return None
