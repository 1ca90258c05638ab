"""The Qt binding must not leak or steal references from Python's singletons.

PySide6/shiboken 6.12.0 on Python 3.11 dropped one reference to None on every call of a method
returning void, and aborted long sessions ("deallocating None"); pyproject pins below it. This
test fails on any binding that does it again.
"""

import sys

from PySide6.QtWidgets import QComboBox, QLineEdit


def test_void_calls_and_empty_variants_keep_none_alive(qtbot):
    line, combo = QLineEdit(), QComboBox()
    qtbot.addWidget(line)
    qtbot.addWidget(combo)
    combo.addItem("a")
    before = sys.getrefcount(None)
    for _ in range(1000):
        line.setText("x")
        combo.setCurrentIndex(0)
        combo.itemData(0)
    assert abs(sys.getrefcount(None) - before) < 50
