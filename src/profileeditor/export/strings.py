"""Fixed dossier wording in Arabic and English (headings, column names, computed facts, the
cards' and charts' words).

Kept apart from the renderers so that DOCX, PDF, card and tables say the same thing. A field's
name is not here: it is the field catalogue's (core/catalogue.py ``label``), and the labels of
vocabularies and of the schema's enums are core/vocab.py's.
"""

from __future__ import annotations

from profileeditor.core import vocab

DEFAULT_CAMPAIGN_LINE = {
    "ar": "لا عدالة مناخية بدون فضاء مدني حر",
    "en": "No climate justice without free civic space",
}

_STRINGS: dict[str, dict[str, str]] = {
    "title": {"ar": "ملف المحتجزين تعسفيًا", "en": "Dossier of arbitrarily detained people"},
    "date": {"ar": "تاريخ الإصدار", "en": "Issued on"},
    "level": {"ar": "مستوى النشر", "en": "Export level"},
    "count": {"ar": "عدد الملفات", "en": "Number of profiles"},
    "contents": {"ar": "المحتويات", "en": "Contents"},
    "summary": {"ar": "ملخص", "en": "Summary"},
    "name": {"ar": "الاسم", "en": "Name"},
    "status": {"ar": "الوضع", "en": "Status"},
    "days": {"ar": "أيام الاحتجاز", "en": "Days in detention"},
    "facility": {"ar": "مكان الاحتجاز", "en": "Facility"},
    "case_numbers": {"ar": "أرقام القضايا", "en": "Case numbers"},
    "identity": {"ar": "البيانات الشخصية", "en": "Identity"},
    "profession": {"ar": "المهنة", "en": "Profession"},
    "facts": {"ar": "وقائع محسوبة", "en": "Computed facts"},
    "current_days": {"ar": "أيام الاحتجاز الحالي", "en": "Days in current detention"},
    "total_days": {"ar": "إجمالي أيام الاحتجاز", "en": "Total days in detention"},
    "disappearance_days": {"ar": "أيام الإخفاء القسري", "en": "Days of enforced disappearance"},
    "renewals": {"ar": "عدد جلسات التجديد", "en": "Renewal sessions"},
    "next_session": {"ar": "الجلسة القادمة", "en": "Next session"},
    "pretrial_days": {"ar": "أيام الحبس الاحتياطي", "en": "Days in pretrial detention"},
    "recycled": {"ar": "قضايا مُعاد تدويرها", "en": "Recycled cases"},
    # Yes and no, like the labels of the schema's enums (sex, consent, reliability), are
    # core/vocab.py's.
    "yes": vocab.YES_NO[True],
    "no": vocab.YES_NO[False],
    "bio": {"ar": "نبذة", "en": "Biography"},
    "detentions": {"ar": "الاحتجاز وأماكنه", "en": "Detention and facilities"},
    "authority": {"ar": "الجهة", "en": "Authority"},
    "cases": {"ar": "القضايا والاتهامات", "en": "Cases and charges"},
    "case": {"ar": "القضية رقم", "en": "Case No."},
    "of_year": {"ar": "لسنة", "en": "of"},
    "charges": {"ar": "الاتهامات", "en": "Charges"},
    "sessions": {"ar": "جلسات التجديد والمحاكمة", "en": "Renewal sessions and hearings"},
    "when": {"ar": "التاريخ", "en": "Date"},
    "next_date": {"ar": "الجلسة التالية", "en": "Next date"},
    "events": {"ar": "التسلسل الزمني", "en": "Timeline of events"},
    "sources": {"ar": "المصادر", "en": "Sources"},
    "documents": {"ar": "مرفقات", "en": "Attachments"},
    "page_of": {"ar": "صفحة {n} من {m}", "en": "Page {n} of {m}"},
    "level_public": {"ar": "عام", "en": "public"},
    "level_partner": {"ar": "للشركاء", "en": "partner"},
    "level_internal": {"ar": "داخلي", "en": "internal"},
    "name_ar": {"ar": "الاسم بالعربية", "en": "Name (Arabic)"},
    "name_en": {"ar": "الاسم بالإنجليزية", "en": "Name (English)"},
    "as_of": {"ar": "محسوبة حتى", "en": "Computed as of"},
    "legal_limit": {
        "ar": "الحد القانوني للحبس الاحتياطي",
        "en": "Legal limit on pretrial detention",
    },
    "warning": {"ar": "تنبيه", "en": "Warning"},
    "decision": {"ar": "القرار", "en": "Decision"},
    "organisation": {"ar": "الجهة المُصدِرة", "en": "Issued by"},
    "contact": {"ar": "للتواصل", "en": "Contact"},
    # The profile's first page, its timeline and the statistics section (issue 14).
    "key_facts": {"ar": "وقائع أساسية", "en": "Key facts"},
    # What a first page's bounded list leaves out ("and 3 more"): {n} is the count.
    "and_more": {"ar": "و{n} غيرها", "en": "and {n} more"},
    "age": {"ar": "العمر", "en": "Age"},
    "held_since": {"ar": "محتجز منذ", "en": "Held since"},
    "held_since_f": {"ar": "محتجزة منذ", "en": "Held since"},
    "detained": {"ar": "فترة الاحتجاز", "en": "Detained"},
    "case_prosecution": {"ar": "القضايا وجهة التحقيق", "en": "Cases and prosecution"},
    "recycled_case": {"ar": "مُدوَّرة", "en": "recycled"},
    "hunger_strikes": {"ar": "الإضراب عن الطعام", "en": "Hunger strikes"},
    "health_concern": {"ar": "مخاوف صحية", "en": "Health concern"},
    "timeline": {"ar": "الخط الزمني", "en": "Timeline"},
    # The photo's alternate description in the tagged PDF (pdf_media.photo_alt).
    "photo_of": {"ar": "صورة {name}", "en": "Photo of {name}"},
    "statistics": {"ar": "إحصاءات الملف", "en": "Statistics of this dossier"},
    "figures": {"ar": "بالأرقام", "en": "In figures"},
    # The cards' caption under the figure ("1,969 / days in detention").
    "in_detention": {"ar": "في الاحتجاز", "en": "in detention"},
    # The charts (export/charts.py): a title per chart and the headline figures' captions.
    "chart_status": {"ar": "المحتجزون حسب الوضع", "en": "People by status"},
    "chart_profession": {"ar": "حسب المهنة", "en": "People by profession"},
    "chart_prosecution": {"ar": "حسب جهة التحقيق", "en": "People by prosecution"},
    "chart_facility": {"ar": "أماكن الاحتجاز الآن", "en": "Where they are held now"},
    "chart_duration": {"ar": "مدة الاحتجاز حتى الآن", "en": "Time in detention so far"},
    "chart_renewals": {
        "ar": "جلسات تجديد الحبس كل شهر",
        "en": "Detention renewal sessions a month",
    },
    "chart_others": {"ar": "أخرى", "en": "Others"},
    "figure_people": {"ar": "شخصًا في هذا الملف", "en": "people documented"},
    "figure_held": {"ar": "محتجزون الآن", "en": "held now"},
    "figure_years": {"ar": "سنة خلف القضبان مجتمعين", "en": "years behind bars, all together"},
    "figure_beyond": {
        "ar": "تجاوزوا الحد القانوني للحبس الاحتياطي",
        "en": "beyond the legal limit",
    },
    "figure_recycled": {"ar": "قضية مُدوَّرة", "en": "recycled cases"},
    "figure_renewals": {"ar": "جلسة تجديد حبس", "en": "detention renewal sessions"},
    # The figures beside the sessions-a-month chart in a dossier's statistics section.
    "sessions_in_months": {"ar": "جلسات في هذه الأشهر", "en": "Sessions in these months"},
    "busiest_month": {"ar": "أكثر الأشهر جلسات", "en": "Busiest month"},
    # The public website (export/site.py): its pages' headings, navigation and figures.
    "site_title": {"ar": "المحتجزون تعسفيًا", "en": "The arbitrarily detained"},
    "site_people": {"ar": "الأشخاص", "en": "People"},
    "site_statistics": {"ar": "الأرقام", "en": "Figures"},
    "site_other_language": {"ar": "English", "en": "العربية"},
    "site_as_of": {"ar": "الأرقام محسوبة حتى {date}", "en": "Figures as of {date}"},
    "site_search": {"ar": "ابحث بالاسم أو رقم القضية", "en": "Search by name or case number"},
    "site_all": {"ar": "الكل", "en": "All"},
    "site_shown": {"ar": "المعروض: {n}", "en": "Shown: {n}"},
    "site_photo_of": {"ar": "صورة {name}", "en": "Photo of {name}"},
    "site_no_photo": {"ar": "لا صورة", "en": "No photo"},
    "site_skip": {"ar": "انتقل إلى المحتوى", "en": "Skip to content"},
    "site_identity": {"ar": "البيانات الأساسية", "en": "Identity"},
    "site_facts": {"ar": "الوقائع المحسوبة", "en": "What the record shows"},
    "site_bio": {"ar": "السيرة", "en": "Biography"},
    "site_timeline": {"ar": "التسلسل الزمني", "en": "Timeline"},
    "site_detention": {"ar": "الاحتجاز", "en": "Detention"},
    "site_cases": {"ar": "القضايا", "en": "Cases"},
    "site_events": {"ar": "الأحداث", "en": "Events"},
    "site_back": {"ar": "كل الأشخاص", "en": "All people"},
    "site_people_count": {"ar": "عدد الأشخاص", "en": "People"},
    "site_held_now": {"ar": "محتجزون الآن", "en": "Held now"},
    "site_years_total": {"ar": "مجموع سنوات الاحتجاز", "en": "Years behind bars, all together"},
    "site_beyond_limit": {
        "ar": "تجاوزوا الحد الأقصى للحبس الاحتياطي",
        "en": "Beyond the legal limit of pretrial detention",
    },
    "site_recycled": {"ar": "قضايا مُدوَّرة", "en": "Recycled cases"},
    "site_renewals": {"ar": "جلسات تجديد الحبس", "en": "Detention renewal sessions"},
    "site_by_status": {"ar": "حسب الوضع", "en": "By status"},
    "site_by_profession": {"ar": "حسب المهنة", "en": "By profession"},
    "site_by_prosecution": {"ar": "حسب جهة التحقيق", "en": "By prosecution"},
    "site_by_facility": {"ar": "حسب مكان الاحتجاز الحالي", "en": "By current place of detention"},
    "site_by_duration": {"ar": "مدة الاحتجاز الحالية", "en": "Time in detention now"},
    "site_renewals_by_month": {"ar": "جلسات التجديد حسب الشهر", "en": "Renewal sessions by month"},
    "site_count": {"ar": "العدد", "en": "Number"},
    "site_charts": {"ar": "رسوم بيانية للنشر", "en": "Charts to publish"},
    "site_duration": {"ar": "المدة", "en": "Time"},
    "site_prosecution": {"ar": "جهة التحقيق", "en": "Prosecution"},
    "site_facility": {"ar": "مكان الاحتجاز", "en": "Place of detention"},
    "site_month": {"ar": "الشهر", "en": "Month"},
    "site_footer": {
        "ar": "نُشرت هذه الصفحات بموافقة الأشخاص أو ذويهم. بُنيت دون اتصال بالإنترنت ببرنامج Profile Editor.",
        "en": "Published with the consent of the people or their families. Built offline with Profile Editor.",
    },
}


def s(key: str, lang: str) -> str:
    """The wording of ``key`` in ``lang`` ("ar" or "en")."""
    return _STRINGS[key][lang]


def level_line(level: str, lang: str) -> str:
    return f"{s('level', lang)}: {s('level_' + level, lang)}"


def languages(lang: str) -> tuple[str, ...]:
    """The dossier languages in the order they are printed: Arabic first for "ar+en"."""
    if lang == "ar+en":
        return ("ar", "en")
    if lang in ("ar", "en"):
        return (lang,)
    raise ValueError(f"unknown dossier language {lang!r} (ar, en or ar+en)")
