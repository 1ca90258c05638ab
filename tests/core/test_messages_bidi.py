"""Values quoted into core's Arabic messages are isolated by core/bidi.py, whatever they hold."""

from profileeditor.core import bidi
from profileeditor.core.messages import Term, message, render


def test_values_in_arabic_messages_are_first_strong_isolates():
    for value in ("-5", "2019/13/01", "Ahmed", "أحمد", "Ahmed أحمد"):
        shown = render(message("value.not_a_whole_number", value=value), "ar")
        assert f"{bidi.FSI}{value}{bidi.PDI}" in shown, value
    english = render(message("value.not_a_whole_number", value="-5"), "en")
    assert bidi.strip(english) == english  # English text gets no controls
    # A label (a term, a number) is the app's own words: not isolated.
    hint = render(
        message("value.unknown_term_hint", list="x", value="y", suggestion=Term("sex", "male")),
        "ar",
    )
    assert f"{bidi.FSI}ذكر" not in hint and "ذكر" in hint
    assert bidi.isolate_value("") == ""
