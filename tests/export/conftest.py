"""Fixtures for the export tests: the fictional samples, canary-planted copies, LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import plant_canaries

from profileeditor.resources import resource


@pytest.fixture(scope="session")
def samples() -> list[dict]:
    with resource("samples", "profiles.sample.json").open(encoding="utf-8") as fh:
        return json.load(fh)["profiles"]


@pytest.fixture(scope="session")
def consented(samples) -> list[dict]:
    return [p for p in samples if (p.get("consent") or {}).get("level") == "full"]


@pytest.fixture(scope="session")
def canary_profiles(samples) -> list[dict]:
    return plant_canaries(samples)


@pytest.fixture(scope="session")
def soffice_txt(tmp_path_factory):
    """Convert DOCX files to UTF-8 text with LibreOffice in one batch, on a private profile."""

    def convert(paths: list[Path]) -> dict[Path, str]:
        soffice = shutil.which("soffice")
        assert soffice, "LibreOffice (soffice) is required for the DOCX round-trip tests"
        work = tmp_path_factory.mktemp("soffice")
        profile = work / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                str(work),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        return {p: (work / (p.stem + ".txt")).read_text(encoding="utf-8-sig") for p in paths}

    return convert


@pytest.fixture(scope="session")
def soffice_pdf(tmp_path_factory):
    """Convert DOCX files to PDF with LibreOffice in one batch (its layout, fields updated)."""

    def convert(paths: list[Path]) -> dict[Path, Path]:
        soffice = shutil.which("soffice")
        assert soffice, "LibreOffice (soffice) is required for the DOCX layout tests"
        work = tmp_path_factory.mktemp("soffice-pdf")
        profile = work / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        return {p: work / (p.stem + ".pdf") for p in paths}

    return convert
