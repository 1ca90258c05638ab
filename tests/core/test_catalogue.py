"""The field catalogue agrees with the JSON Schema, both ways, and declares what every part needs.

These are the checks that make "add a field" fail loudly when a piece is missing: a schema
property without a catalogue entry, an entry the schema does not know, a storage kind that does
not fit the schema's type, a missing label, an editor widget or import kind nobody can build.
"""

import json
import re

import pytest

from profileeditor.core import catalogue
from profileeditor.core.schema_doc import field_paths, profile_schema, resolve
from profileeditor.resources import resource

ARABIC = re.compile("[\u0600-\u06ff]")


def schema_fields() -> set[str]:
    """Schema leaf paths with bilingual texts as one field (``name``, not ``name.ar``)."""
    return {re.sub(r"\.(ar|en)$", "", p) for p in field_paths()}


def schema_node(path: str) -> dict:
    node = resolve(profile_schema())
    for part in path.split("."):
        if node.get("type") == "array":
            node = resolve(node["items"])
        node = resolve(node["properties"][part])
    return node


def test_every_schema_field_has_exactly_one_entry():
    paths = [e.path for e in catalogue.entries()]
    assert len(paths) == len(set(paths)), "a field is catalogued twice"
    missing = schema_fields() - set(paths)
    assert not missing, f"schema fields without a catalogue entry: {sorted(missing)}"
    unknown = set(paths) - schema_fields()
    assert not unknown, f"catalogue entries the schema does not define: {sorted(unknown)}"


def test_record_lists_are_schema_arrays():
    for spec in catalogue.record_specs()[1:]:
        node = schema_node(spec.path)
        assert node.get("type") == "array", spec.path
        items = resolve(node["items"])
        assert (items.get("type") == "string") == spec.scalar_list, spec.path
        assert ("id" in items.get("properties", {})) == spec.has_id, spec.path


@pytest.mark.parametrize("entry", catalogue.ENTRIES, ids=lambda e: e.path)
def test_storage_kind_fits_the_schema_type(entry):
    node = schema_node(entry.path)
    if entry.record.scalar_list:
        node = resolve(node["items"])
    expected = {
        "text": lambda n: n.get("type") == "object" and set(n["properties"]) == {"ar", "en"},
        "int": lambda n: n.get("type") == "integer",
        "bool": lambda n: n.get("type") == "boolean",
        "json": lambda n: n.get("type") in ("array", "object"),
        "blob": lambda n: n.get("contentEncoding") == "base64",
        "str": lambda n: n.get("type") == "string" or "enum" in n,
    }[entry.kind]
    assert expected(node), f"{entry.path}: kind {entry.kind!r} does not fit {node}"


@pytest.mark.parametrize("entry", catalogue.ENTRIES, ids=lambda e: e.path)
def test_labels_and_kinds_are_declared(entry):
    assert entry.label_en.strip() and not ARABIC.search(entry.label_en), entry.path
    assert ARABIC.search(entry.label_ar) or entry.label_ar == entry.label_en, entry.path
    if entry.label_ar_f:
        assert ARABIC.search(entry.label_ar_f) and entry.label_ar_f != entry.label_ar
    vocabularies = json.loads(resource("vocabularies.json").read_text(encoding="utf-8"))
    for kind in (entry.widget, entry.dossier, entry.sheet):
        if kind.startswith("vocab:"):
            assert kind.removeprefix("vocab:") in vocabularies, f"{entry.path}: {kind}"
    widget = entry.widget
    assert (
        widget == ""
        or widget in catalogue.GENERIC_WIDGETS
        or widget in catalogue.SUPPLIED_WIDGETS
        or widget.startswith(catalogue.GENERIC_WIDGET_PREFIXES)
    ), f"{entry.path}: unknown editor widget {widget!r}"


