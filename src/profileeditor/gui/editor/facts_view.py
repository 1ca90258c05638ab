"""The computed facts of the profile (core.facts), read-only: days in detention, disappearance,
renewals, the legal limit, recycling — and the person's timeline under them (timeline_view.py,
the picture the dossiers and the website draw)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QVBoxLayout, QWidget

from profileeditor.core.facts import Facts, compute
from profileeditor.gui.editor.cases import case_title
from profileeditor.gui.editor.detentions import text_in_ui
from profileeditor.gui.editor.fields import ui_lang
from profileeditor.gui.editor.timeline_view import TimelineView


class FactsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("factsView")
        self.note = QLabel(self.tr("Computed from the record; change the record to change them."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("detained", self.tr("Currently detained")),
            ("current_days", self.tr("Days in the current or last detention")),
            ("total_days", self.tr("Days detained in total")),
            ("disappearance_days", self.tr("Days of enforced disappearance")),
            ("pretrial_days", self.tr("Longest pretrial detention (days)")),
            ("limit", self.tr("Legal limit of pretrial detention")),
            ("renewals", self.tr("Renewal sessions")),
            ("next_session", self.tr("Next session")),
            ("facility", self.tr("Current facility")),
            ("recycled", self.tr("Recycled cases")),
        )
        # Values start where the interface reads from: a figure ("2361") would otherwise sit at
        # the far left of an Arabic form, its Arabic neighbours at the right.
        start = Qt.AlignRight if QApplication.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        for key, label in rows:
            value = QLabel(self)
            value.setAlignment(start | Qt.AlignAbsolute | Qt.AlignVCenter)  # type: ignore[operator]
            value.setObjectName(f"fact:{key}")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            value.setWordWrap(True)
            self.form.addRow(QLabel(label, self), value)
        self.approximate = QLabel(self)
        self.approximate.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.approximate)
        self.timeline = TimelineView(self)
        layout.addWidget(self.timeline.heading)
        layout.addWidget(self.timeline)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in self.values.values():
            label.clear()
        self.approximate.clear()
        self.timeline.clear()

    def show_profile(self, profile: dict, legal_limit_days: int) -> Facts:
        facts = compute(profile, legal_limit_days=legal_limit_days)
        self.timeline.show_profile(profile, ui_lang())  # every refresh: it follows each edit
        locale = self.locale()

        def number(value: int | None) -> str:
            return "" if value is None else locale.toString(value)

        v = self.values
        v["detained"].setText(self.tr("Yes") if facts.currently_detained else self.tr("No"))
        v["current_days"].setText(number(facts.current_days))
        v["total_days"].setText(number(facts.total_days))
        v["disappearance_days"].setText(number(facts.disappearance_days))
        v["pretrial_days"].setText(number(facts.pretrial_days))
        # %Ln: Arabic words a count in six forms (one, two, three to ten, ...) and in its digits.
        if facts.beyond_legal_limit:
            v["limit"].setText(self.tr("BEYOND the limit of %Ln days", "", legal_limit_days))
            v["limit"].setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            v["limit"].setText(self.tr("within %Ln days", "", legal_limit_days))
            v["limit"].setStyleSheet("")
        v["renewals"].setText(number(facts.renewals))
        v["next_session"].setText(facts.next_session or "—")
        v["facility"].setText(text_in_ui(facts.current_facility) or "—")
        cases = {c.get("id"): c for c in profile.get("cases") or []}
        v["recycled"].setText(
            ", ".join(case_title(cases.get(i, {})) or i[:8] for i in facts.recycled_cases) or "—"
        )
        self.approximate.setText(
            self.tr("Some figures rest on incomplete dates and are approximate.")
            if facts.approximate
            else ""
        )
        return facts

    def summary(self, facts: Facts) -> str:
        """One line for the editor's header."""
        parts = []
        if facts.current_days is not None:
            parts.append(self.tr("%Ln days detained", "", facts.current_days))
        if facts.renewals:
            parts.append(self.tr("%Ln renewals", "", facts.renewals))
        if facts.beyond_legal_limit:
            parts.append(self.tr("beyond the legal limit"))
        # The separator is translated: a middle dot between Arabic-Indic digits reads as zero.
        return self.tr(" · ").join(parts)
