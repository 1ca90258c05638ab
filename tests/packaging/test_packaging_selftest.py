"""The smoke mode's contract: one line and exit 1 on failure; from source it passes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from profileeditor import selftest


def test_failure_is_one_line_and_exit_1(monkeypatch, capsys):
    def broken(out=print):
        raise selftest.SelfTestFailure("vault and import: no SQLCipher")

    monkeypatch.setattr(selftest, "run", broken)
    assert selftest.main() == 1
    err = capsys.readouterr().err
    assert err == "self-test failed: vault and import: no SQLCipher\n"


def test_unexpected_error_is_one_line_too(monkeypatch, capsys):
    def broken(out=print):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(selftest, "run", broken)
    assert selftest.main() == 1
    assert capsys.readouterr().err.count("\n") == 2  # the message's own newline is kept short


def test_step_names_the_step_that_failed(tmp_path):
    run = selftest._Run(tmp_path, lambda line: None)

    def check():
        raise KeyError("fonts")

    with pytest.raises(selftest.SelfTestFailure, match=r"^fonts step: KeyError: 'fonts'$"):
        run.step("fonts step", check)


@pytest.mark.slow
def test_self_test_passes_from_source(run_dirs):
    """In a child process: it makes its own QApplication and sets the language."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", "import sys, profileeditor.selftest as s; sys.exit(s.main())"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "INSECURE" in result.stdout  # it says its vault is a throw-away one
    # It cleaned up after itself.
    assert not list(run_dirs["tmp"].glob("profileeditor-selftest-*"))
