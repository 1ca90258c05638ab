"""Dossier and data exports (DESIGN §6), without Qt.

``export_from_vault`` is the one entry point the CLI and the GUI export dialog call: formats,
levels and languages are listed here once (JSON included), profiles are read a chunk at a time
(streamed for JSON), and the vault's legal limit and campaign line are honoured. It hands the
profiles to ``export_profiles``, which applies the level and consent rules (``core.levels.select_for_level``), builds the views and hands them to the format
writer. Files appear complete or not at all: each is written under a temporary name in the target
folder and moved into place with ``os.replace``; on failure or cancel the temporary is removed.
"""

from __future__ import annotations

from profileeditor.export.dispatch import (
    EXPORT_FORMATS,
    EXPORT_LANGUAGES,
    EXPORT_LEVELS,
    FORMATS,
    ExportCancelled,
    ExportError,
    UnknownProfile,
    export_from_vault,
    export_profiles,
    vault_campaign_line,
)

__all__ = [
    "EXPORT_FORMATS",
    "EXPORT_LANGUAGES",
    "EXPORT_LEVELS",
    "FORMATS",
    "ExportCancelled",
    "ExportError",
    "UnknownProfile",
    "export_from_vault",
    "export_profiles",
    "vault_campaign_line",
]
