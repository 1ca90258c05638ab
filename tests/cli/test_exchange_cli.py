"""The command line of issue 5: identity, bundle export/import, duplicates, spreadsheet import."""

from __future__ import annotations

import json


def test_bundle_round_trip_and_refusals(run_cli, tmp_path):
    one, two = tmp_path / "one.pevault", tmp_path / "two.pevault"
    assert run_cli("demo", one).returncode == 0
    assert run_cli("init", two).returncode == 0
    identity = run_cli("identity", two)
    assert identity.returncode == 0
    key = identity.stdout.strip()
    assert key.startswith("age1") and len(key.splitlines()) == 1

    bundle = tmp_path / "to-two.age"
    out = run_cli("bundle", "export", one, "--out", bundle, "--to", key)
    assert out.returncode == 0, out.stderr
    out = run_cli("bundle", "import", two, bundle)
    assert out.returncode == 0, out.stderr
    assert "8 added, 0 updated, 0 in conflict" in out.stdout
    listed = json.loads(run_cli("list", two, "--json").stdout)
    assert len(listed) == 8

    wrong = run_cli("bundle", "import", one, bundle)  # not encrypted to vault one
    assert wrong.returncode == 5
    assert "not encrypted to this vault's key" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1 and "Traceback" not in wrong.stderr
    tampered = bytearray(bundle.read_bytes())
    tampered[len(tampered) // 2] ^= 1
    (tmp_path / "bad.age").write_bytes(bytes(tampered))
    bad = run_cli("bundle", "import", two, tmp_path / "bad.age")
    assert bad.returncode == 5 and "altered" in bad.stderr

    usage = run_cli("bundle", "export", one, "--out", tmp_path / "x.age")
    assert usage.returncode == 2
    usage = run_cli("bundle", "export", one, "--out", tmp_path / "x.age", "--to", "age1nope")
    assert usage.returncode == 2 and "age public key" in usage.stderr

    dupes = run_cli("duplicates", two, "--json")
    assert dupes.returncode == 0 and json.loads(dupes.stdout) == []


def test_spreadsheet_import_dry_run_refusal_and_good_file(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    assert run_cli("init", vault).returncode == 0
    good = tmp_path / "good.csv"
    good.write_bytes(
        "الاسم,تاريخ الميلاد,الحالة\r\nأحمد محمد عبد الله,29/9/1990,محبوس\r\n".encode("utf-8-sig")
    )
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        "الاسم,تاريخ الميلاد,الحالة\r\nسارة علي,31/2/1990,محبوس\r\nهدى,1990,في المريخ\r\n".encode()
    )
    dry = run_cli("import", vault, good, "--dry-run")
    assert dry.returncode == 0 and "1 profiles to create" in dry.stdout
    assert json.loads(run_cli("list", vault, "--json").stdout) == []
    refused = run_cli("import", vault, bad)
    assert refused.returncode == 5
    assert "row 2" in refused.stderr and "bad.csv" in refused.stderr
    assert json.loads(run_cli("list", vault, "--json").stdout) == []
    done = run_cli("import", vault, good)
    assert done.returncode == 0 and "1 added" in done.stdout
    assert len(json.loads(run_cli("list", vault, "--json").stdout)) == 1
    mapping = tmp_path / "map.json"
    mapping.write_text("{not json", encoding="utf-8")
    broken = run_cli("import", vault, good, "--mapping", mapping)
    assert broken.returncode == 5 and "map.json" in broken.stderr
