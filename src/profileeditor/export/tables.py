"""Spreadsheets for journalists: CSV (UTF-8 with BOM, so Excel shows Arabic) and XLSX.

One row per profile with the computed facts; column names in Arabic, English or both. The tables
go to journalists and the media, so they carry no internal id or record timestamp, and no cell a
spreadsheet program would run: text starting like a formula (``=``, ``+``, ``-``, ``@``, tab, CR)
is a text cell in XLSX and is prefixed with ``'`` in CSV (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from profileeditor.core import facts as facts_mod
from profileeditor.core.vocab import label
from profileeditor.export.content import pick
from profileeditor.export.ooxml import scrub_package

# Formula starts (OWASP "CSV injection"): Excel, Calc and Sheets evaluate such a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = [
    ("name_ar", {"ar": "الاسم (عربي)", "en": "Name (Arabic)"}),
    ("name_en", {"ar": "الاسم (إنجليزي)", "en": "Name (English)"}),
    ("status", {"ar": "الوضع", "en": "Status"}),
    ("profession", {"ar": "المهنة", "en": "Profession"}),
    ("governorate", {"ar": "المحافظة", "en": "Governorate"}),
    ("currently_detained", {"ar": "محتجز حاليًا", "en": "Currently detained"}),
    ("current_days", {"ar": "أيام الاحتجاز الحالي", "en": "Days in current detention"}),
    ("total_days", {"ar": "إجمالي أيام الاحتجاز", "en": "Total days in detention"}),
    ("disappearance_days", {"ar": "أيام الإخفاء القسري", "en": "Days of enforced disappearance"}),
    ("pretrial_days", {"ar": "أيام الحبس الاحتياطي", "en": "Days in pretrial detention"}),
    ("renewals", {"ar": "جلسات التجديد", "en": "Renewal sessions"}),
    ("next_session", {"ar": "الجلسة القادمة", "en": "Next session"}),
    ("beyond_legal_limit", {"ar": "تجاوز الحد القانوني", "en": "Beyond legal limit"}),
    ("recycled_cases", {"ar": "قضايا مُعاد تدويرها", "en": "Recycled cases"}),
    ("facility", {"ar": "مكان الاحتجاز", "en": "Facility"}),
    ("case_numbers", {"ar": "أرقام القضايا", "en": "Case numbers"}),
    ("approximate", {"ar": "تقريبي", "en": "Approximate"}),
]


def headers(lang: str) -> list[str]:
    if lang == "ar+en":
        return [f"{names['ar']} / {names['en']}" for _, names in COLUMNS]
    return [names[lang] for _, names in COLUMNS]


def row(profile: dict, lang: str, today: date | None, legal_limit_days: int) -> list:
    text_lang = "ar" if lang in ("ar", "ar+en") else "en"
    f = facts_mod.compute(profile, today, legal_limit_days)
    cases = {c.get("id"): c for c in profile.get("cases") or []}

    def number(case: dict) -> str:
        return (
            f"{case.get('number')}/{case.get('year')}"
            if case.get("year")
            else str(case.get("number") or "")
        )

    values = {
        "name_ar": (profile.get("name") or {}).get("ar", ""),
        "name_en": (profile.get("name") or {}).get("en", ""),
        "status": label("status", profile.get("status"), text_lang),
        "profession": label("profession", profile.get("profession"), text_lang),
        "governorate": pick(profile.get("governorate"), text_lang),
        "currently_detained": f.currently_detained,
        "current_days": f.current_days if f.current_days is not None else "",
        "total_days": f.total_days,
        "disappearance_days": f.disappearance_days,
        "pretrial_days": f.pretrial_days,
        "renewals": f.renewals,
        "next_session": f.next_session or "",
        "beyond_legal_limit": f.beyond_legal_limit,
        "recycled_cases": ", ".join(number(cases[c]) for c in f.recycled_cases if c in cases),
        "facility": pick(f.current_facility, text_lang) if f.current_facility else "",
        "case_numbers": ", ".join(number(c) for c in cases.values() if c.get("number")),
        "approximate": f.approximate,
    }
    return [values[key] for key, _ in COLUMNS]


def write_table(
    profiles: list[dict],
    out: Path,
    *,
    fmt: str,
    lang: str,
    today: date | None,
    legal_limit_days: int,
    step: Callable[[int], None],
) -> None:
    rows = []
    for i, profile in enumerate(profiles):
        rows.append(row(profile, lang, today, legal_limit_days))
        step(i + 1)
    if fmt == "csv":
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers(lang))
            for values in rows:
                writer.writerow([_csv_cell(v) for v in values])
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "profiles"
    ws.sheet_view.rightToLeft = lang in ("ar", "ar+en")
    ws.append(headers(lang))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for values in rows:
        ws.append(values)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                # openpyxl turns any string starting with "=" into a formula; a text cell with
                # the quote prefix stays text when a user edits it in Excel or Calc too.
                cell.data_type = "s"
                cell.quotePrefix = cell.value.startswith(FORMULA_STARTS)
    ws.freeze_panes = "A2"
    # openpyxl stamps creator "openpyxl" and the current time: leave no trace of who or when.
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.save(str(out))
    scrub_package(out)  # no local time in the zip entries, no dates in core.xml


def _csv_cell(value: object) -> object:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
