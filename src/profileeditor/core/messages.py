"""Messages from core to the user, as data: a code and its parameters (``Message``), never a
sentence built where the problem is found. One place holds every message's English template
(``TEMPLATES``); the command line prints ``str(message)`` (English), the GUI looks the template
up in its Arabic catalogue (context ``CoreMessages``, gui/messages.py) and fills in the same
parameters, each written for the language: a field path becomes its label (core/catalogue.py),
a vocabulary code its label (``male`` → ذكر, ``EG`` → مصر, ``full`` → موافقة كاملة), a date its
words (core/wording.py), a number its digits. Raw codes never reach the user.

Templates use ``{name}`` placeholders; a translation must use the same names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from profileeditor.core import bidi, catalogue, vocab, wording


@dataclass(frozen=True)
class Field:
    """A field path (``detentions.arrest_date``): shown as the field's label."""

    path: str


@dataclass(frozen=True)
class Term:
    """A code of a vocabulary or schema enum (``sex``/``male``, ``nationality``/``EG``)."""

    list_name: str
    code: str


@dataclass(frozen=True)
class Where:
    """A place in an interchange file (``("profiles", 5, "birth_date")``): the command line
    shows the path (``profiles[5].birth_date``), the GUI the profile's number and the field's
    label ("profile 6, Date of birth")."""

    parts: tuple

    def technical(self) -> str:
        text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.parts)
        return text.lstrip(".") or "(top level)"

    def words(self, lang: str) -> str:
        parts = list(self.parts)
        number = None
        if len(parts) >= 2 and parts[0] == "profiles" and isinstance(parts[1], int):
            number, parts = parts[1] + 1, parts[2:]
        path = ".".join(str(p) for p in parts if not isinstance(p, int))
        field = field_label(path, lang) if path else ""
        if number is None:
            return field or ("الملف كله" if lang == "ar" else "the whole file")
        profile = f"الملف {wording.number(number, lang)}" if lang == "ar" else f"profile {number}"
        return (
            f"{profile}، {field}"
            if field and lang == "ar"
            else (f"{profile}, {field}" if field else profile)
        )


@dataclass(frozen=True)
class ListName:
    """The name of a vocabulary or enum (``profession``): "المهنة"."""

    name: str


@dataclass(frozen=True)
class Date:
    """A (partial) ISO date: shown with its month name ("3 مايو 2019")."""

    value: str


@dataclass(frozen=True)
class Message:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"no message template {self.code!r}")

    def __str__(self) -> str:
        return render(self, "en", technical=True)

    def __hash__(self) -> int:  # params is a dict: hash the code and the shown text
        return hash((self.code, str(self)))


def message(code: str, **params: Any) -> Message:
    return Message(code, params)


# The names of the lists themselves ("unknown profession 'x'").
LIST_NAMES: dict[str, dict[str, str]] = {
    "sex": {"en": "sex", "ar": "الجنس"},
    "consent_level": {"en": "consent level", "ar": "مستوى الموافقة"},
    "reliability": {"en": "reliability", "ar": "الموثوقية"},
    "nationality": {"en": "nationality", "ar": "الجنسية"},
    "profession": {"en": "profession", "ar": "المهنة"},
    "status": {"en": "status", "ar": "الوضع"},
    "arrest_manner": {"en": "manner of arrest", "ar": "طريقة القبض"},
    "prosecution": {"en": "prosecution", "ar": "النيابة"},
    "charge": {"en": "charge", "ar": "الاتهام"},
    "proceeding_type": {"en": "session type", "ar": "نوع الجلسة"},
    "proceeding_outcome": {"en": "session decision", "ar": "قرار الجلسة"},
    "release_type": {"en": "release type", "ar": "نوع الإفراج"},
    "event_type": {"en": "event type", "ar": "نوع الواقعة"},
    "source_kind": {"en": "source kind", "ar": "نوع المصدر"},
}


def list_name(name: str, lang: str) -> str:
    names = LIST_NAMES.get(name)
    return names[lang] if names else name.replace("_", " ")


def term_label(list_name_: str, code: str, lang: str) -> str:
    """The label of ``code`` in ``lang``; a code no list knows is the user's own text."""
    if list_name_ == "nationality":
        return vocab.country_name(code, lang) or code
    if vocab.has_list(list_name_):  # a vocabulary or an enum of the schema (sex, reliability…)
        return vocab.label(list_name_, code, lang)
    return code


def field_label(path: str, lang: str) -> str:
    """A field path's label; a path the catalogue does not know shows its last word, never the
    dotted path."""
    try:
        return catalogue.label(path, lang)
    except KeyError:
        parts = [p for p in path.replace("[", ".").replace("]", "").split(".") if p]
        words = [p for p in parts if not p.isdigit() and p not in {"ar", "en"}]
        return (words[-1] if words else path).replace("_", " ")


