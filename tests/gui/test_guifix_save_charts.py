"""Statistics → "Save charts…" draws and writes the files on a worker (workers.run_job), with a
progress dialog and Cancel like the other exports, and says what went wrong through
gui.messages. Real vault, real window, real files."""

from __future__ import annotations

import contextlib
import threading

import pytest
from PySide6.QtWidgets import QProgressDialog
from tests.gui.test_statistics_view import _show

from profileeditor.core import partial_files


@pytest.fixture
def writer_threads(monkeypatch):
    """The thread each chart file is written on; ``cancel_after`` cancels the save's job once
    that many files are written (the Cancel button of the progress dialog does the same)."""
    seen: list[threading.Thread] = []
    state: dict = {"cancel_after": None, "job": None}
    real = partial_files.atomic_path

    @contextlib.contextmanager
    def recording(target):
        seen.append(threading.current_thread())
        with real(target) as partial:
            yield partial
        if state["cancel_after"] is not None and len(seen) >= state["cancel_after"]:
            state["job"].cancel()

    monkeypatch.setattr(partial_files, "atomic_path", recording)
    return seen, state


def test_the_charts_are_written_on_a_worker_with_progress(
    qtbot, window, demo_vault, dialogs, tmp_path, writer_threads
):
    seen, _state = writer_threads
    view = _show(qtbot, window, demo_vault)
    folder = tmp_path / "charts"
    dialogs.folders.append(str(folder))
    job = view.save_charts()
    assert job is not None and not job.done  # the window goes on while the files are written
    progress = view.findChild(QProgressDialog)
    assert progress is not None and progress.labelText() == "Saving the charts…"
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert len(job.result) == 2 * len(view.charts)
    assert seen and all(t is not threading.main_thread() for t in seen)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "information" and text.startswith(f"{len(job.result)} files written")


def test_a_cancelled_save_stops_between_files(
    qtbot, window, demo_vault, dialogs, tmp_path, writer_threads
):
    _seen, state = writer_threads
    view = _show(qtbot, window, demo_vault)
    folder = tmp_path / "charts"
    dialogs.folders.append(str(folder))
    state["cancel_after"] = 1
    state["job"] = job = view.save_charts()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.cancelled and job.result is None
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 1 < 2 * len(view.charts), files  # whole files only, no partial one
    assert dialogs.messages == []  # cancelled: nothing to say


def test_a_failed_save_is_said_in_words(qtbot, window, demo_vault, dialogs, tmp_path):
    view = _show(qtbot, window, demo_vault)
    occupied = tmp_path / "a file, not a folder"
    occupied.write_text("x")
    dialogs.folders.append(str(occupied))
    job = view.save_charts()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("warning", "Save charts") and text


def test_a_save_that_ends_after_a_lock_says_nothing(qtbot, window, demo_vault, dialogs, tmp_path):
    view = _show(qtbot, window, demo_vault)
    dialogs.folders.append(str(tmp_path / "charts"))
    job = view.save_charts()
    window.lock()  # cancels the running jobs
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert dialogs.messages == []
