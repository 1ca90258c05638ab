"""The Uwazi templates our profiles map to — the one place both the Uwazi writer
(export/uwazi.py) and reader (importers/uwazi.py) take property names, labels and types from.

Uwazi (HURIDOCS) stores entities of templates linked by relationships, and imports one template
per CSV (``app/api/csv/`` in huridocs/uwazi). A profile is therefore several templates: the
detained person, and one entity per detention episode, place of detention, case, session, event
and source, each related to its parent by the parent's title (Uwazi's CSV relationship columns
hold titles). Property names follow Uwazi's ``safeName`` of the English label; a bilingual
field is one column per language (``prop__ar``, ``prop__en``) as Uwazi's language columns are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from profileeditor.core import vocab

# Uwazi's csvDefinitions.ts
MULTI_SEPARATOR = "|"
GROUP_SEPARATOR = "::"
RANGE_IMPORT_SEPARATOR = ":"
RANGE_EXPORT_SEPARATOR = "~"  # what Uwazi's own exporter writes
LANGUAGE_SEPARATOR = "__"
LANGUAGES = ("ar", "en")

# Columns Uwazi's exporter adds to every file; none of them is a profile field.
UWAZI_COMMON_COLUMNS = frozenset(
    {"date_added", "template", "documents", "published", "creationdate"}
)

_UNSAFE = re.compile(r"[#|\\/*?\"<>=:.\[\]%\s]")


def safe_name(label: str) -> str:
    """Uwazi's ``generateNewSafeName`` (app/shared/propertyNames.ts): trim; ``# | \\ / * ? " < >
    = : . [ ] %`` and whitespace to ``_``; one leading ``_ - + $`` dropped; lowercase. Arabic
    letters are kept."""
    name = _UNSAFE.sub("_", label.strip())
    name = re.sub(r"^[_\-+$]", "", name)
    return name.lower()


@dataclass(frozen=True)
class Prop:
    """One Uwazi property.

    ``kind``: text, bilingual (a column per language), markdown (bilingual rich text), date,
    daterange (``key`` is "from_key:to_key"), select / multiselect (``vocab`` names the
    thesaurus), numeric, multitext (a list of strings joined with ``|``), link, yesno,
    relationship (``related`` names the template; the value is titles).
    """

    label_en: str
    label_ar: str
    kind: str
    key: str
    vocab: str | None = None
    related: str | None = None

    @property
    def name(self) -> str:
        return safe_name(self.label_en)

    def columns(self) -> list[str]:
        if self.kind in ("bilingual", "markdown"):
            return [f"{self.name}{LANGUAGE_SEPARATOR}{lang}" for lang in LANGUAGES]
        return [self.name]


@dataclass(frozen=True)
class Template:
    """One Uwazi template: ``key`` is the record list it holds in a profile ("" for the person),
    ``parent`` the template its entities belong to (through the ``parent_prop`` relationship)."""

    name: str
    label_en: str
    label_ar: str
    file: str
    key: str
    parent: str | None
    props: tuple[Prop, ...]
    has_ids: bool = True  # places of detention carry no id in the interchange format

    @property
    def parent_prop(self) -> Prop | None:
        for prop in self.props:
            if prop.kind == "relationship" and prop.related == self.parent:
                return prop
        return None


def _p(label_en: str, label_ar: str, kind: str, key: str, **kw) -> Prop:
    return Prop(label_en, label_ar, kind, key, **kw)


PERSON = Template(
    "person",
    "Detained person",
    "شخص محتجز",
    "1-detained-persons.zip",
    "",
    None,
    (
        _p("Aliases", "أسماء أخرى", "multitext", "aliases"),
        _p("Sex", "الجنس", "select", "sex", vocab="sex"),
        _p("Date of birth", "تاريخ الميلاد", "date", "birth_date"),
        _p("Nationality", "الجنسية", "select", "nationality", vocab="nationality"),
        _p("Governorate", "المحافظة", "bilingual", "governorate"),
        _p("Profession", "المهنة", "select", "profession", vocab="profession"),
        _p("Occupation", "العمل", "bilingual", "occupation"),
        _p("Affiliation", "الانتماء", "bilingual", "affiliation"),
        _p("Status", "الوضع", "select", "status", vocab="status"),
        _p("Biography", "السيرة", "markdown", "bio"),
        _p("Tags", "وسوم", "multitext", "tags"),
    ),
)
DETENTION = Template(
    "detention",
    "Detention",
    "احتجاز",
    "2-detentions.zip",
    "detentions",
    "person",
    (
        _p("Detained person", "الشخص المحتجز", "relationship", "", related="person"),
        _p("Arrest date", "تاريخ القبض", "date", "arrest_date"),
        _p("Arrest place", "مكان القبض", "bilingual", "arrest_place"),
        _p("Arrest manner", "طريقة القبض", "select", "arrest_manner", vocab="arrest_manner"),
        _p("Arresting authority", "الجهة القائمة بالقبض", "bilingual", "arresting_authority"),
        _p(
            "Enforced disappearance",
            "الاختفاء القسري",
            "daterange",
            "arrest_date:disappeared_until",
        ),
        _p("Release date", "تاريخ الإفراج", "date", "release_date"),
        _p("Release type", "نوع الإفراج", "select", "release_type", vocab="release_type"),
    ),
)
FACILITY = Template(
    "facility",
    "Place of detention",
    "مكان احتجاز",
    "3-places-of-detention.zip",
    "facilities",
    "detention",
    (
        _p("Detention", "الاحتجاز", "relationship", "", related="detention"),
        _p("Facility", "المنشأة", "bilingual", "name"),
        _p("Period", "المدة", "daterange", "from:to"),
    ),
    has_ids=False,
)
CASE = Template(
    "case",
    "Case",
    "قضية",
    "4-cases.zip",
    "cases",
    "person",
    (
        _p("Detained person", "الشخص المحتجز", "relationship", "", related="person"),
        _p("Case number", "رقم القضية", "text", "number"),
        _p("Case year", "سنة القضية", "numeric", "year"),
        _p("Prosecution", "النيابة", "select", "prosecution", vocab="prosecution"),
        _p("Court", "المحكمة", "bilingual", "court"),
        _p("Date joined", "تاريخ الضم", "date", "joined_date"),
        _p("Recycled from", "مُدوَّر من", "relationship", "recycled_from", related="case"),
        _p("Charges", "الاتهامات", "multiselect", "charges", vocab="charge"),
        _p("Sentence date", "تاريخ الحكم", "date", "sentence.date"),
        _p("Sentence months", "مدة الحكم بالأشهر", "numeric", "sentence.term_months"),
        _p("Sentencing court", "المحكمة المصدرة للحكم", "bilingual", "sentence.court"),
        _p("Appeal", "الطعن", "bilingual", "sentence.appeal"),
        _p("Case notes", "ملاحظات القضية", "bilingual", "notes"),
    ),
)
SESSION = Template(
    "session",
    "Session",
    "جلسة",
    "5-sessions.zip",
    "proceedings",
    "case",
    (
        _p("Case", "القضية", "relationship", "", related="case"),
        _p("Session date", "تاريخ الجلسة", "date", "date"),
        _p("Session type", "نوع الجلسة", "select", "type", vocab="proceeding_type"),
        _p("Authority", "الجهة", "bilingual", "authority"),
        _p("Decision", "القرار", "select", "outcome", vocab="proceeding_outcome"),
        _p("Renewal days", "مدة التجديد بالأيام", "numeric", "renewal_days"),
        _p("Next session", "الجلسة التالية", "date", "next_date"),
        _p("Brought to the session", "حضر الجلسة", "yesno", "present"),
        _p("Session notes", "ملاحظات الجلسة", "bilingual", "notes"),
    ),
)
SOURCE = Template(
    "source",
    "Source",
    "مصدر",
    "7-sources.zip",
    "sources",
    "person",
    (
        _p("Detained person", "الشخص المحتجز", "relationship", "", related="person"),
        _p("Source title", "عنوان المصدر", "text", "title"),
        _p("Source kind", "نوع المصدر", "select", "kind", vocab="source_kind"),
        _p("Address", "الرابط", "link", "url"),
        _p("Source date", "تاريخ المصدر", "date", "date"),
        _p("Reliability", "الموثوقية", "select", "reliability", vocab="reliability"),
        _p("Source notes", "ملاحظات المصدر", "text", "notes"),
    ),
)
EVENT = Template(
    "event",
    "Event",
    "حدث",
    "6-events.zip",
    "events",
    "person",
    (
        _p("Detained person", "الشخص المحتجز", "relationship", "", related="person"),
        _p("Event type", "نوع الحدث", "select", "type", vocab="event_type"),
        _p("Event period", "فترة الحدث", "daterange", "date:end_date"),
        _p("Description", "الوصف", "bilingual", "description"),
        _p("Sources", "المصادر", "relationship", "sources", related="source"),
    ),
)

# Parents before children: the order a Uwazi administrator imports the files in, since a
# relationship column links to entities that already exist.
TEMPLATES: tuple[Template, ...] = (PERSON, DETENTION, FACILITY, CASE, SESSION, EVENT, SOURCE)
BY_NAME = {t.name: t for t in TEMPLATES}

# Lists that are enums in the schema rather than vocabularies; thesauri all the same in Uwazi.
# Their labels are core/vocab.py's.
ENUM_LABELS: dict[str, dict[str, dict[str, str]]] = {
    name: vocab.SCHEMA_ENUMS[name] for name in ("sex", "reliability")
}
YES_NO = vocab.YES_NO
