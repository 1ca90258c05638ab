"""Core's messages (core/messages.py: a code and parameters) in the interface language.

The English templates live in core; their Arabic translations are in the catalogue under the
context ``CoreMessages`` (resources/translations/appshell_ar.ts; a test checks that every
template has one with the same placeholders). Parameters are written by core's ``render`` for
the language: field labels, vocabulary labels, dates with month names, digits as the vault asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from profileeditor.core.messages import Message, render
from profileeditor.gui import i18n

CONTEXT = "CoreMessages"


def text(msg: Message | str) -> str:
    """``msg`` in the interface language (a plain string, from code not yet giving messages,
    as it is)."""
    if not isinstance(msg, Message):
        return str(msg)
    return render(msg, i18n.language(), i18n.arabic_digits(), _translate)


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def error_text(error: BaseException) -> str:
    """An error for a message box: its message when core gave one, else its text."""
    detail: Any = getattr(error, "detail", None)
    return text(detail) if isinstance(detail, Message) else str(error)


def problem_text(problem: Any) -> str:
    """An import problem (importers.spreadsheet.Problem) in the interface language."""
    detail = getattr(problem, "detail", None)
    return text(detail) if isinstance(detail, Message) else str(problem.message)
