"""The Agenda tab beside the profile list (issue 16): renewal sessions and hearings, milestones and
the records needing attention, dates in words in the interface's language; clicking an item
opens its profile in the editor. From here the agenda goes to a calendar file, and a milestone
to its social-media card, in one action each.

The agenda is computed from the vault's agenda index (core/agenda.py) when the tab is shown
after a change, not on every keystroke. Locking clears it like every other view.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import agenda as ag
from profileeditor.core import agenda_words as words
from profileeditor.gui import dialog_service, messages

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_PER_GROUP = 1000  # a list of 100,000 rows helps nobody; the command line gives them all
_COLOURS = {"session": "#1f5f8b", "milestone": "#8a5a00", "attention": "#a33"}


def side_tabs(list_side: QWidget, agenda_view: AgendaView) -> QTabWidget:
    """The list and the agenda as two tabs, in the place the list had."""
    return agenda_view.make_tabs(list_side)


class AgendaView(QWidget):
    profileRequested = Signal(str)

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.lang = lang
        self.vault = None
        self.agenda: ag.Agenda | None = None
        self.today: date | None = None  # tests fix the day; None is today
        self.tabs: QTabWidget | None = None
        self._stale = True
        self._items: list[ag.Item] = []

        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("agendaDays")
        self.days_spin.setRange(0, 365)
        self.days_spin.setValue(ag.DEFAULT_DAYS)
        self.days_spin.setSuffix(self.tr(" days ahead"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("agendaSummary")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        top = QHBoxLayout()
        top.addWidget(self.days_spin)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agendaTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Person"), self.tr("What")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        # When and Person as wide as their contents up to a share of the width each, What (the
        # reason to look) the rest: sized to contents, the two pushed What out of sight behind a
        # horizontal scroll bar at 1024 px. A cut text is whole in its tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("agendaLevel")
        for level, text in (
            ("public", self.tr("Public: people with full consent")),
            ("partner", self.tr("Partner")),
            ("internal", self.tr("Internal")),
        ):
            self.level_combo.addItem(text, level)
        self.export_button = QPushButton(self.tr("Export calendar…"), self)
        self.export_button.setObjectName("agendaExport")
        self.card_button = QPushButton(self.tr("Milestone card…"), self)
        self.card_button.setObjectName("agendaCard")
        self.card_button.setEnabled(False)
        self.warning_label = QLabel(
            self.tr(
                "A calendar file is NOT encrypted: anyone who gets hold of it can read the "
                "names and dates in it."
            ),
            self,
        )
        self.warning_label.setObjectName("agendaNotEncrypted")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #663c00;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.level_combo)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.card_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # the same on both sides (Arabic mirrors them)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.warning_label)

        self.refresh_button.clicked.connect(self.refresh)
        self.days_spin.valueChanged.connect(lambda _v: self.refresh())
        self.tree.itemClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)
        self.tree.currentItemChanged.connect(lambda current, _prev: self._selection(current))
        self.export_button.clicked.connect(lambda _checked=False: self.export_calendar())
        # The button opens the sizes and templates; each is one action.
        self.card_button.setMenu(self._card_menu())
        self._set_enabled(False)

    def make_tabs(self, list_side: QWidget) -> QTabWidget:
        tabs = QTabWidget(list_side.parentWidget())
        tabs.setObjectName("sideTabs")
        tabs.setDocumentMode(True)
        tabs.addTab(list_side, self.tr("Profiles"))
        tabs.addTab(self, self.tr("Agenda"))
        tabs.currentChanged.connect(
            lambda index: self.refresh_if_stale() if tabs.widget(index) is self else None
        )
        self.tabs = tabs
        return tabs

    # -- vault ---------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self._stale = True
        self._set_enabled(vault is not None)
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        """Locking: nothing of the vault stays on screen or in memory."""
        self.vault = None
        self.agenda = None
        self._items = []
        self.tree.clear()
        self.summary_label.clear()
        self.card_button.setEnabled(False)
        self._set_enabled(False)
        self._stale = True

    def mark_stale(self) -> None:
        """A profile changed: recompute when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.days_spin, self.refresh_button, self.export_button, self.level_combo):
            widget.setEnabled(enabled)

    def _repository(self):
        if self.vault is None or self.vault.is_locked:
            return None
        return self.vault.repository

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        repo = self._repository()
        if repo is None:
            return
        # The screen shows the first SHOWN_PER_GROUP of the records needing attention and
        # counts the rest: only those are made (a 100,000-profile vault has ~100,000).
        self.agenda = ag.build_from_repository(
            repo,
            today=self.today or date.today(),
            days=self.days_spin.value(),
            attention_limit=SHOWN_PER_GROUP,
        )
        self._stale = False
        self._fill()

    def _fill(self) -> None:
        assert self.agenda is not None
        agenda, lang = self.agenda, self.lang
        self.tree.clear()
        self._items = []
        self.summary_label.setText(
            f"{words.day_in_words(agenda.first, lang)} – {words.day_in_words(agenda.last, lang)}"
        )
        groups = (
            (
                self.tr("Coming up and the past week (%Ln)", "", len(agenda.items)),
                agenda.items,
                len(agenda.items),
            ),
            (
                self.tr("Needs attention (%Ln)", "", agenda.attention_count),
                agenda.attention,
                agenda.attention_count,
            ),
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for title, items, count in groups:
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in items[:SHOWN_PER_GROUP]:
                row = QTreeWidgetItem(group, self._texts(item, agenda.today))
                row.setData(0, ITEM_ROLE, len(self._items))
                row.setForeground(2, QBrush(QColor(_COLOURS[item.category])))
                row.setToolTip(0, words.day_in_words(item.day, lang, weekday=True))
                row.setToolTip(1, row.text(1))
                row.setToolTip(2, words.what(item, lang))
                self._items.append(item)
            if count > SHOWN_PER_GROUP:
                more = QTreeWidgetItem(
                    group,
                    [
                        self.tr(
                            "… and %Ln more (profileeditor agenda --json lists them all)",
                            "",
                            count - SHOWN_PER_GROUP,
                        )
                    ],
                )
                more.setFirstColumnSpanned(True)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
        self._fit_columns()

    WHEN_PERSON_SHARE = 0.34  # of the tree's width, at most, for each of When and Person

    def _fit_columns(self) -> None:
        width = self.tree.viewport().width()
        if width <= 0:
            return
        for column in (0, 1):
            wanted = self.tree.sizeHintForColumn(column) + 12
            self.tree.header().resizeSection(
                column, max(60, min(wanted, int(width * self.WHEN_PERSON_SHARE)))
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _texts(self, item: ag.Item, today: date) -> list[str]:
        lang = self.lang
        when = words.day_in_words(item.day, lang)
        if item.category != "attention":
            when += f" ({words.relative_day(item.day, today, lang)})"
        other = "en" if lang == "ar" else "ar"
        name = item.name.get(lang) or item.name.get(other) or ""
        return [when, name, words.what(item, lang)]

    def item_at(self, row: QTreeWidgetItem | None) -> ag.Item | None:
        index = row.data(0, ITEM_ROLE) if row is not None else None
        return self._items[index] if isinstance(index, int) else None

    def rows(self) -> list[QTreeWidgetItem]:
        """The item rows, in order (tests and screenshots)."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(i) for i in range(group.childCount())]
        return [r for r in out if self.item_at(r) is not None]

    def _open(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = self.item_at(row)
        if item is not None:
            self.profileRequested.emit(item.profile_id)

    def _selection(self, row: QTreeWidgetItem | None) -> None:
        item = self.item_at(row)
        self.card_button.setEnabled(item is not None and item.kind in ag.MILESTONES)

    # -- leaving the vault ---------------------------------------------------------------------
    def export_calendar(self) -> Path | None:
        """Write the agenda as a calendar file at the chosen level, in the interface language."""
        repo = self._repository()
        if repo is None:
            return None
        dialogs = dialog_service.service()
        path = dialogs.save_file(
            self, self.tr("Export calendar"), self.tr("Calendar files (*.ics)"), "agenda.ics"
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".ics":
            out = out.with_suffix(".ics")
        from profileeditor.export.ics import write_ics

        level = self.level_combo.currentData()
        agenda = ag.build_from_repository(
            repo, today=self.today or date.today(), days=self.days_spin.value(), level=level
        )
        try:
            write_ics(agenda, out, self.vault.vault_id, self.lang)
        except OSError as exc:
            dialogs.error(self, self.tr("Export calendar"), str(exc))
            return None
        dialogs.information(
            self,
            self.tr("Export calendar"),
            messages.fill(
                self.tr("%1 events written to %2. The file is not encrypted."),
                len(agenda.items),
                out.name,
            ),
        )
        return out

    def _card_menu(self) -> QMenu:
        """The media kit's sizes and templates for the milestone card, one action each."""
        from profileeditor.export.dispatch import CARD_SIZES, CARD_TEMPLATES
        from profileeditor.gui.dialogs.card_choices import choice_names

        names = choice_names()
        menu = QMenu(self.card_button)
        for size in CARD_SIZES:
            for template in CARD_TEMPLATES:
                action = menu.addAction(f"{names[size]} — {names[template]}")
                action.setData((size, template))
                action.triggered.connect(
                    lambda _checked=False, s=size, t=template: self.milestone_card(s, t)
                )
        return menu

    def milestone_card(self, size: str = "portrait", template: str = "photo") -> Path | None:
        """The social-media card of the selected milestone, in one action (any size, template)."""
        repo = self._repository()
        item = self.item_at(self.tree.currentItem())
        if repo is None or item is None or item.kind not in ag.MILESTONES:
            return None
        dialogs = dialog_service.service()
        path = dialogs.save_file(
            self, self.tr("Milestone card"), self.tr("PNG images (*.png)"), "card.png"
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".png":
            out = out.with_suffix(".png")
        from profileeditor.export.dispatch import ExportError, vault_campaign_line
        from profileeditor.export.milestone_card import write_milestone_card

        campaign = vault_campaign_line(repo)  # the coalition's line, as every export has it
        try:
            write_milestone_card(
                repo.get_profile(item.profile_id),
                item,
                out,
                lang=self.lang,
                legal_limit_days=repo.legal_limit_days,
                campaign_line=campaign,
                size=size,
                template=template,
            )
        except (ExportError, OSError) as exc:
            dialogs.warning(self, self.tr("Milestone card"), str(exc))
            return None
        return out
