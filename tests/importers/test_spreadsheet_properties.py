"""Property tests: random bytes and random sheets never crash the importers; a refused file
stores nothing; an accepted one stores only whole good rows. And the 10,000-row XLSX figure."""

from __future__ import annotations

import csv
import io
import time
import uuid

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from profileeditor.importers.json_import import BadInputFile
from profileeditor.importers.spreadsheet import SpreadsheetRefused, apply_plan, plan_import

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
HEADERS = ["الاسم", "Birth date", "الحالة", "تاريخ القبض", "Case number", "Charges", "id"]
CELLS = st.one_of(
    # Control characters cannot be written to an XLSX cell at all (openpyxl refuses them).
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.sampled_from(
        [
            "",
            "محبوس",
            "Released",
            "29/9/2019",
            "2019-13-45",
            "سبتمبر 2019",
            "43737",
            "1365/2019",
            "نشر أخبار كاذبة",
            "x;y",
            str(uuid.uuid4()),
            "not-a-uuid",
            "أحمد",
            "Ahmed",
        ]
    ),
)


def _outcome(repository, path) -> None:
    before = repository.count()
    try:
        plan = plan_import(repository, path)
    except BadInputFile as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        assert repository.count() == before
        return
    try:
        result = apply_plan(repository, plan)
    except SpreadsheetRefused as exc:
        assert plan.errors and str(path) in str(exc)
        assert repository.count() == before  # nothing stored from a refused file
        return
    assert not plan.has_errors
    assert repository.count() == before + len(result.created)


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(vault, tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _outcome(vault.repository, path)


@SETTINGS
@given(
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=len(HEADERS) + 1), max_size=8),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "utf-16"]),
)
def test_random_csv_sheets(vault, tmp_path, rows, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path = tmp_path / "random.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    _outcome(vault.repository, path)


@SETTINGS
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=len(HEADERS)), max_size=6))
def test_random_xlsx_sheets_store_whole_good_rows_only(vault, tmp_path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in rows:
        ws.append([int(c) if c.isdecimal() else c for c in row])
    path = tmp_path / "random.xlsx"
    wb.save(path)
    repository = vault.repository
    try:
        plan = plan_import(repository, path)
    except BadInputFile:
        return
    before = repository.count()
    apply_plan(repository, plan, import_good_rows=True)
    good = [r for r in plan.rows if r.action != "skip"]
    stored = repository.get_profiles([r.profile_id for r in good])
    assert {p["id"] for p in stored} == {r.profile_id for r in good}
    assert repository.count() == before + len(set(plan.to_create))


def _big_xlsx(path, rows: int, tag: str) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(
        [
            "الاسم",
            "Name (English)",
            "تاريخ الميلاد",
            "المهنة",
            "الحالة",
            "تاريخ القبض",
            "مكان الاحتجاز",
            "رقم القضية",
            "النيابة",
            "الاتهامات",
        ]
    )
    for i in range(rows):
        ws.append(
            [
                f"شخص {tag} رقم {i} السيد",
                f"Person {tag} {i} El-Sayed",
                f"{1 + i % 28}/{1 + i % 12}/{1960 + i % 40}",
                "صحفي",
                "محبوس",
                43000 + i % 2000,
                "سجن طرة",
                f"{i % 3000}/2019",
                "أمن الدولة",
                "نشر أخبار كاذبة",
            ]
        )
    wb.save(path)


@pytest.mark.slow
def test_ten_thousand_row_xlsx_scales_linearly(vault, tmp_path):
    """10,000 rows cost about ten times 1,000 rows (a ratio in one run, never an absolute time;
    the absolute figure is printed for the record)."""
    timings = {}
    for rows, tag in ((1_000, "small"), (10_000, "big")):
        path = tmp_path / f"{tag}.xlsx"
        _big_xlsx(path, rows, tag)
        seen: list[tuple] = []
        started = time.perf_counter()
        plan = plan_import(vault.repository, path, progress=lambda *a, s=seen: s.append(a))
        result = apply_plan(vault.repository, plan, progress=lambda *a, s=seen: s.append(a))
        timings[rows] = time.perf_counter() - started
        assert len(result.created) == rows and not plan.problems
        assert ("store", rows, rows) in seen and ("check", rows, rows) in seen
    print(f"\n10,000-row XLSX: planned and stored in {timings[10_000]:.1f} s")
    assert timings[10_000] <= 25 * timings[1_000]
