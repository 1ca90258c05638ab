"""Interface language: our Qt Linguist catalogues (resources/translations/*_<lang>.qm), Qt's own
catalogue for standard dialogs (qtbase_<lang> from Qt's translations folder: the buttons of
QMessageBox and QDialogButtonBox, the file dialog), and the layout direction (Arabic lays every
window out right-to-left).

English has a catalogue too (appshell_en): the source strings are English, but a counted message
needs its singular and plural forms ("1 profile", "2 profiles") from somewhere.

Catalogues are compiled from the .ts sources with ``pyside6-lrelease``; ``compile_catalogues``
does it for a source checkout.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from profileeditor.resources import resources_dir

CATALOGUE = "profileeditor"
RIGHT_TO_LEFT = frozenset({"ar"})

_installed: list[QTranslator] = []
# What install() and apply_digits() set last: gui/messages.py words core's messages with them.
_current = {"language": "en", "arabic_digits": False}


def language() -> str:
    """The interface language installed now."""
    return str(_current["language"])


def arabic_digits() -> bool:
    """Whether the open vault asks for Arabic-Indic digits."""
    return bool(_current["arabic_digits"])


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install(app: QApplication, language: str) -> list[str]:
    """Switch ``app`` to ``language`` ("ar" or "en"); returns the catalogues that loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's first, ours after: the one installed last is asked first.
    wanted = [] if language == "en" else [(f"qtbase_{language}", qt_dir)]
    # Ours: every catalogue of the language (the shell's and any part's, e.g. the editor's).
    ours = sorted(translations_dir().glob(f"*_{language}.qm"))
    wanted += [(p.stem, str(p.parent)) for p in ours]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    apply_digits(language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    return loaded


def ui_locale(language: str, arabic_digits: bool = False) -> QLocale:
    """The locale numbers and dates in widgets are written with. Arabic digits follow the vault's
    setting (core/wording.py SETTING_ARABIC_DIGITS, off unless asked), as the dossiers and the
    list do: Western digits by default from Modern Standard Arabic (ar_001, whose month names
    are the ones wording.py uses), Arabic-Indic ones from ar_EG; no group separator in Arabic,
    as wording.number writes them."""
    if language != "ar":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    country = QLocale.Country.Egypt if arabic_digits else QLocale.Country.World
    locale = QLocale(QLocale.Language.Arabic, country)
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale


def apply_digits(language: str, arabic_digits: bool = False) -> None:
    """Make ``ui_locale`` the default (a vault that asks for Arabic-Indic digits was opened)."""
    _current.update(language=language, arabic_digits=arabic_digits)
    QLocale.setDefault(ui_locale(language, arabic_digits))


def compile_catalogues() -> list[Path]:
    """Run pyside6-lrelease over every .ts file (development and packaging)."""
    tool = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not installed")
    out = []
    for source in sorted(translations_dir().glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([tool, str(source), "-qm", str(target)], check=True, capture_output=True)
        out.append(target)
    return out
