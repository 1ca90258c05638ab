"""JSON import: a bad file is refused whole; a good one lands, photos cleaned."""

import base64
import json

import pytest
from PIL import Image

from profileeditor.core.levels import redact
from profileeditor.importers.json_import import (
    BadInputFile,
    import_document,
    import_file,
    read_file,
)


def _write(tmp_path, doc, name="in.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _doc(profiles, level=None):
    doc = {"format": "profileeditor.profiles", "version": 1, "profiles": profiles}
    if level:
        doc["level"] = level
    return doc


def test_invalid_file_is_refused_whole_naming_the_problem(vault, tmp_path, sample_profiles):
    sample_profiles[5]["birth_date"] = "1990-13-01"
    path = _write(tmp_path, _doc(sample_profiles))
    with pytest.raises(BadInputFile, match=r"profiles\[5\]\.birth_date"):
        import_file(vault.repository, path)
    assert vault.repository.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "other", "version": 1, "profiles": []}', "format"),
        (b"[]", "not a valid profiles file"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(BadInputFile, match=message):
        read_file(path)


def test_bad_photo_refuses_the_file(vault, tmp_path, sample_profiles):
    sample_profiles[7]["attachments"][0]["data"] = base64.b64encode(b"not an image").decode()
    with pytest.raises(BadInputFile, match=r"attachments\[0\]"):
        import_file(vault.repository, _write(tmp_path, _doc(sample_profiles)))
    assert vault.repository.count() == 0


def test_duplicate_ids_refused(vault, tmp_path, sample_profiles):
    with pytest.raises(BadInputFile, match="appears twice"):
        import_file(
            vault.repository, _write(tmp_path, _doc([sample_profiles[0], sample_profiles[0]]))
        )


def test_photos_lose_their_metadata(demo_vault, sample_profiles):
    import io

    for p in sample_profiles:
        data = demo_vault.repository.photo(p["id"])
        assert data and b"Exif" not in data and b"ns.adobe.com/xap" not in data
        assert b"\xff\xfe" not in data[: data.find(b"\xff\xda")]  # no COM segment before the scan
        image = Image.open(io.BytesIO(data))
        assert not image.getexif() and "comment" not in image.info and "xmp" not in image.info


def test_reimport_updates_in_place_with_revisions(demo_vault, sample_profiles, tmp_path):
    repo = demo_vault.repository
    changed = json.loads(json.dumps(sample_profiles))
    changed[0]["name"]["en"] = "Renamed"
    result = import_file(repo, _write(tmp_path, _doc(changed)))
    assert result.updated == [changed[0]["id"]]
    assert len(result.unchanged) == 7
    assert repo.get_profile(changed[0]["id"])["name"]["en"] == "Renamed"
    assert any(r.field == "name.en" and r.new == "Renamed" for r in repo.history(changed[0]["id"]))


def test_importing_a_public_file_keeps_confidential_fields(demo_vault, sample_profiles):
    repo = demo_vault.repository
    stored = repo.get_profile(sample_profiles[0]["id"])
    public = redact(stored, "public")
    public["bio"]["en"] = "Updated from a partner's public file"
    import_document(repo, _doc([public], level="public"))
    after = repo.get_profile(stored["id"])
    assert after["bio"]["en"] == "Updated from a partner's public file"
    assert after["family_contact"] == stored["family_contact"]
    assert after["health"] == stored["health"]
    assert len(after["sources"]) == len(stored["sources"])


def test_reimporting_an_export_changes_nothing(demo_vault, tmp_path):
    """Clean photos are kept byte for byte: a round trip is no edit and writes no history."""
    from profileeditor.export.jsonfile import write

    repo = demo_vault.repository
    before = {pid: len(repo.history(pid)) for pid in repo.ids()}
    path = write(tmp_path / "all.json", repo.get_profiles(repo.ids()), "internal")
    result = import_file(repo, path)
    assert result.updated == [] and len(result.unchanged) == 8
    assert {pid: len(repo.history(pid)) for pid in repo.ids()} == before
