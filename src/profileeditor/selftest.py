"""``profileeditor --self-test``: a smoke test of an installed (usually frozen) program.

It proves that the parts a PyInstaller bundle can silently lose made it in — SQLCipher's native
module, the bundled fonts and translations, HarfBuzz (PDF shaping), python-docx's templates, and
Qt's platform and image-format plugins — by doing what a user does first: open the welcome window,
create a vault, import the sample profiles, export a PDF and a DOCX, lock, reopen, count, and show
the profiles in the main window.

This is a SMOKE TEST, not a security check: the vault it creates uses the fast, insecure key
derivation meant for tests (``KdfParams.insecure_for_tests()``), and lives only in a temporary
folder that is deleted at the end. Nothing outside that folder is written: the application
settings go to an ini file inside it too.

Prints a short report and returns 0; on failure prints one line ``self-test failed: <step>:
<reason>`` on stderr and returns 1. Runs without a display (``QT_QPA_PLATFORM=offscreen`` unless
the caller chose a platform).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

# Set when this module is imported — the earliest moment we know of where process start-up time
# cannot be read from the operating system (see _seconds_since_process_start).
_IMPORTED_AT = time.monotonic()

SAMPLE = ("samples", "profiles.sample.json")
PASSPHRASE = "self-test passphrase, not secret"
REQUIRED_FONT_FAMILIES = ("Noto Sans", "Noto Naskh Arabic")


class SelfTestFailure(Exception):
    """A check that did not hold; the message is the one-line reason."""


def _seconds_since_process_start() -> tuple[float, str]:
    """Seconds since the process began and what they are measured from.

    On Linux the kernel records the start time (/proc), so the bootloader and Python's own start
    are counted; elsewhere we fall back to the moment this module was imported.
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        # Field 22 (starttime, clock ticks since boot); the name in field 2 may contain spaces.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK"), "process start"
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT, "self-test start"