def _value(value: Any, lang: str, arabic_digits: bool, technical: bool, translate) -> str:
    if isinstance(value, Where):
        return value.technical() if technical else value.words(lang)
    if isinstance(value, list):
        return ("؛ " if lang == "ar" else "; ").join(
            _value(v, lang, arabic_digits, technical, translate) for v in value
        )
    if isinstance(value, Field):
        return field_label(value.path, lang)
    if isinstance(value, Term):
        return term_label(value.list_name, value.code, lang)
    if isinstance(value, ListName):
        return list_name(value.name, lang)
    if isinstance(value, Date):
        text = wording.date_text(value.value, lang, arabic_digits)
    elif isinstance(value, bool):
        text = str(value)
    elif isinstance(value, int):
        return wording.number(value, lang, arabic_digits)
    elif isinstance(value, Message):
        return render(value, lang, arabic_digits, translate, technical)
    else:
        text = str(value)
    # Inside Arabic text a Latin cell value or an ISO date keeps its own order and does not drag
    # the punctuation of the sentence with it.
    return bidi.isolate_value(text) if lang == "ar" else text


def render(
    msg: Message,
    lang: str,
    arabic_digits: bool = False,
    translate: Callable[[str], str] | None = None,
    technical: bool = False,
) -> str:
    """``msg`` in ``lang``, its parameters written for it. ``translate`` gives a template's
    translation (the GUI's catalogue), for this message and the messages inside it; by default
    the English templates. ``technical`` (the command line) writes places in a file as paths."""
    values = {
        k: _value(v, lang, arabic_digits, technical, translate) for k, v in msg.params.items()
    }
    english = TEMPLATES[msg.code]
    try:
        return (translate(english) if translate else english).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return english.format(**values)


class MessageError(Exception):
    """An error whose text is a ``Message`` (``detail``); ``str()`` is its English text, so code
    that only prints errors keeps working."""

    def __init__(self, detail: Message | str):
        self.detail = detail if isinstance(detail, Message) else None
        super().__init__(str(detail))


