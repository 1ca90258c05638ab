"""Core's messages (core/messages.py: a code and parameters) in the interface language.

The English templates live in core; their Arabic translations are in the catalogue under the
context ``CoreMessages`` (resources/translations/appshell_ar.ts; a test checks that every
template has one with the same placeholders). Parameters are written by core's ``render`` for
the language: field labels, vocabulary labels, dates with month names, digits as the vault asks.

A user's value inside a sentence of the interface (a name, a contact's, a file name, a value
typed in a field) goes through ``quote``: its bidi controls dropped (core/bidi.py CONTROLS: an
override U+202E in a name turned the rest of the dialog's message around, a stray PDI closed the
isolate it sat in) and the rest isolated (``bidi.isolate_value``). ``fill`` puts quoted values
into a tr() string's %1, %2… in one pass, so that a value holding "%2" is not read as one; core's
messages have their values' controls dropped before ``render`` words them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from profileeditor.core import bidi
from profileeditor.core.messages import Date, Field, Message, Term, Where, render
from profileeditor.gui import i18n

CONTEXT = "CoreMessages"
_PLACEHOLDER = re.compile(r"%([1-9])")


def quote(value: object) -> str:
    """A user's value as it sits in a sentence: without bidi controls, isolated (see above)."""
    return bidi.isolate_value(bidi.strip(str(value)))


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass: an int as its digits, any
    other value ``quote``d."""

    def one(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        value = values[index]
        return str(value) if isinstance(value, int) else quote(value)

    return _PLACEHOLDER.sub(one, template)


def _without_controls(value: Any) -> Any:
    """A message parameter with the bidi controls of its user text dropped (core's ``render``
    isolates the values it writes in Arabic, and writes them as they are in English)."""
    if isinstance(value, str):
        return bidi.strip(value)
    if isinstance(value, list):
        return [_without_controls(v) for v in value]
    if isinstance(value, Message):
        return Message(value.code, {k: _without_controls(v) for k, v in value.params.items()})
    if isinstance(value, Term):
        return Term(value.list_name, bidi.strip(value.code))
    if isinstance(value, Date):
        return Date(bidi.strip(value.value))
    if isinstance(value, Field):
        return Field(bidi.strip(value.path))
    if isinstance(value, Where):
        return Where(tuple(bidi.strip(p) if isinstance(p, str) else p for p in value.parts))
    return value


def text(msg: Message | str) -> str:
    """``msg`` in the interface language (a plain string, from code not yet giving messages,
    as it is but for its bidi controls)."""
    if not isinstance(msg, Message):
        return bidi.strip(str(msg))
    return render(_without_controls(msg), i18n.language(), i18n.arabic_digits(), _translate)


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def error_text(error: BaseException) -> str:
    """An error for a message box: its message when core gave one, else its text."""
    detail: Any = getattr(error, "detail", None)
    return text(detail) if isinstance(detail, Message) else bidi.strip(str(error))


def problem_text(problem: Any) -> str:
    """An import problem (importers.spreadsheet.Problem) in the interface language."""
    detail = getattr(problem, "detail", None)
    return text(detail) if isinstance(detail, Message) else bidi.strip(str(problem.message))
