"""The one passphrase policy: a minimum length and a minimum strength estimate, used wherever a
passphrase is chosen (CLI ``init``/``demo``/``passwd``, GUI create and change, passphrase bundles).

The estimate is zxcvbn's (dictionaries, keyboard patterns, repeats, sequences, dates, l33t), as
log10 of the guesses an attacker needs. The floor, 10^12 guesses, is set against an offline attack
on a seized ``vault.key``: at the Argon2id floor (64 MiB, 3 passes) a rig of a hundred GPUs
manages on the order of 10^5 guesses a second, so 10^12 is months of work rather than hours.
Arabic words are not in zxcvbn's dictionaries and are estimated as random characters — the
length minimum keeps that over-estimate from letting a single short word through.

Opening a vault never applies the policy: an old vault's weaker passphrase still opens it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MIN_LENGTH = 12
MIN_GUESSES_LOG10 = 12.0
# zxcvbn's cost grows with length; it looks at this many characters (a longer passphrase is at
# least as strong as its first 72 characters).
_ESTIMATE_CHARS = 72
# Beyond this a "passphrase" is a pasted file, not something typed.
MAX_LENGTH = 1024

# Problem codes (callers translate them; ``message`` is the English one-liner for the CLI).
EMPTY, TOO_SHORT, TOO_LONG, GUESSABLE = "empty", "too_short", "too_long", "guessable"


class WeakPassphrase(ValueError):
    """The passphrase does not meet the policy; ``assessment`` says why."""

    def __init__(self, assessment: Assessment):
        super().__init__(assessment.message)
        self.assessment = assessment


@dataclass(frozen=True)
class Assessment:
    ok: bool
    problem: str  # "" when ok, else one of the codes above
    length: int
    guesses_log10: float
    level: int  # 0 empty, 1 weak, 2 nearly, 3 good, 4 strong — for a meter
    message: str  # English, one line
    suggestion: str = ""  # zxcvbn's first suggestion or warning, English


def _estimate(passphrase: str, user_inputs: Iterable[str]) -> tuple[float, str]:
    from zxcvbn import zxcvbn

    result = zxcvbn(
        passphrase[:_ESTIMATE_CHARS],
        user_inputs=[s for s in user_inputs if s],
        max_length=_ESTIMATE_CHARS,
    )
    feedback = result.get("feedback") or {}
    suggestion = feedback.get("warning") or next(iter(feedback.get("suggestions") or []), "")
    return float(result["guesses_log10"]), str(suggestion)


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Assessment:
    """Judge ``passphrase``; ``user_inputs`` are words an attacker would try first (the vault's
    folder name, the user's name)."""
    length = len(passphrase)
    if not passphrase:
        return Assessment(False, EMPTY, 0, 0.0, 0, "the passphrase is empty")
    if length > MAX_LENGTH:
        return Assessment(
            False,
            TOO_LONG,
            length,
            0.0,
            1,
            f"the passphrase is longer than {MAX_LENGTH} characters",
        )
    guesses, suggestion = _estimate(passphrase, user_inputs)
    if length < MIN_LENGTH:
        return Assessment(
            False,
            TOO_SHORT,
            length,
            guesses,
            1,
            f"the passphrase is too short: use at least {MIN_LENGTH} characters, "
            "better several words",
            suggestion,
        )
    if guesses < MIN_GUESSES_LOG10:
        return Assessment(
            False,
            GUESSABLE,
            length,
            guesses,
            1 if guesses < MIN_GUESSES_LOG10 - 2 else 2,
            "the passphrase is too easy to guess: add uncommon words"
            + (f" ({suggestion.rstrip('.')})" if suggestion else ""),
            suggestion,
        )
    return Assessment(True, "", length, guesses, 3 if guesses < 16 else 4, "ok", suggestion)


def require_strong(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise ``WeakPassphrase`` unless ``passphrase`` meets the policy."""
    assessment = assess(passphrase, user_inputs)
    if not assessment.ok:
        raise WeakPassphrase(assessment)
