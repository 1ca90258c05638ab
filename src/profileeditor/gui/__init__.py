"""The desktop application (PySide6). Nothing below core/ imports from here."""

from profileeditor.gui import _refcount_guard

_refcount_guard.apply()
