"""Issue 13 item 9 (the filter's part): the facility filter asks "ever held there" or "held there
now", picked by the user in the filter bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.gui.test_first_profile import User


def test_facility_filter_ever_held_or_held_now(qtbot, window, demo_vault):
    window.resize(1280, 800)
    window.show()
    window.open_vault(demo_vault)
    bar = window.filter_bar
    user = User(qtbot)
    assert not bar.facility_mode_combo.isVisible()  # means nothing before a facility is chosen
    # Every sample passed through Badr 1 and then Wadi El-Natrun; the five whose detention is
    # still open are in Wadi El-Natrun now, nobody is in Badr 1 any more.
    user.choose(bar.facility_combo, "Badr 1 Prison")
    QApplication.processEvents()
    assert bar.facility_mode_combo.isVisible()
    assert bar.facility_mode_combo.currentText() == "Ever held there"
    assert window.model.total == 8
    user.choose(bar.facility_mode_combo, "now")
    assert window.model.total == 0
    user.choose(bar.facility_combo, "Wadi El-Natrun Rehabilitation Centre")
    assert window.model.total == 5
    held = {window.model.summary(r).facility_en for r in range(window.model.rowCount())}
    assert held == {"Wadi El-Natrun Rehabilitation Centre"}
    user.choose(bar.facility_mode_combo, "ever")
    assert window.model.total == 8
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.facility_mode_combo.currentData() == "ever"
    assert not bar.facility_mode_combo.isVisible()
