"""Turning what a researcher types into stored values: digits, partial dates, whole numbers.

No Qt. Arabic keyboards type Arabic-Indic digits (٠١٢…) and Persian keyboards Extended
Arabic-Indic ones (۰۱۲…); both are accepted wherever a number or a date is asked for, as are
``/`` and ``.`` between the parts of a date and one-digit months and days.
"""

from __future__ import annotations

import re

from profileeditor.core import dates

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DATE_PARTS = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


class InputError(ValueError):
    def __init__(self, reason: str, bound: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.bound = bound


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def parse_partial_date(text: str) -> str | None:
    """``"2019"``, ``"2019-5"``, ``"٢٠١٩/٠٥/١٢"`` → ISO partial date; "" → None.

    Raises InputError whose ``reason`` ("format", "month", "no_day") the widget words for the
    user in the interface language.
    """
    cleaned = ascii_digits(text).strip().replace("\u200f", "").replace("\u200e", "")
    if not cleaned:
        return None
    match = _DATE_PARTS.match(cleaned)
    if not match:
        raise InputError("format")
    year, month, day = match.groups()
    value = year
    if month:
        value += f"-{int(month):02d}"
    if day:
        value += f"-{int(day):02d}"
    if month and not 1 <= int(month) <= 12:
        raise InputError("month")
    try:
        dates.earliest(value)
    except dates.PartialDateError as exc:
        raise InputError("no_day") from exc
    return value


def parse_int(text: str, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """A whole number in ASCII or Arabic digits; "" → None. Raises InputError
    ("number", "min" or "max" with the bound)."""
    cleaned = ascii_digits(text).strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise InputError("number")
    value = int(cleaned)
    if minimum is not None and value < minimum:
        raise InputError("min", minimum)
    if maximum is not None and value > maximum:
        raise InputError("max", maximum)
    return value