def test_label_api():
    assert catalogue.label("detentions.arrest_date", "en") == "Arrest date"
    assert catalogue.label("detentions.arrest_place.ar", "ar") == "مكان القبض"
    assert catalogue.label("detentions.disappeared_until", "ar") == "مختفٍ قسريًا حتى"
    assert catalogue.label("detentions.disappeared_until", "ar", feminine=True) == (
        "مختفية قسريًا حتى"
    )
    # no feminine form: the one label
    assert catalogue.label("birth_date", "ar", feminine=True) == "تاريخ الميلاد"
    assert catalogue.label("detentions", "en") == "Detention episodes"
    assert catalogue.is_feminine({"sex": "female"}) and not catalogue.is_feminine({})
    with pytest.raises(KeyError):
        catalogue.label("detentions.no_such_field", "en")
    with pytest.raises(ValueError):
        catalogue.label("name", "fr")


def test_records_and_keys():
    assert catalogue.get("cases.sentence.date").record.table == "cases"
    assert catalogue.get("cases.sentence.date").key == "sentence.date"
    assert catalogue.get("cases.sentence.date").col == "sentence_date"
    assert catalogue.get("detentions.facilities.from").record.table == "facilities"
    assert catalogue.get("cases.charges").key == "value"
    assert catalogue.get("detentions.arrest_date").target_key == "detention.arrest_date"
    assert catalogue.get("consent.level").target_key == "consent.level"
    facilities = catalogue.record_of("detentions.facilities")
    assert catalogue.parent_of(facilities).table == "detentions"


def test_dossier_entries_follow_the_catalogue():
    paths = [e.path for e in catalogue.dossier_entries("detentions")]
    assert paths[:2] == ["detentions.arrest_date", "detentions.arrest_place"]
    assert "detentions.id" not in paths  # ids are not printed


def test_every_enum_field_has_the_schemas_codes_labelled_in_vocab():
    """An "enum:NAME" field's codes are the schema's enum, each labelled in core/vocab.py (their
    one home: the dossier, the Uwazi templates and core's messages read them from there)."""
    from profileeditor.core import vocab

    enum_fields = {
        entry.path: kind.partition(":")[2]
        for entry in catalogue.entries()
        for kind in (entry.dossier, entry.sheet)
        if kind.startswith("enum:") and kind != "enum:nationality"  # ISO codes: countries.json
    }
    assert set(enum_fields.values()) == set(vocab.SCHEMA_ENUMS)
    for path, name in enum_fields.items():
        assert set(schema_node(path)["enum"]) == set(vocab.SCHEMA_ENUMS[name]), path
        for code, labels in vocab.SCHEMA_ENUMS[name].items():
            assert labels["en"] and ARABIC.search(labels["ar"]), (name, code)


def test_enum_labels_are_read_from_vocab_by_every_reader():
    from profileeditor.core import messages, uwazi_template, vocab
    from profileeditor.export import fields

    for name, terms in vocab.SCHEMA_ENUMS.items():
        entry = next(e for e in catalogue.entries() if e.dossier == f"enum:{name}")
        for code, labels in terms.items():
            for lang in ("ar", "en"):
                ctx = fields.Context(lang)
                assert fields.format_value(entry, code, ctx) == labels[lang]
                assert messages.term_label(name, code, lang) == labels[lang]
                if name in uwazi_template.ENUM_LABELS:
                    assert uwazi_template.ENUM_LABELS[name][code][lang] == labels[lang]
    # The Arabic agrees with the noun: الجنس is masculine, الموثوقية and الموافقة feminine.
    assert vocab.label("sex", "unknown", "ar") == "غير معروف"
    assert vocab.label("reliability", "unknown", "ar") == "غير معروفة"
    assert [vocab.label("reliability", c, "ar") for c in ("high", "medium", "low")] == [
        "عالية",
        "متوسطة",
        "منخفضة",
    ]
    assert vocab.label("consent_level", "unknown", "ar") == "موافقة غير معروفة"
    # A code no list knows is the user's own text; the person's sex does not change an enum.
    assert vocab.label("reliability", "hearsay", "en") == "hearsay"
    assert vocab.label("sex", "female", "ar", sex="female") == "أنثى"
    assert uwazi_template.YES_NO is vocab.YES_NO
