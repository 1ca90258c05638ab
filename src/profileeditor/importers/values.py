"""Cell values from spreadsheets turned into interchange-format values.

Dates in the forms researchers type (2019-09-29, 29/9/2019, ٢٩/٩/٢٠١٩, "سبتمبر 2019",
"Sept 2019", Excel serial numbers and date cells) become partial ISO dates; free text labels
become vocabulary codes through their Arabic and English labels and common spellings. Nothing is
guessed: a value that matches no term raises ``ValueProblem`` with a message that may suggest the
nearest label, and the caller reports it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from rapidfuzz import fuzz, process

from profileeditor.core import arabic, bidi, dates, vocab
from profileeditor.core.messages import ListName, MessageError, Term, message


class ValueProblem(MessageError, ValueError):
    """A cell value that cannot become the field's value; ``detail`` is the message for the user
    (core/messages.py), ``str()`` its English text."""


# -- text ----------------------------------------------------------------------------------------

# Bidi controls Excel and Arabic keyboards leave in cells (LRM, RLM, ALM, embeddings, isolates).
# Bidi controls (core/bidi.py's) and the byte-order mark a spreadsheet may leave in a cell.
_INVISIBLE = re.compile("[" + "".join(sorted(bidi.CONTROLS)) + "\ufeff]")


def cell_text(value: object) -> str:
    """A cell as stripped text ("" for empty); whole floats lose their ".0" (Excel numbers)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return _INVISIBLE.sub("", str(value)).replace("\xa0", " ").strip()


def split_list(text: str) -> list[str]:
    """Items of a list cell: separated by ; ، , newline or |."""
    return [part.strip() for part in re.split(r"[;؛،,\n|]+", text) if part.strip()]


# -- dates ---------------------------------------------------------------------------------------

_MONTHS = {
    # Egyptian (and Gulf) month names, with the common spelling variants, after arabic.normalize.
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "ابريّل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Levantine names, seen in sheets from partners outside Egypt.
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_ISO = re.compile(
    r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?.*)?$"
)
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?.*)?$")
_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_WORDS = re.compile(
    rf"^(?:(\d{{1,2}})\s*[-/ ]?\s*)?({_MONTH_WORDS})\.?\s*[-/ ,]?\s*(?:(\d{{1,2}})\s*,\s*)?(\d{{4}})$"
)
# Excel's day 0 is 1899-12-30 once its phantom 29 February 1900 is accounted for.
_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers between 1930 and 2100; anything smaller is a year or a typo, not a date.
_EXCEL_SERIALS = range(10959, 73051)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    try:
        dates.earliest(text)
    except dates.PartialDateError as exc:
        raise ValueProblem(message("value.no_such_date", value=text)) from exc
    if not 1800 <= year <= 2200:
        raise ValueProblem(message("value.year_out_of_range", year=year))
    return text


