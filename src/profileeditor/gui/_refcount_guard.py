"""Keep None, True and False alive under PySide6 6.12.0 on CPython 3.11.

Measured here (PySide6 6.12.0, Python 3.11.7): every call of a Qt method that returns void —
``QComboBox.addItem``, ``clear``, ``setCurrentIndex`` — and every empty QVariant handed back to
Python drops one reference to ``None`` it never took (bools likewise). After some thousands of
calls CPython aborts with "deallocating None". Python 3.12 made these singletons immortal, so
there the bug is harmless; on 3.11 we do the same by hand: give them a reference count that
no session can use up. The singletons are never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def apply() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; returns whether it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True
