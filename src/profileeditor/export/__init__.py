"""Dossier and data exports (DESIGN §6), without Qt.

``export_profiles`` is the one entry point the CLI and the GUI call: it applies the level and
consent rules (``core.levels.select_for_level``), builds the views and hands them to the format
writer. Files appear complete or not at all: each is written under a temporary name in the target
folder and moved into place with ``os.replace``; on failure or cancel the temporary is removed.
"""

from __future__ import annotations

from profileeditor.export.dispatch import (
    FORMATS,
    ExportCancelled,
    ExportError,
    export_profiles,
)

__all__ = ["FORMATS", "ExportCancelled", "ExportError", "export_profiles"]
