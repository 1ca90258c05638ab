"""The command line of exchange (identity, contacts, signed bundles, sync), duplicates and\nspreadsheet import."""

from __future__ import annotations

import json
import re


def test_identity_contacts_bundles_and_refusals(run_cli, tmp_path):
    one, two = tmp_path / "one.pevault", tmp_path / "two.pevault"
    assert run_cli("demo", one).returncode == 0
    assert run_cli("init", two).returncode == 0
    id_one = run_cli("identity", one).stdout.splitlines()
    id_two = run_cli("identity", two).stdout.splitlines()
    line_one, line_two = id_one[0], id_two[0]
    assert line_two.startswith("pe1:age1") and len(id_two) == 2
    assert re.search(r"(\d{5} ){5}\d{5}$", id_two[1])  # this vault's half, in groups

    added = run_cli("contact", "add", one, "Two", line_two, "--verified")
    assert added.returncode == 0, added.stderr
    number = re.search(r"safety number: ([\d ]+)$", added.stdout.strip()).group(1)
    assert len(number.split()) == 12
    assert run_cli("contact", "add", two, "One", "pe1:age1nope:xx").returncode == 2

    bundle = tmp_path / "to-two.age"
    out = run_cli("bundle", "export", one, "--out", bundle, "--to-contact", "Two")
    assert out.returncode == 0, out.stderr
    # Two does not know One yet: refused, one line, nothing written, the safety number shown.
    refused = run_cli("bundle", "import", two, bundle)
    assert refused.returncode == 5 and len(refused.stderr.strip().splitlines()) == 1
    assert "not one of your contacts" in refused.stderr and number in refused.stderr
    assert json.loads(run_cli("list", two, "--json").stdout) == []
    out = run_cli("bundle", "import", two, bundle, "--accept-unverified", "One")
    assert out.returncode == 0, out.stderr
    assert "from One: 8 added, 0 updated" in out.stdout
    listed = json.loads(run_cli("contact", "list", two, "--json").stdout)
    assert [(c["name"], c["verified"], c["identity"]) for c in listed] == [("One", False, line_one)]
    assert listed[0]["safety_number"] == number  # the same number on both sides
    again = run_cli("bundle", "import", two, bundle, "--accept-unverified", "One")
    assert again.returncode == 5 and "already imported" in again.stderr  # a replay

    # An unverified contact's next bundle: the changes are listed, the flag is required.
    profile_id = json.loads(run_cli("list", one, "--json").stdout)[0]["id"]
    run_cli("contact", "verify", two, "One")
    assert (
        run_cli(
            "bundle",
            "export",
            one,
            "--out",
            tmp_path / "2.age",
            "--to-contact",
            "Two",
            "--id",
            profile_id,
        ).returncode
        == 0
    )
    assert run_cli("bundle", "import", two, tmp_path / "2.age").returncode == 0

    wrong = run_cli("bundle", "import", one, bundle)  # not encrypted to vault one
    assert wrong.returncode == 5
    assert "not encrypted to this vault's key" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1 and "Traceback" not in wrong.stderr
    tampered = bytearray(bundle.read_bytes())
    tampered[len(tampered) // 2] ^= 1
    (tmp_path / "bad.age").write_bytes(bytes(tampered))
    bad = run_cli("bundle", "import", two, tmp_path / "bad.age")
    assert bad.returncode == 5 and "altered" in bad.stderr
    (tmp_path / "junk.age").write_bytes(b"age-encryption.org/v1\n-> X25519 junk\n")
    junk = run_cli("bundle", "import", two, tmp_path / "junk.age")
    assert junk.returncode == 5 and len(junk.stderr.strip().splitlines()) == 1

    usage = run_cli("bundle", "export", one, "--out", tmp_path / "x.age")
    assert usage.returncode == 2
    usage = run_cli("bundle", "export", one, "--out", tmp_path / "x.age", "--to", "age1nope")
    assert usage.returncode == 2 and "age public key" in usage.stderr
    usage = run_cli("bundle", "export", one, "--out", tmp_path / "x.age", "--to-contact", "Nobody")
    assert usage.returncode == 2 and "no contact named" in usage.stderr
    # --to with a raw age key still works
    raw_key = line_two.split(":")[1]
    assert (
        run_cli("bundle", "export", one, "--out", tmp_path / "r.age", "--to", raw_key).returncode
        == 0
    )
    assert run_cli("contact", "remove", one, "Two").returncode == 0
    assert json.loads(run_cli("contact", "list", one, "--json").stdout) == []

    dupes = run_cli("duplicates", two, "--json")
    assert dupes.returncode == 0 and json.loads(dupes.stdout) == []


def test_review_of_an_unverified_contact_lists_every_change(run_cli, tmp_path):
    one, two = tmp_path / "one.pevault", tmp_path / "two.pevault"
    assert run_cli("demo", one).returncode == 0
    assert run_cli("init", two).returncode == 0
    line_one = run_cli("identity", one).stdout.splitlines()[0]
    line_two = run_cli("identity", two).stdout.splitlines()[0]
    run_cli("contact", "add", one, "Two", line_two, "--verified")
    run_cli("contact", "add", two, "One", line_one)  # not verified
    run_cli("bundle", "export", one, "--out", tmp_path / "1.age", "--to-contact", "Two")
    review = run_cli("bundle", "import", two, tmp_path / "1.age")
    assert review.returncode == 5 and "review" in review.stderr
    assert review.stdout.startswith("changes this bundle would make")
    # every field of the 8 new profiles is listed
    assert len(re.findall(r": name\.en: null → ", review.stdout)) == 8
    assert json.loads(run_cli("list", two, "--json").stdout) == []
    done = run_cli("bundle", "import", two, tmp_path / "1.age", "--accept-unverified", "One")
    assert done.returncode == 0 and len(json.loads(run_cli("list", two, "--json").stdout)) == 8


def test_sync_command_through_a_folder(run_cli, tmp_path):
    one, two = tmp_path / "one.pevault", tmp_path / "two.pevault"
    folder = tmp_path / "shared"
    folder.mkdir()
    assert run_cli("demo", one).returncode == 0
    assert run_cli("init", two).returncode == 0
    line_one = run_cli("identity", one).stdout.splitlines()[0]
    line_two = run_cli("identity", two).stdout.splitlines()[0]
    run_cli("contact", "add", one, "Two", line_two, "--verified")
    run_cli("contact", "add", two, "One", line_one, "--verified")
    out = run_cli("sync", one, "--folder", folder)
    assert out.returncode == 0, out.stderr
    assert "wrote bundles for 1 contacts" in out.stdout
    out = run_cli("sync", two, "--folder", folder)
    assert out.returncode == 0 and "from One: 8 added" in out.stdout
    assert len(json.loads(run_cli("list", two, "--json").stdout)) == 8
    assert run_cli("sync", tmp_path / "one.pevault").returncode == 0
    assert run_cli("sync", two, "--folder", tmp_path / "nowhere").returncode == 2


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


def test_a_weak_bundle_passphrase_is_one_usage_error(run_cli, tmp_path):
    """Issue 9 item 8: the same policy as vault passphrases; exit 2, one line, no file."""
    vault = tmp_path / "v.pevault"
    assert run_cli("demo", vault).returncode == 0
    out = tmp_path / "p.age"
    weak = run_cli(
        "bundle",
        "export",
        vault,
        "--out",
        out,
        "--passphrase-env",
        "BUNDLE_PW",
        env={"BUNDLE_PW": "shared secret"},
    )
    assert weak.returncode == 2
    (line,) = weak.stderr.strip().splitlines()
    assert line.startswith("profileeditor: error: the bundle passphrase is too easy to guess")
    assert not out.exists() and list(tmp_path.glob(".partial*")) == []
    strong = run_cli(
        "bundle",
        "export",
        vault,
        "--out",
        out,
        "--passphrase-env",
        "BUNDLE_PW",
        env={"BUNDLE_PW": "wadi halfa ninety kites orbit"},
    )
    assert strong.returncode == 0, strong.stderr
    assert out.exists()
