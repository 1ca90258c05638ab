"""The one passphrase policy (length and a zxcvbn strength estimate)."""

from __future__ import annotations

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core import passphrase_policy as policy


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("", policy.EMPTY),
        ("a", policy.TOO_SHORT),
        ("Tr0ub4dor&3", policy.TOO_SHORT),
        ("password123456", policy.GUESSABLE),
        ("aaaaaaaaaaaaaaaaaaaa", policy.GUESSABLE),
        ("abcdefghijklmnopqrst", policy.GUESSABLE),
        ("qwertyuiopasdfgh", policy.GUESSABLE),
        ("x" * (policy.MAX_LENGTH + 1), policy.TOO_LONG),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase, problem):
    verdict = policy.assess(passphrase)
    assert not verdict.ok and verdict.problem == problem
    assert "\n" not in verdict.message
    with pytest.raises(policy.WeakPassphrase):
        policy.require_strong(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    [PASSPHRASE, "cli test passphrase", "الحرية للمعتقلين", "purple tiger 1987 lantern"],
)
def test_strong_passphrases_pass(passphrase):
    verdict = policy.assess(passphrase)
    assert verdict.ok, verdict
    assert verdict.level >= 3
    policy.require_strong(passphrase)


def test_user_inputs_count_against_the_passphrase():
    name = "zainab-el-masry-files"
    assert policy.assess(name).ok
    assert not policy.assess(name, user_inputs=[name]).ok


def test_a_long_paste_is_estimated_quickly():
    import time

    start = time.perf_counter()
    policy.assess("correct horse " * 70)
    short = time.perf_counter()
    policy.assess(PASSPHRASE)
    end = time.perf_counter()
    # Bounded by the 72 characters looked at: the long paste costs no more than a few short ones.
    assert (short - start) < 20 * max(end - short, 1e-3)
