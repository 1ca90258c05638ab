"""Redaction by level (DESIGN §6)."""

from profileeditor.core.levels import LEVELS, field_level, keep_hidden, redact, select_for_level


def test_field_levels_follow_the_schema_and_profile_raises():
    profile = {"sensitivity": {"bio": "partner", "detentions.facilities": "internal"}}
    assert field_level({}, "name") == "public"
    assert field_level({}, "tags") == "partner"
    assert field_level({}, "family_contact") == "internal"
    assert field_level({}, "cases.notes") == "partner"
    assert field_level({}, "cases.proceedings.notes") == "partner"
    assert field_level({}, "events.sources") == "internal"
    assert field_level(profile, "bio") == "partner"
    assert field_level(profile, "detentions.facilities") == "internal"
    assert field_level(profile, "detentions.arrest_date") == "public"


def test_public_redaction(sample_profiles):
    karim = next(p for p in sample_profiles if p["sensitivity"])  # raises detentions.facilities
    out = redact(karim, "public")
    for hidden in (
        "health",
        "lawyers",
        "family_contact",
        "notes",
        "consent",
        "tags",
        "sensitivity",
    ):
        assert hidden not in out
    assert all("facilities" not in d for d in out["detentions"])
    assert all("notes" not in c for c in out["cases"])
    assert all("sources" not in e for e in out.get("events", []))
    assert all(s.get("level") == "public" for s in out.get("sources", []))
    assert out["photo"] == karim["photo"]  # the profile photo is public by default


def test_partner_and_internal(sample_profiles):
    p = sample_profiles[0]
    partner = redact(p, "partner")
    assert "health" in partner and "tags" in partner and "family_contact" not in partner
    assert redact(p, "internal") == p


def test_public_export_leaves_out_unconsented(sample_profiles):
    full = [p for p in sample_profiles if p["consent"]["level"] == "full"]
    assert len(select_for_level(sample_profiles, "public")) == len(full)
    assert len(select_for_level(sample_profiles, "public", include_unconsented=True)) == 8
    assert len(select_for_level(sample_profiles, "partner")) == 8


def test_attachment_level_defaults():
    profile = {
        "photo": "a1",
        "attachments": [{"id": "a1"}, {"id": "a2"}, {"id": "a3", "level": "public"}],
    }
    assert [a["id"] for a in redact(profile, "public")["attachments"]] == ["a1", "a3"]


def test_keep_hidden_restores_what_a_redacted_file_could_not_carry(sample_profiles):
    stored = sample_profiles[0]
    incoming = redact(stored, "public")
    incoming["name"]["en"] = "Changed"
    merged = keep_hidden(incoming, stored, "public")
    assert merged["name"]["en"] == "Changed"
    assert merged["family_contact"] == stored["family_contact"]
    assert merged["cases"][0]["notes"] == stored["cases"][0]["notes"]
    assert len(merged["sources"]) == len(stored["sources"])


def test_sources_honour_their_own_level():
    """A public source appears in public and partner dossiers; the list's schema default
    (internal) hides only unmarked and internal ones (it hid all of them before)."""
    p = {
        "id": "00000000-0000-4000-8000-000000000001",
        "name": {"en": "X"},
        "sources": [
            {
                "id": "00000000-0000-4000-8000-0000000000a1",
                "title": "Press",
                "level": "public",
                "url": "https://example.org/a",
                "notes": "told by the family",
            },
            {"id": "00000000-0000-4000-8000-0000000000a2", "title": "Lawyer", "level": "partner"},
            {"id": "00000000-0000-4000-8000-0000000000a3", "title": "Unmarked"},
        ],
    }
    titles = {lv: [s["title"] for s in redact(p, lv).get("sources", [])] for lv in LEVELS}
    assert titles == {
        "public": ["Press"],
        "partner": ["Press", "Lawyer"],
        "internal": ["Press", "Lawyer", "Unmarked"],
    }
    assert "notes" not in redact(p, "partner")["sources"][0]
    assert redact(p, "internal")["sources"][0]["notes"] == "told by the family"
    hidden = dict(p, sensitivity={"sources": "internal"})
    assert "sources" not in redact(hidden, "partner")
