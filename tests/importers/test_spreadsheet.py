"""Spreadsheet import on sheets built the way Excel writes them: Arabic headers, BOM and no BOM,
Windows-1256, UTF-16 "Unicode text", merged heading rows, empty rows, dates in every form."""

from __future__ import annotations

import codecs
import json
from datetime import datetime

import openpyxl
import pytest

from profileeditor.importers.json_import import BadInputFile
from profileeditor.importers.mapping import Mapping, suggest
from profileeditor.importers.sheets import read_sheet
from profileeditor.importers.spreadsheet import (
    SpreadsheetRefused,
    apply_plan,
    import_spreadsheet,
    plan_import,
)
from profileeditor.importers.values import ValueProblem, cell_text, match_term, parse_date

HEADERS_AR = [
    "الاسم",
    "تاريخ الميلاد",
    "المهنة",
    "الحالة",
    "تاريخ القبض",
    "مكان الاحتجاز",
    "رقم القضية",
    "النيابة",
    "الاتهامات",
]
ROWS = [
    [
        "أحمد محمد عبد الله",
        "29/9/1990",
        "صحفي",
        "محبوس",
        "سبتمبر 2019",
        "سجن طرة",
        "1365 لسنة 2019",
        "أمن الدولة",
        "نشر أخبار كاذبة؛ الانضمام لجماعة إرهابية",
    ],
    ["", "", "", "", "", "", "", "", ""],
    ["سارة علي", "1992", "طالبة", "مختفية", "٢٩/٩/٢٠١٩", "", "", "", ""],
    [
        "أحمد محمد عبد الله",
        "1990-09-29",
        "",
        "",
        "2021-02-01",
        "سجن بدر",
        "440/2021",
        "نيابة أمن الدولة العليا",
        "تمويل",
    ],
]


def _csv_text(headers, rows, sep=","):
    def cell(value):
        value = str(value)
        return f'"{value}"' if any(c in value for c in f'{sep}"\n') else value

    return "\r\n".join(sep.join(cell(v) for v in row) for row in [headers, *rows]) + "\r\n"


@pytest.mark.parametrize(
    "encoding, bom, sep, suffix",
    [
        ("utf-8", codecs.BOM_UTF8, ",", ".csv"),  # Excel "CSV UTF-8"
        ("utf-8", b"", ",", ".csv"),
        ("cp1256", b"", ",", ".csv"),  # Excel "CSV (Comma delimited)" on Arabic Windows
        ("utf-16-le", codecs.BOM_UTF16_LE, "\t", ".txt"),  # Excel "Unicode Text"
        ("utf-8", b"", ";", ".csv"),  # semicolon lists (European/Arabic locales)
    ],
)
def test_csv_encodings_import_the_same(vault, tmp_path, encoding, bom, sep, suffix):
    path = tmp_path / f"sheet{suffix}"
    text = _csv_text(HEADERS_AR, ROWS, sep)
    if encoding == "cp1256":  # no Arabic-Indic digits in Windows-1256: Excel writes ASCII ones
        text = text.replace("٢٩/٩/٢٠١٩", "29/9/2019")
    path.write_bytes(bom + text.encode(encoding))
    plan, result = import_spreadsheet(vault.repository, path)
    assert not plan.problems, plan.problems
    assert len(result.created) == 2
    people = {p["name"]["ar"]: p for p in vault.repository.get_profiles(result.created)}
    ahmed = people["أحمد محمد عبد الله"]
    assert ahmed["birth_date"] == "1990-09-29" and ahmed["profession"] == "journalist"
    assert ahmed["status"] == "detained"
    assert sorted(d["arrest_date"] for d in ahmed["detentions"]) == ["2019-09", "2021-02-01"]
    cases = {c["number"]: c for c in ahmed["cases"]}
    assert cases["1365"]["year"] == 2019 and cases["440"]["year"] == 2021
    assert cases["1365"]["prosecution"] == "supreme_state_security"
    assert cases["1365"]["charges"] == ["spreading_false_news", "joining_terrorist_group"]
    assert cases["440"]["charges"] == ["financing_terrorism"]
    sara = people["سارة علي"]
    assert sara["birth_date"] == "1992" and sara["status"] == "disappeared"
    assert sara["detentions"][0]["arrest_date"] == "2019-09-29"
    # The same file again changes nothing.
    plan, result = import_spreadsheet(vault.repository, path)
    assert not result.created and not result.updated


