"""Partial dates as the interchange format writes them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

from __future__ import annotations

import calendar
import re
from datetime import date

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


class PartialDateError(ValueError):
    pass


def _parts(value: str) -> tuple[int, int | None, int | None]:
    match = PARTIAL_DATE.match(value.strip())
    if not match:
        raise PartialDateError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def is_partial_date(value: str) -> bool:
    try:
        earliest(value)
    except PartialDateError:
        return False
    return True


def is_exact(value: str) -> bool:
    return _parts(value)[2] is not None


def earliest(value: str) -> date:
    """The first day the partial date can mean ("2019-05" → 2019-05-01)."""
    year, month, day = _parts(value)
    try:
        return date(year, month or 1, day or 1)
    except ValueError as exc:  # 2019-02-30 passes the pattern but is no day
        raise PartialDateError(f"no such day: {value!r}") from exc


def latest(value: str) -> date:
    """The last day the partial date can mean ("2019-05" → 2019-05-31)."""
    year, month, day = _parts(value)
    if month is None:
        return date(year, 12, 31)
    if day is None:
        return date(year, month, calendar.monthrange(year, month)[1])
    return earliest(value)
