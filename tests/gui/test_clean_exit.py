"""The application quits cleanly: exit status 0, no segfault at interpreter exit.

Each run is a separate process, since a crash in exit() is invisible inside the test process
(it happens after pytest's summary). The crash this guards against: a QMimeData made in Python
left on Qt's in-process clipboard (offscreen, as in CI) was freed by the C library's exit()
after Python had finalized, and its wrapper's call back into Python segfaulted (exit 139). The
app puts such data there when it copies a secret (recovery key, key, vault path) and when its
clipboard guard re-sets text copied in the app with the "secret" marks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

# The app's own start path (create_application, Shell, MainWindow on a vault), a copy as the
# user makes one, then File > Quit from the running event loop, as main() does.
START_COPY_QUIT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from shiboken6 import Shiboken
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.gui.app import Shell, create_application
from profileeditor.gui.settings import AppSettings

folder, how = Path(sys.argv[1]), sys.argv[2]
kdf = KdfParams.insecure_for_tests()
vault, _recovery = Vault.create(folder / "test.pevault", "correct horse battery staple", kdf)
settings = AppSettings(folder / "settings.ini")
app = create_application([], settings)
shell = Shell(app, settings, kdf=kdf)
window = shell._new_window()
window.open_vault(vault)
window.show()
window.activateWindow()

def copy_and_quit():
    if not window.isActiveWindow():  # the guard marks what is copied while the app is active
        QTimer.singleShot(10, copy_and_quit)
        return
    if how.startswith("locked"):  # Ctrl+L first: the lock clears only what was copied before
        window.lock()
    if how.endswith("secret"):  # the recovery key's, a key's or the vault path's Copy button
        from profileeditor.gui.secret_clipboard import copy_secret
        copy_secret("recovery key ABCD-EFGH")
    elif how.endswith("field"):  # Ctrl+C in a field: the clipboard guard re-sets it marked secret
        edit = window.filter_bar.search_edit
        edit.setText("Salma Abdel-Raouf Mansour")
        edit.selectAll()
        edit.copy()
    mime = app.clipboard().mimeData()
    print("made by python:", mime is not None and Shiboken.createdByPython(mime), flush=True)
    window.quit_action.trigger()

QTimer.singleShot(0, copy_and_quit)
try:
    status = app.exec()
finally:
    shell.shutdown()
print("quit", status, flush=True)
sys.exit(status)
"""


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONFAULTHANDLER": "1",
    }
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "how", ["nothing", "secret", "field", "locked-then-secret", "locked-then-field"]
)
def test_start_copy_and_quit_exits_zero(tmp_path, how):
    result = _run(START_COPY_QUIT, str(tmp_path), how)
    report = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "quit 0" in result.stdout, report  # the quit path ran to its end
    # The copy really left a Python-made QMimeData on the clipboard (the case that crashed).
    assert ("made by python: True" in result.stdout) == (how != "nothing"), report
    assert result.returncode == 0, report
    assert "Segmentation fault" not in result.stderr, report
    assert "Fatal Python error" not in result.stderr, report


# What the exit handler leaves: data Qt made itself stays; our QMimeData goes.
RELEASE = """
from PySide6.QtWidgets import QApplication
from profileeditor.gui.secret_clipboard import release_in_process_copy, secret_mime

app = QApplication([])
clipboard = app.clipboard()
clipboard.setText("copied elsewhere")
release_in_process_copy()
print("qt-made kept:", clipboard.text() == "copied elsewhere")
clipboard.setMimeData(secret_mime("a secret"))
release_in_process_copy()
mime = clipboard.mimeData()
print("ours cleared:", clipboard.text() == "" and (mime is None or not mime.formats()))
"""


def test_release_clears_only_data_made_in_python(tmp_path):
    result = _run(RELEASE)
    report = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "qt-made kept: True" in result.stdout, report
    assert "ours cleared: True" in result.stdout, report
    assert result.returncode == 0, report
