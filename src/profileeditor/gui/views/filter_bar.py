"""Search box and one control per core filter (status, profession, prosecution, facility — ever
held there or held there now —, beyond the legal limit, consent, records needing attention). Emits ``changed`` a short pause after typing stops, at once
when a filter is picked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import vocab
from profileeditor.core.repository import Filters

SEARCH_DEBOUNCE_MS = 200
CONSENT_LEVELS = ("full", "partial", "none", "unknown")

# Item data for "any": an empty string, never None. PySide6 6.12 on CPython 3.11 drops a
# reference to None each time an empty QVariant comes back to Python (currentData() of a None
# item), which ends in "deallocating None" after a few thousand calls.
ANY = ""
_BEYOND = {"": None, "yes": True, "no": False}


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search names, places, cases… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)

        self.status_combo = self._vocab_combo("status", self.tr("Any status"))
        self.profession_combo = self._vocab_combo("profession", self.tr("Any profession"))
        self.prosecution_combo = self._vocab_combo("prosecution", self.tr("Any prosecution"))
        self.facility_combo = QComboBox(self)
        self.facility_combo.setObjectName("facilityCombo")
        self.facility_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.facility_combo.addItem(self.tr("Any facility"), ANY)
        self.beyond_combo = QComboBox(self)
        self.beyond_combo.setObjectName("beyondCombo")
        self.beyond_combo.addItem(self.tr("Any detention length"), ANY)
        self.beyond_combo.addItem(self.tr("Beyond the legal limit"), "yes")
        self.beyond_combo.addItem(self.tr("Within the legal limit"), "no")
        self.consent_combo = QComboBox(self)
        self.consent_combo.setObjectName("consentCombo")
        self.consent_combo.addItem(self.tr("Any consent"), ANY)
        # The consent levels' labels are core/vocab.py's (the editor, the history, the exports).
        for level in CONSENT_LEVELS:
            self.consent_combo.addItem(vocab.label("consent_level", level, self._lang), level)
        # Ever held there (any detention) or held there now (the current facility): the
        # question a researcher asks differs between "who passed through Tora" and "who is in it".
        self.facility_mode_combo = QComboBox(self)
        self.facility_mode_combo.setObjectName("facilityModeCombo")
        self.facility_mode_combo.addItem(self.tr("Ever held there"), "ever")
        self.facility_mode_combo.addItem(self.tr("Held there now"), "now")
        self.facility_mode_combo.setToolTip(self.tr("Which detentions the facility filter reads"))
        self.attention_button = QToolButton(self)
        self.attention_button.setObjectName("attentionButton")
        self.attention_button.setText(self.tr("Needs attention"))
        self.attention_button.setToolTip(
            self.tr("Only the records whose dates or status contradict each other")
        )
        self.attention_button.setCheckable(True)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFiltersButton")

        self.combos = [
            self.status_combo,
            self.profession_combo,
            self.prosecution_combo,
            self.facility_combo,
            self.beyond_combo,
            self.consent_combo,
        ]
        # What flows over the grid: the filters, then the facility mode, shown only with a
        # facility (kept out of ``combos``, which are the filters a user sees at once).
        self._flow = [*self.combos, self.facility_mode_combo]
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.attention_button)
        top.addWidget(self.clear_button)
        # The filters flow over as many rows as the width needs: three abreast in a wide
        # window, fewer in a narrow one, never cut at the window's edge (issue 13 item 5).
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for combo in self._flow:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._columns = 0
        self._reflow(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.grid)

        # Search-as-you-type, but one query per pause rather than per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self._debounce.start)
        for combo in self._flow:
            combo.currentIndexChanged.connect(self._combo_changed)
        self.attention_button.toggled.connect(self._combo_changed)
        # The mode means something only once a facility is chosen.
        self.facility_combo.currentIndexChanged.connect(self._show_facility_mode)
        self._show_facility_mode()
        self.clear_button.clicked.connect(self.reset_filters)
        self._quiet = False

    def combo_width_needed(self) -> int:
        """The width a filter needs to show its "any …" label whole."""
        widest = max(c.fontMetrics().horizontalAdvance(c.itemText(0)) for c in self.combos)
        return widest + 44  # frame, padding and the drop-down arrow

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for combo in self._flow:
            self.grid.removeWidget(combo)
        for index, combo in enumerate(self._flow):
            self.grid.addWidget(combo, index // columns, index % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        spacing = self.grid.horizontalSpacing()
        need = self.combo_width_needed()
        fits = (event.size().width() + spacing) // (need + spacing)
        self._reflow(max(1, min(3, fits)))
        super().resizeEvent(event)

    def _vocab_combo(self, list_name: str, any_label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{list_name}Combo")
        combo.addItem(any_label, ANY)
        for code in vocab.codes(list_name):
            combo.addItem(vocab.label(list_name, code, self._lang), code)
        return combo

    def _show_facility_mode(self) -> None:
        self.facility_mode_combo.setVisible(bool(self.facility_combo.currentData()))

    def _combo_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def controls(self) -> dict[str, QWidget]:
        """The widget that sets each field of ``Filters`` (a test checks none is missing)."""
        return {
            "status": self.status_combo,
            "profession": self.profession_combo,
            "prosecution": self.prosecution_combo,
            "facility": self.facility_combo,
            "facility_now": self.facility_mode_combo,
            "beyond_limit": self.beyond_combo,
            "consent": self.consent_combo,
            "attention": self.attention_button,
        }

    def query(self) -> str:
        return self.search_edit.text()

    def filters(self, trash: bool = False) -> Filters:
        return Filters(
            status=self.status_combo.currentData() or None,
            profession=self.profession_combo.currentData() or None,
            prosecution=self.prosecution_combo.currentData() or None,
            facility=self.facility_combo.currentData() or None,
            beyond_limit=_BEYOND.get(self.beyond_combo.currentData()),
            consent=self.consent_combo.currentData() or None,
            facility_now=self.facility_mode_combo.currentData() == "now",
            attention=self.attention_button.isChecked(),
            trash=trash,
        )

    def set_facilities(self, names: list[str]) -> None:
        current = self.facility_combo.currentData()
        self._quiet = True
        self.facility_combo.clear()
        self.facility_combo.addItem(self.tr("Any facility"), ANY)
        for name in names:
            self.facility_combo.addItem(name, name)
        index = self.facility_combo.findData(current) if current else 0
        self.facility_combo.setCurrentIndex(max(index, 0))
        self._quiet = False

    def select(self, combo: QComboBox, value) -> None:
        """Pick the entry whose data is ``value`` (tests and restoring state)."""
        if combo is self.beyond_combo:
            value = {None: "", True: "yes", False: "no"}[value]
        index = combo.findData(ANY if value is None else value)
        if index < 0:
            raise ValueError(f"no entry {value!r}")
        combo.setCurrentIndex(index)

    def reset_filters(self) -> None:
        """ "Clear filters": the search too (issue 13 item 10) — a forgotten word in the box
        hid profiles as surely as a filter."""
        self._debounce.stop()
        self._quiet = True
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo in self._flow:
            combo.setCurrentIndex(0)
        self.attention_button.setChecked(False)
        self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        """Empty the search and every filter, and forget the facility names (on lock)."""
        self._debounce.stop()
        self._quiet = True
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo in self._flow:
            combo.setCurrentIndex(0)
        self.attention_button.setChecked(False)
        self.set_facilities([])
        self._quiet = False

    def flush(self) -> None:
        """Apply a pending search now (Enter in the box, tests)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