def parse_date(value: object) -> str:
    """A partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from a cell; raises ValueProblem."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _iso(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueProblem(message("value.not_a_date", value=str(value)))
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer() and 1800 <= number <= 2200:
            return _iso(int(number))
        if int(number) in _EXCEL_SERIALS:
            serial = _EXCEL_EPOCH + timedelta(days=int(number))
            return _iso(serial.year, serial.month, serial.day)
        raise ValueProblem(message("value.not_a_date", value=cell_text(value)))
    text = arabic.normalize(cell_text(value))
    text = re.sub(r"\s+", " ", text.replace("،", ",")).strip()
    if not text:
        raise ValueProblem(message("value.empty_date"))
    if _NUMBER.match(text):
        return parse_date(float(text))
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    if match := _DMY.match(text):
        first, second, year = (int(g) for g in match.groups())
        if second > 12 >= first:  # 9/29/2019: month first, as US-formatted sheets write it
            first, second = second, first
        return _iso(year, second, first)
    if match := _MY.match(text):
        month, year = (int(g) for g in match.groups())
        return _iso(year, month)
    if match := _WORDS.match(text):
        day_before, month_word, day_after, year = match.groups()
        day = day_before or day_after
        return _iso(int(year), _MONTHS[month_word], int(day) if day else None)
    if re.match(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$", text):
        raise ValueProblem(message("value.two_digit_year", value=cell_text(value)))
    raise ValueProblem(message("value.not_a_date", value=cell_text(value)))


# -- vocabulary terms ----------------------------------------------------------------------------

# Spellings people actually write, beyond the labels in vocabularies.json (matched after folding).
_EXTRA_TERMS: dict[str, dict[str, list[str]]] = {
    "status": {
        "detained": [
            "محبوس",
            "محتجز",
            "معتقل",
            "قيد الاحتجاز",
            "محبوس احتياطيا",
            "detained",
            "in custody",
            "imprisoned",
            "pretrial detention",
        ],
        "sentenced": ["محكوم", "محكوم عليه", "صدر حكم", "sentenced", "convicted"],
        "disappeared": [
            "مختفي",
            "مختفي قسريا",
            "اختفاء قسري",
            "disappeared",
            "forcibly disappeared",
            "missing",
        ],
        "released": [
            "مفرج عنه",
            "افرج عنه",
            "مخلي سبيله",
            "اخلي سبيله",
            "اخلاء سبيل",
            "released",
            "free",
            "freed",
        ],
        "released_with_measures": ["تدابير احترازية", "released with measures", "probation"],
        "travel_ban": ["منع من السفر", "travel ban", "banned from travel"],
        "exiled": ["منفي", "خارج مصر", "exile", "exiled", "in exile"],
        "deceased_in_custody": ["توفي", "وفاه في الاحتجاز", "died", "deceased", "died in custody"],
        "unknown": ["غير معروف", "لا نعرف", "unknown", "n/a"],
    },
    "profession": {
        "human_rights_defender": [
            "حقوقي",
            "مدافع حقوقي",
            "hrd",
            "human rights defender",
            "human rights activist",
        ],
        "journalist": ["صحفي", "صحافي", "مراسل", "مصور صحفي", "reporter", "photojournalist"],
        "lawyer": ["محامي", "محام", "attorney", "human rights lawyer"],
        "activist": ["ناشط", "ناشط سياسي", "political activist"],
        "environmental_defender": ["ناشط بيئي", "environmental activist", "climate activist"],
        "politician": ["سياسي", "عضو حزب", "politician", "party member"],
        "academic": ["استاذ جامعي", "اكاديمي", "professor", "lecturer"],
        "researcher": ["باحث", "researcher"],
        "student": ["طالب", "طالب جامعي", "student"],
        "trade_unionist": ["نقابي", "عامل نقابي", "unionist", "trade unionist"],
        "blogger": ["مدون", "blogger"],
        "artist": ["فنان", "مطرب", "ممثل", "artist", "musician"],
        "medical_worker": ["طبيب", "ممرض", "صيدلي", "doctor", "nurse", "physician"],
    },
    "prosecution": {
        "supreme_state_security": [
            "امن الدوله",
            "امن دوله عليا",
            "نيابه امن الدوله",
            "حصر امن دوله عليا",
            "sssp",
            "state security",
            "supreme state security",
        ],
        "emergency_state_security": ["امن دوله طوارئ", "emergency state security"],
        "public": ["النيابه العامه", "نيابه عامه", "public prosecution", "public prosecutor"],
        "military": ["النيابه العسكريه", "نيابه عسكريه", "military", "military prosecution"],
    },
    "arrest_manner": {
        "home_raid": ["من المنزل", "مداهمه", "اقتحام المنزل", "home", "home raid", "house raid"],
        "street": ["الشارع", "street", "in the street"],
        "checkpoint": ["كمين", "نقطه تفتيش", "checkpoint"],
        "airport": ["المطار", "airport", "at the airport"],
        "workplace": ["مكان العمل", "العمل", "work", "workplace"],
        "summons": ["استدعاء", "summons", "summoned"],
        "border": ["منفذ حدودي", "border"],
    },
    "charge": {
        "joining_terrorist_group": [
            "الانضمام لجماعه ارهابيه",
            "انضمام لجماعه ارهابيه",
            "الانضمام الي جماعه ارهابيه",
            "joining a terrorist group",
            "membership of a terrorist group",
        ],
        "assisting_terrorist_group": ["مشاركه جماعه ارهابيه", "assisting a terrorist group"],
        "financing_terrorism": [
            "تمويل الارهاب",
            "تمويل",
            "financing terrorism",
            "terrorism financing",
        ],
        "spreading_false_news": [
            "نشر اخبار كاذبه",
            "اخبار كاذبه",
            "نشر شائعات",
            "spreading false news",
            "false news",
            "fake news",
        ],
        "misuse_social_media": [
            "اساءه استخدام وسائل التواصل",
            "misuse of social media",
            "social media misuse",
        ],
        "unauthorized_protest": [
            "التظاهر",
            "تظاهر بدون تصريح",
            "protesting",
            "illegal protest",
            "unauthorized protest",
        ],
        "inciting_violence": ["التحريض", "تحريض علي العنف", "inciting violence", "incitement"],
    },
    "release_type": {
        "release_order": ["اخلاء سبيل", "release order"],
        "bail": ["كفاله", "بكفاله", "bail"],
        "pardon": ["عفو", "عفو رئاسي", "pardon", "presidential pardon"],
        "acquittal": ["براءه", "acquittal", "acquitted"],
        "sentence_served": ["انتهاء العقوبه", "قضاء المده", "sentence served"],
        "precautionary_measures": ["تدابير", "تدابير احترازيه", "precautionary measures"],
    },
}

# Lists that exist only in the schema (not in vocabularies.json).
_SCHEMA_ENUMS: dict[str, dict[str, list[str]]] = {
    "sex": {
        "male": ["ذكر", "رجل", "m", "male", "man"],
        "female": ["انثي", "انثى", "امراه", "سيده", "f", "female", "woman"],
        "other": ["اخر", "other"],
        "unknown": ["غير معروف", "unknown"],
    },
    "consent_level": {
        "full": ["كامله", "موافقه كامله", "نعم", "full", "yes"],
        "partial": ["جزئيه", "موافقه جزئيه", "partial"],
        "none": ["لا", "لا يوجد", "رفض", "none", "no"],
        "unknown": ["غير معروف", "unknown"],
    },
    "nationality": {
        "EG": ["مصري", "مصريه", "مصر", "egyptian", "egypt", "eg"],
        "SD": ["سوداني", "سودانيه", "السودان", "sudanese", "sudan", "sd"],
        "PS": ["فلسطيني", "فلسطينيه", "فلسطين", "palestinian", "palestine", "ps"],
        "SY": ["سوري", "سوريه", "syrian", "syria", "sy"],
        "LY": ["ليبي", "ليبيه", "libyan", "libya", "ly"],
        "YE": ["يمني", "يمنيه", "yemeni", "yemen", "ye"],
        "US": ["امريكي", "american", "us", "usa"],
        "GB": ["بريطاني", "british", "uk", "gb"],
    },
}


def fold_term(text: str) -> str:
    """Fold a label or cell for vocabulary matching: normalised, no punctuation or articles,
    Arabic feminine endings and "ال" prefixes dropped, so that صحفية / الصحفي / صحفي agree."""
    text = arabic.normalize(cell_text(text))
    text = re.sub(r"[^\w\s]", " ", text).replace("_", " ")
    words = []
    for word in text.split():
        if word in {"a", "an", "the", "of"}:
            continue
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        elif word.startswith("وال") and len(word) > 5:
            word = word[3:]
        if len(word) > 3 and word.endswith("يه"):
            word = word[:-1]
        if len(word) > 3 and word[-1] == "ه":  # ناشطة → ناشط (ة folds to ه)
            word = word[:-1]
        words.append(word)
    return " ".join(words)


@cache
def _term_index(list_name: str) -> dict[str, str]:
    """Folded spelling → code for one list (labels, codes, common spellings)."""
    index: dict[str, str] = {}
    if list_name in _SCHEMA_ENUMS:
        entries: dict[str, dict] = {code: {} for code in _SCHEMA_ENUMS[list_name]}
        extra = _SCHEMA_ENUMS[list_name]
    else:
        entries = vocab.vocabularies()[list_name]
        extra = _EXTRA_TERMS.get(list_name, {})
    for code, labels in entries.items():
        for spelling in (code, code.replace("_", " "), *labels.values(), *extra.get(code, [])):
            index.setdefault(fold_term(spelling), code)
    return index


def match_term(list_name: str, value: object, overrides: dict[str, str] | None = None) -> str:
    """The code of ``value`` in a vocabulary (or schema enum); raises ValueProblem if none.

    ``overrides`` (from the saved mapping) map a cell text, as written or folded, to a code:
    how a user teaches the importer a spelling of their own.
    """
    text = cell_text(value)
    if overrides:
        for key in (text, fold_term(text)):
            if key in overrides:
                return overrides[key]
        folded_overrides = {fold_term(k): v for k, v in overrides.items()}
        if fold_term(text) in folded_overrides:
            return folded_overrides[fold_term(text)]
    if list_name == "nationality" and re.fullmatch(r"[A-Z]{2}", text):
        return text
    index = _term_index(list_name)
    folded = fold_term(text)
    if folded in index:
        return index[folded]
    best = process.extractOne(folded, list(index), scorer=fuzz.ratio, score_cutoff=70)
    if best is not None:
        # The suggestion is a term, shown by its label in the user's language, never its code.
        raise ValueProblem(
            message(
                "value.unknown_term_hint",
                list=ListName(list_name),
                value=text,
                suggestion=Term(list_name, index[best[0]]),
            )
        )
    raise ValueProblem(message("value.unknown_term", list=ListName(list_name), value=text))


def _describe(list_name: str, code: str) -> str:
    if list_name in _SCHEMA_ENUMS:
        return repr(code)
    return (
        f"{vocab.label(list_name, code, 'ar')!r} / {vocab.label(list_name, code, 'en')!r} ({code})"
    )


def parse_int(value: object, low: int, high: int) -> int:
    text = arabic.normalize(cell_text(value))
    if not re.fullmatch(r"\d+", text):
        raise ValueProblem(message("value.not_a_whole_number", value=cell_text(value)))
    number = int(text)
    if not low <= number <= high:
        raise ValueProblem(message("value.number_out_of_range", number=number, low=low, high=high))
    return number


_CASE = re.compile(r"^\s*(\d+)\s*(?:/|لسنه|لسنة|of|for|year)\s*(\d{4})\b")


def parse_case_number(value: object) -> tuple[str, int | None]:
    """ "1365 لسنة 2019" / "1365/2019" → ("1365", 2019); "1365" → ("1365", None)."""
    text = arabic.normalize(cell_text(value))
    if match := _CASE.match(text):
        year = int(match.group(2))
        if not 1900 <= year <= 2200:
            raise ValueProblem(message("value.case_year_out_of_range", year=year))
        return match.group(1), year
    if not text:
        raise ValueProblem(message("value.empty_case_number"))
    return cell_text(value) if not re.fullmatch(r"\d+", text) else text, None
