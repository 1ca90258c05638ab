"""Application settings (QSettings, IniFormat): language, idle-lock minutes, recent vaults.

Until the user picks a language (the welcome screen or Settings), the interface follows the
system's (``system_language``): an Arabic desktop starts in Arabic.

Nothing here may identify a person: no names, and no vault path unless the user turns the
recent-vaults list on (a list of paths is itself sensitive on a seized laptop). Vault settings
(author name, legal limit) live inside the encrypted database instead (DESIGN §7).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

LANGUAGES = ("en", "ar")
DEFAULT_LANGUAGE = "en"
DEFAULT_IDLE_MINUTES = 5
MAX_RECENT = 5


def system_language() -> str:
    """The interface language the desktop asks for (QLocale.system(): LANG/LC_ALL on Linux, the
    user's language on Windows and macOS), among the ones we have."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else DEFAULT_LANGUAGE


class AppSettings:
    """A thin typed wrapper; ``path`` lets tests use a file of their own."""

    def __init__(self, path: str | Path | None = None):
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "ProfileEditor",
                "ProfileEditor",
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # -- language ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", ""))
        return value if value in LANGUAGES else system_language()

    @property
    def language_chosen(self) -> bool:
        """Whether the user picked the language (else it follows the system's)."""
        return str(self._qs.value("ui/language", "")) in LANGUAGES

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("ui/language", value)

    # -- the profile list's columns ------------------------------------------------------------
    @property
    def list_columns(self) -> str:
        """Order, hidden columns and widths, as numbers only (ProfileTableView.column_state)."""
        value = str(self._qs.value("list/columns", ""))
        return value if set(value) <= set("0123456789,;") else ""

    @list_columns.setter
    def list_columns(self, value: str) -> None:
        if not set(value) <= set("0123456789,;"):
            raise ValueError("a column state is numbers only")
        self._qs.setValue("list/columns", value)

    # -- locking -------------------------------------------------------------------------------
    @property
    def idle_lock_minutes(self) -> int:
        """0 turns the idle lock off."""
        try:
            value = int(self._qs.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        return max(0, min(value, 240))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._qs.setValue("lock/idle_minutes", int(value))

    # -- recent vaults (opt-in) ----------------------------------------------------------------
    @property
    def remember_recent(self) -> bool:
        return str(self._qs.value("recent/enabled", "false")).lower() == "true"

    @remember_recent.setter
    def remember_recent(self, enabled: bool) -> None:
        self._qs.setValue("recent/enabled", "true" if enabled else "false")
        if not enabled:
            # Turning the list off forgets it, so no path lingers in the file.
            self._qs.remove("recent/vaults")

    @property
    def recent_vaults(self) -> list[str]:
        if not self.remember_recent:
            return []
        value = self._qs.value("recent/vaults", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent_vault(self, path: str | Path) -> None:
        if not self.remember_recent:
            return
        path = str(path)
        paths = [path] + [p for p in self.recent_vaults if p != path]
        self._qs.setValue("recent/vaults", paths[:MAX_RECENT])