class _Run:
    """Runs the steps in order, reports each, and remembers what the later steps need."""

    def __init__(self, workdir: Path, out: Callable[[str], None]):
        self.workdir = workdir
        self.out = out
        self.app = None
        self.window = None
        self.imported = 0

    def step(self, name: str, check: Callable[[], str]) -> None:
        try:
            detail = check()
        except SelfTestFailure as exc:
            raise SelfTestFailure(f"{name}: {exc}") from exc
        except Exception as exc:
            first_line = str(exc).splitlines()[0] if str(exc) else ""
            raise SelfTestFailure(f"{name}: {type(exc).__name__}: {first_line}") from exc
        self.out(f"  ok  {name}: {detail}")

    # -- the GUI first: its start-up time is what a user waits for -------------------------------
    def welcome_window(self) -> str:
        from profileeditor.gui.app import create_application
        from profileeditor.gui.settings import AppSettings

        settings = AppSettings(self.workdir / "settings.ini")
        self.app = create_application([sys.argv[0] if sys.argv else "profileeditor"], settings)
        # Imported after the application exists, as gui.app.main does.
        from profileeditor.gui.dialogs.welcome import WelcomeDialog
        from profileeditor.gui.main_window import MainWindow

        self.window = MainWindow(settings)
        dialog = WelcomeDialog(settings, parent=self.window)
        dialog.show()
        self.app.processEvents()
        elapsed, since = _seconds_since_process_start()
        if not dialog.isVisible():
            raise SelfTestFailure("the welcome window did not show")
        dialog.close()
        dialog.deleteLater()
        platform = self.app.platformName()
        return f"shown {elapsed:.2f} s after {since} (Qt platform '{platform}')"

    def qt_resources(self) -> str:
        from PySide6.QtGui import QFontDatabase, QImageReader

        from profileeditor.gui import i18n

        families = set(QFontDatabase.families())
        missing = [f for f in REQUIRED_FONT_FAMILIES if f not in families]
        if missing:
            raise SelfTestFailure(f"bundled font not registered: {', '.join(missing)}")
        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        # PNG is built into Qt; JPEG comes from the imageformats plugin folder.
        if "jpeg" not in formats:
            raise SelfTestFailure("Qt's JPEG image-format plugin is missing")
        loaded = i18n.install(self.app, "ar")
        i18n.install(self.app, "en")
        if "profileeditor_ar" not in loaded:
            raise SelfTestFailure("the Arabic translation (profileeditor_ar.qm) did not load")
        if "qtbase_ar" not in loaded:
            raise SelfTestFailure("Qt's own Arabic catalogue (qtbase_ar.qm) did not load")
        from profileeditor.gui.help.guide import guide_text

        for lang in ("en", "ar"):
            if "## " not in guide_text(lang):  # FileNotFoundError names a missing one
                raise SelfTestFailure(f"the user guide (guide_{lang}.md) is empty")
        return f"fonts {', '.join(REQUIRED_FONT_FAMILIES)}; JPEG plugin; catalogues {loaded}"

    def libraries(self) -> str:
        """Native and lazily imported libraries that PyInstaller's import scan can miss."""
        import io

        import openpyxl
        import pyrage
        import uharfbuzz
        from PIL import features
        from rapidfuzz import fuzz

        secret = pyrage.passphrase.encrypt(b"smoke", "test")
        if pyrage.passphrase.decrypt(secret, "test") != b"smoke":
            raise SelfTestFailure("pyrage (age encryption) round trip failed")
        openpyxl.Workbook().save(io.BytesIO())
        if fuzz.ratio("Mohammed", "Mohamed") < 80:
            raise SelfTestFailure("rapidfuzz gives nonsense")
        raqm = bool(features.check("raqm"))
        # Pillow's wheels carry raqm on all three platforms: a frozen build without it lost it.
        if not raqm and getattr(sys, "frozen", False):
            raise SelfTestFailure("Pillow's raqm (complex-script text layout) is missing")
        return (
            f"HarfBuzz {uharfbuzz.__version__}, Pillow raqm {'yes' if raqm else 'no'}, "
            "age, openpyxl, rapidfuzz"
        )

    # -- the core: vault, import, export, reopen --------------------------------------------------
    def create_and_import(self) -> str:
        from profileeditor.core.keyfile import KdfParams
        from profileeditor.core.vault import Vault
        from profileeditor.importers.json_import import import_file
        from profileeditor.resources import resource

        # Smoke test only: the fast KDF would be far too weak for a real vault.
        vault, _recovery = Vault.create(self.vault_path, PASSPHRASE, KdfParams.insecure_for_tests())
        with vault:
            result = import_file(vault.repository, resource(*SAMPLE))
            self.imported = len(result.created)
        if self.imported == 0:
            raise SelfTestFailure("the sample file imported no profile")
        header = vault.db_path.read_bytes()[:16]
        if header.startswith(b"SQLite format 3"):
            raise SelfTestFailure("the database is not encrypted (plain SQLite, not SQLCipher)")
        return f"{self.imported} sample profiles imported into an encrypted (SQLCipher) vault"

    def export(self) -> str:
        from profileeditor.core.vault import Vault
        from profileeditor.export import export_profiles

        with Vault.open(self.vault_path, PASSPHRASE, auto_backup=False) as vault:
            repo = vault.repository
            profiles = repo.get_profiles(repo.ids(""))
        sizes = []
        for fmt in ("pdf", "docx"):
            out = self.workdir / f"dossier.{fmt}"
            export_profiles(profiles, fmt, out, level="internal")
            data = out.read_bytes() if out.exists() else b""
            if fmt == "pdf" and not data.startswith(b"%PDF-"):
                raise SelfTestFailure("the PDF was not written")
            if fmt == "docx":
                if not zipfile.is_zipfile(out):
                    raise SelfTestFailure("the DOCX was not written")
                with zipfile.ZipFile(out) as docx:
                    if "word/document.xml" not in docx.namelist():
                        raise SelfTestFailure("the DOCX has no word/document.xml")
            sizes.append(f"{fmt.upper()} {len(data) // 1024} KiB")
        # A campaign card: Arabic text drawn by Pillow (raqm when present).
        card = self.workdir / "card.png"
        export_profiles(profiles[:1], "card", card, level="public")
        if not card.exists() or not card.read_bytes().startswith(b"\x89PNG"):
            raise SelfTestFailure("the campaign card PNG was not written")
        sizes.append(f"card {card.stat().st_size // 1024} KiB")
        return f"{len(profiles)} profiles exported: {', '.join(sizes)}"

    def reopen(self) -> str:
        from profileeditor.core.vault import Vault

        vault = Vault.open(self.vault_path, PASSPHRASE, auto_backup=False)
        count = vault.repository.count()
        if count != self.imported:
            vault.lock()
            raise SelfTestFailure(
                f"reopened vault holds {count} profiles, expected {self.imported}"
            )
        # The main window takes the open vault over, and locks it in shutdown().
        self.window.open_vault(vault)
        self.app.processEvents()
        shown = self.window.model.total
        self.window.shutdown()
        if shown != count:
            raise SelfTestFailure(f"main window lists {shown} profiles, expected {count}")
        return f"{count} profiles after reopening; main window lists {shown}"

    @property
    def vault_path(self) -> Path:
        return self.workdir / "selftest.pevault"


def run(out: Callable[[str], None] = print) -> None:
    """All the steps; raises SelfTestFailure with a one-line reason."""
    # Before any Qt import: a smoke test must work on a machine with no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from profileeditor import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    out(f"Profile Editor {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    out("  (a smoke test: its throw-away vault uses the fast, INSECURE test key derivation)")
    workdir = Path(tempfile.mkdtemp(prefix="profileeditor-selftest-"))
    started = time.monotonic()
    try:
        run_ = _Run(workdir, out)
        run_.step("welcome window", run_.welcome_window)
        run_.step("fonts, plugins, translations", run_.qt_resources)
        run_.step("libraries", run_.libraries)
        run_.step("vault and import", run_.create_and_import)
        run_.step("PDF, DOCX and card export", run_.export)
        run_.step("reopen and list", run_.reopen)
        if run_.window is not None:
            run_.window.deleteLater()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if workdir.exists():
        raise SelfTestFailure(f"could not remove the temporary folder {workdir}")
    out(f"self-test passed in {time.monotonic() - started:.1f} s")


def main() -> int:
    """Entry point for ``profileeditor --self-test``: 0 when every step passed, else 1."""
    try:
        run()
    except SelfTestFailure as exc:
        print(f"self-test failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything unforeseen is still one line, never a traceback
        print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
