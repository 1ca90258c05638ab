"""A form: labelled field widgets for one record, each with its sensitivity badge.

The form shows the record at ``base`` (an address; "" is the profile itself) and turns its fields'
``edited(rel, value)`` into ``edited(address, value)`` for the editor. Each row shows the
effective level of its field (public / partner / internal); the badge's menu raises it, which the
editor writes to the profile's ``sensitivity`` map.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from profileeditor.core.levels import LEVELS, field_level, rank
from profileeditor.gui.editor import paths
from profileeditor.gui.editor.fields import FieldWidget

LEVEL_COLOURS = {"public": "#2e7d32", "partner": "#b26a00", "internal": "#b71c1c"}


def level_text(level: str) -> str:
    """The name of an export level in the interface language."""
    return {
        "public": QCoreApplication.translate("EditorLevel", "Public"),
        "partner": QCoreApplication.translate("EditorLevel", "Partner"),
        "internal": QCoreApplication.translate("EditorLevel", "Internal"),
    }[level]


class LevelBadge(QToolButton):
    """The level of one schema field in this profile; its menu raises (or resets) it."""

    levelRequested = Signal(str, object)  # schema path, level or None (back to the default)

    def __init__(self, schema_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.schema_path = schema_path
        self.setObjectName(f"level:{schema_path}")
        self.setProperty("levelPath", schema_path)
        self.setPopupMode(QToolButton.InstantPopup)
        self.setAutoRaise(True)
        self.default = field_level({}, schema_path)
        self.level = self.default
        self._menu = QMenu(self)
        # The actions are made once and only re-checked: rebuilding menus on every refresh
        # churns Qt objects for nothing (and tripped a PySide reference-count bug).
        group = QActionGroup(self._menu)
        self._actions: dict[str, QAction] = {}
        for level in LEVELS:
            action = QAction(level_text(level), self._menu)
            action.setCheckable(True)
            action.setData(level)
            group.addAction(action)
            self._menu.addAction(action)
            self._actions[level] = action
        self._menu.triggered.connect(self._triggered)
        self.setMenu(self._menu)
        self.setToolTip(self.tr("Lowest export level that shows this field. Click to raise it."))
        self._shown: str | None = None
        self.update_level({})

    def update_level(self, profile: dict) -> None:
        self.level = field_level(profile, self.schema_path)
        if self.level == self._shown:
            return
        self._shown = self.level
        colour = LEVEL_COLOURS[self.level]
        self.setText(level_text(self.level))
        self.setStyleSheet(
            f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 3px;"
            " padding: 0 4px; font-size: 8pt; }"
            # The menu arrow would be drawn over the level's name; the tooltip says it opens.
            " QToolButton::menu-indicator { image: none; width: 0px; }"
        )
        for level, action in self._actions.items():
            # A profile may raise a field's level, never lower it below the schema's.
            action.setVisible(rank(level) >= rank(self.default))
            action.setChecked(level == self.level)

    def _triggered(self, action: QAction) -> None:
        level = action.data()
        self.levelRequested.emit(self.schema_path, None if level == self.default else level)


class Form(QWidget):
    """Rows of fields over the record at ``base``."""

    edited = Signal(str, object)  # absolute address, value
    levelRequested = Signal(str, object)

    def __init__(self, schema_prefix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.schema_prefix = schema_prefix
        self.base = ""
        self.fields: list[FieldWidget] = []
        self.badges: list[LevelBadge] = []
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        # In a narrow window a row too wide for label and field side by side puts the field
        # under its label instead of pushing the form past the window's edge.
        self.layout_.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.layout_.setLabelAlignment(Qt.AlignLeading | Qt.AlignVCenter)  # type: ignore[operator]

    def path(self, rel: str) -> str:
        return f"{self.schema_prefix}.{rel}" if self.schema_prefix else rel

    def add(
        self, label: str, field: FieldWidget, level: bool = True, level_path: str = ""
    ) -> FieldWidget:
        """Add a row; ``level`` False for fields whose level is shown elsewhere (ids);
        ``level_path`` when the badge is for a wider field than this row (both sides of a text)."""
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        if level:
            badge = LevelBadge(level_path or field.schema_path, row)
            badge.levelRequested.connect(self.levelRequested)
            self.badges.append(badge)
            box.addWidget(badge, 0, Qt.AlignTop)
        field.edited.connect(lambda rel, value: self.edited.emit(paths.join(self.base, rel), value))
        self.fields.append(field)
        self.layout_.addRow(QLabel(label, self), row)
        return field

    def add_widget(self, label: str, widget: QWidget) -> None:
        self.layout_.addRow(QLabel(label, self) if label else None, widget)

    def show_record(self, base: str, record: dict | None, profile: dict) -> None:
        """Fill every field from ``record`` (None empties them) and refresh the badges."""
        self.base = base
        record = record or {}
        for field in self.fields:
            field.set_value(paths.get(record, field.rel))
        self.update_levels(profile)
        self.setEnabled(bool(base) or not self.schema_prefix)

    def update_levels(self, profile: dict) -> None:
        for badge in self.badges:
            badge.update_level(profile)

    def flush(self) -> None:
        for field in self.fields:
            field.flush()
