"""Country names for the nationality field, in the interface language.

Qt names territories only in English (``QLocale.territoryToString``) or in a locale's own
language for its own territory (``nativeTerritoryName``), so the Arabic names are bundled here,
as Egyptian rights groups write them. A code missing from the table falls back to the native name
of an Arabic-speaking locale of that territory, then to the English name.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale

ARABIC_NAMES = {
    "AD": "أندورا",
    "AE": "الإمارات العربية المتحدة",
    "AF": "أفغانستان",
    "AG": "أنتيغوا وباربودا",
    "AI": "أنغويلا",
    "AL": "ألبانيا",
    "AM": "أرمينيا",
    "AO": "أنغولا",
    "AQ": "أنتاركتيكا",
    "AR": "الأرجنتين",
    "AS": "ساموا الأمريكية",
    "AT": "النمسا",
    "AU": "أستراليا",
    "AW": "أروبا",
    "AX": "جزر أولاند",
    "AZ": "أذربيجان",
    "BA": "البوسنة والهرسك",
    "BB": "باربادوس",
    "BD": "بنغلاديش",
    "BE": "بلجيكا",
    "BF": "بوركينا فاسو",
    "BG": "بلغاريا",
    "BH": "البحرين",
    "BI": "بوروندي",
    "BJ": "بنين",
    "BL": "سان بارتيلمي",
    "BM": "برمودا",
    "BN": "بروناي",
    "BO": "بوليفيا",
    "BQ": "هولندا الكاريبية",
    "BR": "البرازيل",
    "BS": "جزر البهاما",
    "BT": "بوتان",
    "BW": "بوتسوانا",
    "BY": "بيلاروسيا",
    "BZ": "بليز",
    "CA": "كندا",
    "CC": "جزر كوكوس",
    "CD": "جمهورية الكونغو الديمقراطية",
    "CF": "جمهورية أفريقيا الوسطى",
    "CG": "الكونغو",
    "CH": "سويسرا",
    "CI": "ساحل العاج",
    "CK": "جزر كوك",
    "CL": "تشيلي",
    "CM": "الكاميرون",
    "CN": "الصين",
    "CO": "كولومبيا",
    "CR": "كوستاريكا",
    "CU": "كوبا",
    "CV": "الرأس الأخضر",
    "CW": "كوراساو",
    "CX": "جزيرة كريسماس",
    "CY": "قبرص",
    "CZ": "التشيك",
    "DE": "ألمانيا",
    "DG": "دييغو غارسيا",
    "DJ": "جيبوتي",
    "DK": "الدنمارك",
    "DM": "دومينيكا",
    "DO": "جمهورية الدومينيكان",
    "DZ": "الجزائر",
    "EA": "سبتة ومليلية",
    "EC": "الإكوادور",
    "EE": "إستونيا",
    "EG": "مصر",
    "EH": "الصحراء الغربية",
    "ER": "إريتريا",
    "ES": "إسبانيا",
    "ET": "إثيوبيا",
    "FI": "فنلندا",
    "FJ": "فيجي",
    "FK": "جزر فوكلاند",
    "FM": "ميكرونيزيا",
    "FO": "جزر فارو",
    "FR": "فرنسا",
    "GA": "الغابون",
    "GB": "المملكة المتحدة",
    "GD": "غرينادا",
    "GE": "جورجيا",
    "GF": "غويانا الفرنسية",
    "GG": "غيرنزي",
    "GH": "غانا",
    "GI": "جبل طارق",
    "GL": "غرينلاند",
    "GM": "غامبيا",
    "GN": "غينيا",
    "GP": "غوادلوب",
    "GQ": "غينيا الاستوائية",
    "GR": "اليونان",
    "GS": "جورجيا الجنوبية وجزر ساندويتش الجنوبية",
    "GT": "غواتيمالا",
    "GU": "غوام",
    "GW": "غينيا بيساو",
    "GY": "غيانا",
    "HK": "هونغ كونغ",
    "HN": "هندوراس",
    "HR": "كرواتيا",
    "HT": "هايتي",
    "HU": "المجر",
    "IC": "جزر الكناري",
    "ID": "إندونيسيا",
    "IE": "أيرلندا",
    "IL": "إسرائيل",
    "IM": "جزيرة مان",
    "IN": "الهند",
    "IO": "إقليم المحيط الهندي البريطاني",
    "IQ": "العراق",
    "IR": "إيران",
    "IS": "آيسلندا",
    "IT": "إيطاليا",
    "JE": "جيرسي",
    "JM": "جامايكا",
    "JO": "الأردن",
    "JP": "اليابان",
    "KE": "كينيا",
    "KG": "قيرغيزستان",
    "KH": "كمبوديا",
    "KI": "كيريباتي",
    "KM": "جزر القمر",
    "KN": "سانت كيتس ونيفيس",
    "KP": "كوريا الشمالية",
    "KR": "كوريا الجنوبية",
    "KW": "الكويت",
    "KY": "جزر كايمان",
    "KZ": "كازاخستان",
    "LA": "لاوس",
    "LB": "لبنان",
    "LC": "سانت لوسيا",
    "LI": "ليختنشتاين",
    "LK": "سريلانكا",
    "LR": "ليبيريا",
    "LS": "ليسوتو",
    "LT": "ليتوانيا",
    "LU": "لوكسمبورغ",
    "LV": "لاتفيا",
    "LY": "ليبيا",
    "MA": "المغرب",
    "MC": "موناكو",
    "MD": "مولدوفا",
    "ME": "الجبل الأسود",
    "MF": "سانت مارتن",
    "MG": "مدغشقر",
    "MH": "جزر مارشال",
    "MK": "مقدونيا الشمالية",
    "ML": "مالي",
    "MM": "ميانمار",
    "MN": "منغوليا",
    "MO": "ماكاو",
    "MP": "جزر ماريانا الشمالية",
    "MQ": "مارتينيك",
    "MR": "موريتانيا",
    "MS": "مونتسرات",
    "MT": "مالطا",
    "MU": "موريشيوس",
    "MV": "جزر المالديف",
    "MW": "مالاوي",
    "MX": "المكسيك",
    "MY": "ماليزيا",
    "MZ": "موزمبيق",
    "NA": "ناميبيا",
    "NC": "كاليدونيا الجديدة",
    "NE": "النيجر",
    "NF": "جزيرة نورفولك",
    "NG": "نيجيريا",
    "NI": "نيكاراغوا",
    "NL": "هولندا",
    "NO": "النرويج",
    "NP": "نيبال",
    "NR": "ناورو",
    "NU": "نيوي",
    "NZ": "نيوزيلندا",
    "OM": "عُمان",
    "PA": "بنما",
    "PE": "بيرو",
    "PF": "بولينيزيا الفرنسية",
    "PG": "بابوا غينيا الجديدة",
    "PH": "الفلبين",
    "PK": "باكستان",
    "PL": "بولندا",
    "PM": "سان بيير وميكلون",
    "PN": "جزر بيتكيرن",
    "PR": "بورتوريكو",
    "PS": "فلسطين",
    "PT": "البرتغال",
    "PW": "بالاو",
    "PY": "باراغواي",
    "QA": "قطر",
    "RE": "لا ريونيون",
    "RO": "رومانيا",
    "RS": "صربيا",
    "RU": "روسيا",
    "RW": "رواندا",
    "SA": "السعودية",
    "SB": "جزر سليمان",
    "SC": "سيشل",
    "SD": "السودان",
    "SE": "السويد",
    "SG": "سنغافورة",
    "SH": "سانت هيلينا",
    "SI": "سلوفينيا",
    "SJ": "سفالبارد ويان ماين",
    "SK": "سلوفاكيا",
    "SL": "سيراليون",
    "SM": "سان مارينو",
    "SN": "السنغال",
    "SO": "الصومال",
    "SR": "سورينام",
    "SS": "جنوب السودان",
    "ST": "ساو تومي وبرينسيب",
    "SV": "السلفادور",
    "SX": "سانت مارتن الهولندية",
    "SY": "سوريا",
    "SZ": "إسواتيني",
    "TC": "جزر توركس وكايكوس",
    "TD": "تشاد",
    "TG": "توغو",
    "TH": "تايلاند",
    "TJ": "طاجيكستان",
    "TK": "توكيلاو",
    "TL": "تيمور الشرقية",
    "TM": "تركمانستان",
    "TN": "تونس",
    "TO": "تونغا",
    "TR": "تركيا",
    "TT": "ترينيداد وتوباغو",
    "TV": "توفالو",
    "TW": "تايوان",
    "TZ": "تنزانيا",
    "UA": "أوكرانيا",
    "UG": "أوغندا",
    "UM": "جزر الولايات المتحدة النائية",
    "US": "الولايات المتحدة",
    "UY": "الأوروغواي",
    "UZ": "أوزبكستان",
    "VA": "الفاتيكان",
    "VC": "سانت فنسنت وجزر غرينادين",
    "VE": "فنزويلا",
    "VG": "جزر العذراء البريطانية",
    "VI": "جزر العذراء الأمريكية",
    "VN": "فيتنام",
    "VU": "فانواتو",
    "WF": "واليس وفوتونا",
    "WS": "ساموا",
    "XK": "كوسوفو",
    "YE": "اليمن",
    "YT": "مايوت",
    "ZA": "جنوب أفريقيا",
    "ZM": "زامبيا",
    "ZW": "زيمبابوي",
}

# The first users' country, and where most of the people they document come from or fled to.
FIRST = ("EG",)


def _territories() -> dict[str, QLocale.Country]:
    """Every ISO 3166-1 alpha-2 territory Qt knows, by code."""
    found: dict[str, QLocale.Country] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        territory = locale.territory()
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code.isupper():
            found.setdefault(code, territory)
    return found


def _arabic_native_names() -> dict[str, str]:
    names = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.Arabic, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        code = QLocale.territoryToCode(locale.territory())
        if locale.nativeTerritoryName():
            names.setdefault(code, locale.nativeTerritoryName())
    return names


def country_name(code: str, lang: str) -> str:
    """The name of the country ``code`` in ``lang`` ("ar" or "en"); the code if unknown."""
    territory = QLocale.codeToTerritory(code)
    english = QLocale.territoryToString(territory) if code else ""
    if territory == QLocale.Country.AnyTerritory:
        english = code
    if lang != "ar":
        return english
    return ARABIC_NAMES.get(code) or _arabic_native_names().get(code) or english


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, shown text) for every country, Egypt first, the rest in the alphabetical order of
    ``lang``. Arabic shows the name first ("مصر — EG") so that typing its first letter in the
    closed list finds it; English keeps the code first ("EG — Egypt")."""
    codes = _territories()
    native = _arabic_native_names() if lang == "ar" else {}
    names = {}
    for code, territory in codes.items():
        english = QLocale.territoryToString(territory)
        names[code] = (
            (ARABIC_NAMES.get(code) or native.get(code) or english) if lang == "ar" else english
        )
    collator = QCollator(
        QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English)
    )
    rest = sorted((c for c in names if c not in FIRST), key=lambda c: collator.sortKey(names[c]))
    ordered = [c for c in FIRST if c in names] + rest

    def text(code: str) -> str:
        return f"{names[code]} — {code}" if lang == "ar" else f"{code} — {names[code]}"

    return [(code, text(code)) for code in ordered]
