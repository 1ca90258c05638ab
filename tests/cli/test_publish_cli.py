"""Publishing through the real command line: `export --format site`, and `export --format uwazi`
with `import` of the folder it wrote."""

from __future__ import annotations

import json


def test_uwazi_export_then_import_into_a_fresh_vault(run_cli, tmp_path):
    source, fresh, out = tmp_path / "a.pevault", tmp_path / "b.pevault", tmp_path / "uwazi"
    assert run_cli("demo", source).returncode == 0
    assert run_cli("init", fresh).returncode == 0
    done = run_cli("export", source, "--format", "uwazi", "--out", out, "--include-unconsented")
    assert done.returncode == 0, done.stderr
    assert (out / "1-detained-persons.zip").is_file() and (out / "TEMPLATES.md").is_file()
    dry = run_cli("import", fresh, out, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would add 8" in dry.stdout
    done = run_cli("import", fresh, out / "1-detained-persons.zip")  # siblings come along
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("list", fresh, "--json").stdout)
    assert len(listed) == 8
    assert {p["name"]["en"] for p in listed} == {
        p["name"]["en"] for p in json.loads(run_cli("list", source, "--json").stdout)
    }


def test_a_broken_uwazi_zip_exits_5_with_one_line(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    assert run_cli("init", vault).returncode == 0
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"PK\x03\x04broken")
    done = run_cli("import", vault, bad)
    assert done.returncode == 5
    assert len(done.stderr.strip().splitlines()) == 1 and "not a ZIP" in done.stderr


def test_site_export_is_public_and_consenting_only(run_cli, tmp_path):
    vault, site = tmp_path / "a.pevault", tmp_path / "site"
    assert run_cli("demo", vault).returncode == 0
    done = run_cli("export", vault, "--format", "site", "--out", site)
    assert done.returncode == 0, done.stderr
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in index
    assert (site / "en" / "index.html").is_file() and (site / "sitemap.xml").is_file()
    refused = run_cli("export", vault, "--format", "site", "--out", site, "--level", "internal")
    assert refused.returncode == 2 and "public" in refused.stderr
