"""The one helper for background work: run a function off the GUI thread, show progress with a
Cancel button, and call back on the GUI thread (Anki's CollectionOp, Picard's run_task).

A job that touches the vault gets a repository over its *own* keyed connection
(``vault.connect()``): SQLite connections are not shared between threads that run at once. That
repository shares the vault's change hub, so what the job writes is announced to the list and
the editor like an edit in the window (gui/change_hub.py brings it to the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from profileeditor.core import errors
from profileeditor.core.repository import Repository

# Jobs shorter than this never show a progress dialog (no flashing for quick work).
PROGRESS_DELAY_MS = 250


# Raised by ``JobContext.check()`` inside a job when the user pressed Cancel (and by a write the
# cancel rolled back whole).
Cancelled = errors.Cancelled


class JobContext:
    """What a job function receives: progress reporting, cancellation, and its repository."""

    def __init__(self, emitter: _Emitter, cancel_event: threading.Event):
        self._emitter = emitter
        self._cancel = cancel_event
        self.repository: Repository | None = None

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._emitter.progressed.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Emitter(QObject):
    # Emitted from the worker thread; the receivers are slots of a GUI-thread object, so Qt
    # queues the calls onto the GUI thread.
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Thread(QThread):
    def __init__(self, work: Callable[[], None]):
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class Job(QObject):
    """A running job. ``done`` turns True once its callback has run on the GUI thread."""

    finished = Signal()

    def __init__(
        self,
        fn: Callable[[JobContext], Any],
        vault=None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ):
        super().__init__()
        self._fn = fn
        self._vault = vault
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._emitter = _Emitter()
        self._emitter.progressed.connect(self._progressed)
        self._emitter.succeeded.connect(self._succeeded)
        self._emitter.failed.connect(self._failed)
        self._thread = _Thread(self._run)
        self._dialog: QProgressDialog | None = None
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    # -- worker thread -------------------------------------------------------------------------
    def _run(self) -> None:
        context = JobContext(self._emitter, self._cancel)
        conn = None
        try:
            if self._vault is not None:
                conn = self._vault.connect()
                hub = getattr(getattr(self._vault, "repository", None), "changes", None)
                context.repository = Repository(conn, hub)
            result = self._fn(context)
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            self._emitter.failed.emit(exc)
        else:
            self._emitter.succeeded.emit(result)
        finally:
            if conn is not None:
                conn.close()

    # -- GUI thread ----------------------------------------------------------------------------
    def start(self, parent: QWidget | None = None, label: str = "", cancellable: bool = True):
        if parent is not None:
            cancel_text = QCoreApplication.translate("Workers", "Cancel") if cancellable else ""
            dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
        _running.add(self)
        self._thread.start()
        return self

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is not None:
            if text:
                dialog.setLabelText(text)
            dialog.setMaximum(max(total, 0))
            # Last: a modal progress dialog's setValue processes events, so the job's end may
            # run inside it and close the dialog.
            dialog.setValue(min(done, total) if total else 0)
        if self._on_progress:
            self._on_progress(done, total, text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_done:
            self._on_done(result)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        if self._on_error:
            self._on_error(error)
        self.finished.emit()

    def _finish(self) -> None:
        self._thread.wait()
        self.done = True
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)


# Keeps running jobs alive (nothing else may hold a reference) until their callback has run.
_running: set[Job] = set()


def running_jobs() -> list[Job]:
    return list(_running)


def run_job(
    fn: Callable[[JobContext], Any],
    *,
    parent: QWidget | None = None,
    vault=None,
    label: str = "",
    cancellable: bool = True,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Job:
    """Run ``fn(context)`` on a worker thread; ``on_done(result)`` or ``on_error(exc)`` follow
    on the GUI thread. With ``vault``, ``context.repository`` is a repository over a connection
    of the worker's own. With ``parent``, a window-modal progress dialog with Cancel appears if
    the job takes longer than a quarter second."""
    job = Job(fn, vault=vault, on_done=on_done, on_error=on_error, on_progress=on_progress)
    return job.start(parent, label, cancellable)
