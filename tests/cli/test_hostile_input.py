"""Hostile input files through the real command line: one line on stderr, exit 5, nothing stored
(issue 9 items 7 and 14)."""

from __future__ import annotations

import json

import pytest

GOOD_HEAD = '{"format":"profileeditor.profiles","version":1,"profiles":'

HOSTILE_JSON = {
    "deep-array": "[" * 100_000 + "]" * 100_000,
    "deep-object": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "deep-inside-profiles": GOOD_HEAD + "[" * 5000 + "]" * 5000 + "}",
    "moderately-deep": GOOD_HEAD + '[{"id":"x","name":' + "[" * 900 + "]" * 900 + "}]}",
    "huge-integer": GOOD_HEAD.replace('"version":1', '"version":' + "9" * 5000) + "[]}",
    "nan": GOOD_HEAD + '[], "x": NaN}',
    "not-utf8": b'{"format":"\xff\xfe"}',
    "truncated": GOOD_HEAD + '[{"id":',
}


def _one_line(result, code: int = 5) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr


@pytest.fixture
def empty_vault(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    assert run_cli("init", vault).returncode == 0
    return vault


def test_hostile_json_imports_exit_5_with_one_line(run_cli, tmp_path, empty_vault):
    for name, text in HOSTILE_JSON.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        result = run_cli("import", empty_vault, path)
        _one_line(result)
        assert name in result.stderr  # the file is named
    assert json.loads(run_cli("list", empty_vault, "--json").stdout) == []


def test_hostile_mapping_files_exit_5_with_one_line(run_cli, tmp_path, empty_vault):
    sheet = tmp_path / "s.csv"
    sheet.write_text("Name,Birth date\nAhmed Ali,1990-01-01\n", encoding="utf-8")
    mappings = {
        **HOSTILE_JSON,
        "column-to-list": '{"format":"profileeditor.mapping","columns":{"Name":["name.ar"]}}',
        "column-to-object": '{"format":"profileeditor.mapping","columns":{"Name":{}}}',
        "values-list": '{"format":"profileeditor.mapping","columns":{},"values":[1]}',
        "values-number": '{"format":"profileeditor.mapping","columns":{},"values":{"x":{"a":1}}}',
    }
    for name, text in mappings.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        result = run_cli("import", empty_vault, sheet, "--mapping", path)
        _one_line(result)
    assert json.loads(run_cli("list", empty_vault, "--json").stdout) == []