def test_a_row_adds_an_episode_and_a_case_to_a_person_in_the_vault(demo_vault, tmp_path):
    repo = demo_vault.repository
    salma = next(p for p in repo.get_profiles(repo.ids()) if p["name"]["en"].startswith("Salma"))
    path = tmp_path / "more.csv"
    path.write_text(
        _csv_text(
            ["Name (English)", "Date of birth", "Arrest date", "Case number", "Prosecution"],
            [[salma["name"]["en"], salma["birth_date"], "2024-05-01", "999/2024", "SSSP"]],
        ),
        encoding="utf-8",
    )
    plan = plan_import(repo, path)
    assert plan.to_update == [salma["id"]] and not plan.to_create
    apply_plan(repo, plan)
    after = repo.get_profile(salma["id"])
    assert len(after["detentions"]) == len(salma["detentions"]) + 1
    assert any(c.get("number") == "999" and c.get("year") == 2024 for c in after["cases"])
    assert repo.count() == 8
    # By id column too.
    path.write_text(_csv_text(["id", "Status"], [[salma["id"], "Released"]]), encoding="utf-8")
    apply_plan(repo, plan_import(repo, path))
    assert repo.get_profile(salma["id"])["status"] == "released"


def _workbook(path, title=True, groups=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.sheet_view.rightToLeft = True
    row = 1
    if title:
        ws.cell(row, 1, "قائمة المحتجزين — تحديث 2024")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
    if groups:
        ws.cell(row, 1, "البيانات الشخصية")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        ws.cell(row, 4, "القبض والاحتجاز")
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
        ws.cell(row, 6, "القضية")
        ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=7)
        row += 1
    for col, header in enumerate(
        [
            "الاسم",
            "تاريخ الميلاد",
            "المهنة",
            "تاريخ القبض",
            "مكان الاحتجاز",
            "رقم القضية",
            "الاتهامات",
        ],
        start=1,
    ):
        ws.cell(row, col, header)
    data = [
        ["مريم حسن", datetime(1995, 3, 4), "محامية", 43737, "سجن القناطر", 1365, "أخبار كاذبة"],
        [None] * 7,
        ["Karim Adel", "Sept 2019", "Journalist", "29 Sept 2019", "Tora Prison", "55/2020", ""],
        ["عمر زكي", "12/1988", "رائد فضاء", "2020-13-01", None, None, "تهمة جديدة"],
    ]
    for offset, values in enumerate(data, start=1):
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row + offset, col, value)
    ws.cell(row + 1, 2).number_format = "dd/mm/yyyy"
    wb.save(path)


def test_xlsx_with_merged_headings_empty_rows_and_problems(vault, tmp_path):
    path = tmp_path / "list.xlsx"
    _workbook(path)
    sheet = read_sheet(path)
    assert sheet.header_row == 3 and sheet.headers[0] == "الاسم"
    assert sheet.groups[4] == "القبض والاحتجاز"
    plan = plan_import(vault.repository, path)
    assert len(plan.rows) == 3
    errors = plan.errors
    # Row 7 (Excel's numbering): an unknown profession and an impossible date, reported with
    # row, column and value; the unknown charge is kept as free text with a warning.
    assert {(p.row, p.column, p.value) for p in errors} == {
        (7, "المهنة", "رائد فضاء"),
        (7, "تاريخ القبض", "2020-13-01"),
    }
    warnings = [p for p in plan.problems if p.severity == "warning"]
    assert [(w.row, w.value) for w in warnings] == [(7, "تهمة جديدة")]
    assert plan.skipped_rows == [7]
    with pytest.raises(SpreadsheetRefused) as refused:
        apply_plan(vault.repository, plan)
    assert "row 7" in str(refused.value) and str(path) in str(refused.value)
    assert vault.repository.count() == 0  # a refused file stores nothing
    result = apply_plan(vault.repository, plan, import_good_rows=True)
    assert len(result.created) == 2
    people = {
        p["name"].get("ar") or p["name"]["en"]: p
        for p in vault.repository.get_profiles(result.created)
    }
    mariam = people["مريم حسن"]
    assert mariam["birth_date"] == "1995-03-04" and mariam["profession"] == "lawyer"
    assert mariam["detentions"][0]["arrest_date"] == "2019-09-29"  # Excel serial 43737
    assert mariam["cases"][0]["number"] == "1365"
    karim = people["Karim Adel"]
    assert karim["birth_date"] == "2019-09"
    assert karim["detentions"][0]["facilities"][0]["name"] == {"en": "Tora Prison"}


