"""Process hardening at start (CLI and GUI): no core dumps, not dumpable.

A core dump of this process would hold the data key, the passphrase just typed and whatever
profiles were on screen, in a plaintext file. ``RLIMIT_CORE`` 0 stops the kernel writing one;
on Linux ``PR_SET_DUMPABLE`` 0 also stops systemd-coredump/apport (which ignore the limit when
they are the core pattern's pipe), forbids ptrace from other processes of the same user, and
makes ``/proc/PID/mem`` and ``/proc/PID/environ`` readable by root only. Elsewhere (Windows,
macOS) what exists is done and the rest is a no-op.
"""

from __future__ import annotations

import contextlib
import sys

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Apply what this platform allows; returns what was done (for tests and the self-test)."""
    done = []
    try:
        import resource
    except ImportError:  # Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("rlimit_core")
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None and libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            done.append("not_dumpable")
    return done


def is_dumpable() -> bool | None:
    """The kernel's dumpable flag (Linux), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc():
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
