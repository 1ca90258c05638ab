"""Running the real ``profileeditor`` command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def cli_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["PROFILEEDITOR_PASSPHRASE"] = "cli test passphrase"
    env["PROFILEEDITOR_INSECURE_FAST_KDF_FOR_TESTS"] = "1"
    return env


@pytest.fixture
def run_cli(cli_env):
    def run(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "profileeditor.cli", *map(str, args)],
            env={**cli_env, **(env or {})},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
            **kwargs,
        )

    return run