# -- every message core gives the user, in English ------------------------------------------------
TEMPLATES: dict[str, str] = {
    # duplicates (core/duplicates.py)
    "dup.names": "names {percent}%",
    "dup.different_birth_dates": "different birth dates",
    "dup.same_birth_date": "same birth date",
    "dup.different_birth_years": "different birth years",
    "dup.shared_cases": "shared case {cases}",
    "dup.same_governorate": "same governorate",
    "dup.different_governorates": "different governorates",
    # cell values (importers/values.py, importers/spreadsheet.py, importers/uwazi.py)
    "value.no_such_date": "no such date: {value}",
    "value.year_out_of_range": "the year {year} is out of range",
    "value.not_a_date": "not a date: {value} (write it as 2019-09-29, 29/9/2019, Sept 2019 or 2019)",
    "value.empty_date": "the date is empty",
    "value.two_digit_year": "two-digit year in {value}: write the year in full",
    "value.unknown_term": "unknown {list}: {value}",
    "value.unknown_term_hint": "unknown {list}: {value} — did you mean {suggestion}?",
    "value.not_a_whole_number": "not a whole number: {value}",
    "value.number_out_of_range": "{number} is out of range ({low}–{high})",
    "value.case_year_out_of_range": "the case year {year} is out of range",
    "value.empty_case_number": "the case number is empty",
    "value.not_a_number": "not a number: {value}",
    "value.not_yes_no": "not yes or no: {value}",
    "value.not_a_profile_id": "not a profile id: {value}",
    "value.kept_as_text": "{problem}; kept as free text",
    # rows and files (importers/)
    "import.row_has_no_name": "the row has no name",
    "import.bad_file": "{file} is not a valid profiles file: {problems}",
    "import.not_utf8": "{file}: not UTF-8 text",
    "import.not_json": "{file}: not valid JSON (line {line}, column {column}: {reason})",
    "json.expecting_value": "Expecting value",
    "json.expecting_name": "Expecting property name enclosed in double quotes",
    "json.expecting_comma": "Expecting ',' delimiter",
    "json.expecting_colon": "Expecting ':' delimiter",
    "json.unterminated_string": "Unterminated string starting at",
    "json.control_character": "Invalid control character at",
    "json.extra_data": "Extra data",
    "json.invalid_escape": "Invalid \\escape",
    "import.not_json_value": "{file}: not valid JSON ({reason})",
    "import.too_deep": "{file}: nested too deeply (more than {levels} levels)",
    "import.unreadable": "{file}: cannot be read ({reason})",
    "import.more_problems": "{problems} (and {more} more)",
    "import.at": "{where}: {problem}",
    "import.needs_a_name": "needs an Arabic or an English name",
    "import.id_twice": "{id} appears twice in the file",
    "import.not_allowed_value": "{value} is not one of the allowed values",
    "import.bad_form": "{value} is not in the expected form (a date as 2019-09-29)",
    "import.missing": "{name} is missing",
    "import.wrong_kind": "{value} is not of the expected kind",
    "import.unexpected": "{name} is not a field of the format",
    "import.out_of_range": "{value} is out of range",
    "import.schema": "does not match the format",
    "import.no_such_id": "no profile has this id, and the row has no name",
    "import.namesake": "a profile with this name exists ({id}) but the birth dates differ or are missing: a new profile is made; add an id or birth date column to add to it instead",
    # photos and attachments (core/photos.py, core/attachments.py)
    "photo.empty": "the file is empty",
    "photo.file_too_large": "the file is too large ({size} MB; at most {limit} MB)",
    "photo.damaged": "the image is damaged or truncated and cannot be read",
    "photo.unreadable": "not an image Profile Editor can read ({formats})",
    "photo.too_many_pixels": "the image is too large (more than {megapixels} megapixels)",
    "photo.no_pixels": "the image has no pixels",
    "photo.metadata_left": "could not remove the metadata from this photo ({parts})",
    "attachment.not_base64": "{where}: the data is not valid base64",
    "attachment.altered": "{where}: the data does not match its hash (altered or damaged)",
    "attachment.photo": "{where}: {problem}",
    # vaults (core/vault.py)
    "vault.disk_full": "the disk is full: the vault cannot be opened",
    "vault.exists": "a vault already exists at {folder}",
    "vault.folder_not_empty": "the folder is not empty: {folder}",
    "vault.not_a_backup": "not a backup folder: {folder}",
    # exchange (core/exchange/: bundles, contacts, identities, field states, sync folder)
    "bundle.attachment": "an attachment is not valid: {problem}",
    "bundle.change_in_future": "a change dated in the future (the sender's clock is wrong?); nothing was imported",
    "bundle.content_altered": "the bundle's content does not match its signature: it was altered",
    "bundle.content_too_large": "the bundle's content is larger than its file allows",
    "bundle.content_unreadable": "the bundle's content is not readable",
    "bundle.damaged": "the bundle is damaged or was altered; it was not imported",
    "bundle.dated_in_future": "the bundle is dated in the future (the sender's clock is wrong?); it was refused",
    "bundle.declares_too_much": "the bundle declares more content than its profiles can need",
    "bundle.from_this_vault": "this bundle was made by this vault",
    "bundle.in_file": "{file}: {problem}",
    "bundle.larger_than_declared": "the bundle's content is larger than it declares",
    "bundle.needs_passphrase": "this bundle is encrypted with a passphrase: give --passphrase-env",
    "bundle.no_field_states": "the bundle has no valid field states",
    "bundle.no_recipient": "a bundle needs at least one recipient or a passphrase",
    "bundle.no_valid_key": "the bundle has no valid '{key}'",
    "bundle.not_a_bundle": "not a Profile Editor exchange bundle",
    "bundle.not_a_key": "not an age public key (age1…): '{value}'",
    "bundle.not_age": "not an exchange bundle (no age encryption header)",
    "bundle.not_for_us": "this bundle is not encrypted to this vault's key (wrong recipient), or its header was altered",
    "bundle.profile_count_mismatch": "the bundle holds another number of profiles than it declares",
    "bundle.profiles_without_states": "the bundle holds profiles without field states",
    "bundle.recipients_mismatch": "the bundle's signed recipients do not match how it was sealed",
    "bundle.replayed": "this bundle from {contact} was already imported ({when}); nothing was changed",
    "bundle.resealed": "this bundle was signed for other recipients and re-sealed to this vault; refused",
    "bundle.signature_damaged": "the bundle's signature header is damaged",
    "bundle.signature_invalid": "the bundle's signature is not valid: it was altered or forged",
    "bundle.too_large": "too large for a bundle",
    "bundle.unknown_sender": "signed by a key that is not one of your contacts",
    "bundle.unreadable_file": "cannot be read ({reason})",
    "bundle.unsigned": "this bundle is not signed (made by an older Profile Editor, or forged); it was refused — ask the sender to send it again from an up-to-date vault",
    "bundle.values_do_not_match": "a profile's values do not match its field states",
    "bundle.version": "bundle version {version} is not supported",
    "bundle.wrong_passphrase": "wrong passphrase for this bundle, or the bundle was altered",
    "contact.identity_known": "that identity is already the contact '{name}'",
    "contact.name_taken": "there is already a contact named '{name}'",
    "contact.needs_name": "a contact needs a name",
    "contact.no_such": "no contact named '{name}'",
    "contact.own_identity": "that is this vault's own identity",
    "identity.damaged": "the identity line is damaged (a character missing?)",
    "identity.not_an_identity": "not a Profile Editor identity (pe1:age1…:…); ask for the line that `profileeditor identity` prints",
    "state.no_hash": "a field state has no valid hash",
    "state.no_vector": "a field state has no valid version vector",
    "state.no_version": "a field state has no valid version",
    "state.not_a_state": "a field state is not [hash, version, vector]",
    "state.version_not_in_vector": "a field state's version is not in its own vector",
    "sync.folder_missing": "{folder}: the sync folder is not there (a stick not plugged in?)",
    "sync.no_folder": "this vault is not tied to a sync folder (sync --folder PATH)",
    "sync.no_such_folder": "{folder}: no such folder",
}
