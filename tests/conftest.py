"""Shared test set-up: Qt offscreen before any Qt import, a private temp and config folder for the
whole run (so canary scans see exactly what the program wrote), and vault fixtures."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

# Must precede any Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# One private temp folder and config/home for the run; canary tests scan them.
_RUN_DIR = Path(tempfile.mkdtemp(prefix="pe-tests-"))
for _name in ("tmp", "config", "home"):
    (_RUN_DIR / _name).mkdir()
os.environ["TMPDIR"] = str(_RUN_DIR / "tmp")
os.environ["XDG_CONFIG_HOME"] = str(_RUN_DIR / "config")
os.environ["HOME"] = str(_RUN_DIR / "home")
tempfile.tempdir = None  # re-read TMPDIR

import pytest  # noqa: E402

from profileeditor.core.keyfile import KdfParams  # noqa: E402
from profileeditor.core.vault import Vault  # noqa: E402
from profileeditor.resources import resource  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def run_dirs() -> dict[str, Path]:
    """The run's private temp, config and home folders."""
    return {name: _RUN_DIR / name for name in ("tmp", "config", "home")}


@pytest.fixture(scope="session")
def sample_doc() -> dict:
    with resource("samples", "profiles.sample.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture
def sample_profiles(sample_doc) -> list[dict]:
    return json.loads(json.dumps(sample_doc["profiles"]))


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "test.pevault"


@pytest.fixture
def vault(vault_path):
    """A new, empty vault with the fast test-only KDF (KdfParams.insecure_for_tests)."""
    opened, _recovery = Vault.create(vault_path, PASSPHRASE, KdfParams.insecure_for_tests())
    yield opened
    if not opened.is_locked:
        opened.lock()


@pytest.fixture
def demo_vault(vault, sample_profiles):
    """A vault holding the eight fictional sample profiles (photos cleaned on the way in)."""
    from profileeditor.importers.json_import import import_document

    profiles = json.loads(json.dumps(sample_profiles))  # the import cleans photos in place
    import_document(
        vault.repository, {"format": "profileeditor.profiles", "version": 1, "profiles": profiles}
    )
    return vault