def test_mapping_is_saved_reused_and_teaches_spellings(vault, tmp_path):
    path = tmp_path / "custom.csv"
    path.write_text(
        _csv_text(["الاسم الكامل", "الوضع", "عمود غريب"], [["هالة فتحي", "في السجن", "x"]]),
        encoding="utf-8",
    )
    plan = plan_import(vault.repository, path)
    assert plan.mapping.columns == {"الاسم الكامل": "name", "الوضع": None, "عمود غريب": None}
    mapping = Mapping(
        {"الاسم الكامل": "name", "الوضع": "status"}, {"status": {"في السجن": "detained"}}
    )
    saved = mapping.save(tmp_path / "map.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["format"] == "profileeditor.mapping"
    plan, result = import_spreadsheet(vault.repository, path, saved)
    assert not plan.problems
    assert vault.repository.get_profile(result.created[0])["status"] == "detained"
    (tmp_path / "bad.json").write_text(
        '{"format": "profileeditor.mapping", "columns": {"a": "nope"}}'
    )
    with pytest.raises(BadInputFile, match="unknown field"):
        import_spreadsheet(vault.repository, path, tmp_path / "bad.json")


def test_suggestions_in_english_and_arabic():
    mapping = suggest(
        [
            "Full name",
            "DOB",
            "Governorate",
            "Arrest date",
            "Case No",
            "Charges",
            "Status",
            "الاسم بالإنجليزية",
            "Comments",
        ]
    )
    assert mapping.columns == {
        "Full name": "name",
        "DOB": "birth_date",
        "Governorate": "governorate",
        "Arrest date": "detention.arrest_date",
        "Case No": "case.number",
        "Charges": "case.charges",
        "Status": "status",
        "الاسم بالإنجليزية": "name.en",
        "Comments": "notes",
    }


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-09-29", "2019-09-29"),
        ("29/9/2019", "2019-09-29"),
        ("٢٩/٩/٢٠١٩", "2019-09-29"),
        ("\u200f29/09/2019", "2019-09-29"),
        (43737, "2019-09-29"),
        (datetime(2019, 9, 29), "2019-09-29"),
        ("سبتمبر 2019", "2019-09"),
        ("أغسطس ٢٠٢٠", "2020-08"),
        ("Sept 2019", "2019-09"),
        ("September 29, 2019", "2019-09-29"),
        ("9/2019", "2019-09"),
        ("2019", "2019"),
        (2019, "2019"),
    ],
)
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/2/2019", "1/2/19", "hello", "2019-13-01", 5])
def test_bad_dates_are_reported(value):
    with pytest.raises(ValueProblem):
        parse_date(value)


def test_vocabulary_spellings_and_unknowns():
    assert match_term("profession", "صحفية") == "journalist"
    assert match_term("profession", "الصحفي") == "journalist"
    assert match_term("status", "رهن الاحتجاز") == "detained"
    assert match_term("status", "In detention") == "detained"
    assert match_term("prosecution", "نيابة أمن الدولة العليا") == "supreme_state_security"
    assert match_term("sex", "أنثى") == "female"
    with pytest.raises(ValueProblem, match="did you mean"):
        match_term("status", "محبوسس")
    with pytest.raises(ValueProblem, match="unknown profession"):
        match_term("profession", "astronaut")


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        (b"", ".csv", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, ".csv", "not a text"),
        (b"PK\x03\x04 not really a zip", ".xlsx", "not"),
        (b"just,a,header\n", ".csv", "no column is mapped to the name"),
        (b"x", ".ods", "not a spreadsheet"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    vault, tmp_path, content, suffix, message
):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    with pytest.raises(BadInputFile, match=message):
        import_spreadsheet(vault.repository, path)
    assert vault.repository.count() == 0


def test_a_cell_loses_every_bidi_control_and_the_byte_order_mark():
    """The cleaner's set is core/bidi.py's (CONTROLS), not a copy of it."""
    from profileeditor.core import bidi

    hidden = "".join(sorted(bidi.CONTROLS)) + "\ufeff"
    assert cell_text(f"{hidden}أحمد{hidden} Samir\xa0{hidden}") == "أحمد Samir"
    assert cell_text(bidi.isolate_value("2019-09-29")) == "2019-09-29"
