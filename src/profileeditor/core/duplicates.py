"""Likely duplicate profiles, the "not duplicates" marks, and merging two profiles into one.

Names are compared as consonant skeletons common to Arabic script and Egyptian transliteration:
``أحمد محمد عبد الله``, ``احمد محمد عبدالله`` and ``Ahmed Mohamed Abdallah`` all become
``hmd mhmd bdl`` — vowels, ain, alef and ya dropped (they are what transliterations disagree on),
waw kept as "w" (so Mahmoud is not Mohamed), digraphs folded (kh→k, sh→s, q→k, j→g as Egyptians say it), "عبد ال…"/"Abd El-…" and
"ال"/"El-" joined to the next word, doubled letters and a final h dropped. rapidfuzz scores the
skeletons; birth dates, case numbers and governorate then raise or lower the score, and two
different exact birth dates rule a pair out.

Blocking keeps a 10,000-profile vault fast: only profiles that share two of their first three
name skeletons are compared.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from profileeditor.core import arabic
from profileeditor.core.messages import Message, message
from profileeditor.core.repository import Repository, flatten

SETTING_NOT_DUPLICATES = "not_duplicates"
THRESHOLD = 90.0

# -- transliteration-aware skeletons -------------------------------------------------------------

_ARABIC_CONSONANTS = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "g",
        "ح": "h",
        "خ": "k",
        "د": "d",
        "ذ": "z",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "s",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "غ": "g",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        # Dropped: what transliterations write as vowels, or not at all.
        "ا": "",
        "ع": "",
        "و": "w",  # kept: محمود (Mahmoud) is not محمد (Mohamed); Latin "ou"/"oo" → w
        "ي": "",
        "ء": "",
        "پ": "b",
        "چ": "g",
        "ڤ": "f",
        "گ": "g",
    }
)
_LATIN_DIGRAPHS = (
    ("ou", "w"),
    ("oo", "w"),
    ("kh", "k"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
    ("ch", "s"),
    ("q", "k"),
    ("j", "g"),
    ("c", "k"),
    ("x", "ks"),
    ("v", "f"),
    ("p", "b"),
)
_JOINERS = {"abd", "abdel", "abdal", "abdul", "abdil", "abu", "abou", "abo", "عبد", "ابو"}
_ARTICLES = {"el", "al", "ul", "il", "ال"}


_PUNCTUATION = re.compile(r"[\-‐'’`ʿʾ.]")
_NON_WORD = re.compile(r"[^\w]+")
_VOWELS = re.compile(r"[aeiouy]")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_REPEATS = re.compile(r"(.)\1+")


def _words(name: str) -> list[str]:
    text = _PUNCTUATION.sub(" ", arabic.normalize(name))
    return [w for w in _NON_WORD.split(text) if w]


def _joined(words: list[str]) -> list[str]:
    """ "عبد" / "Abd" / "Abu" and articles join the following word: عبد الله → عبدالله,
    Abd El Lah → abdellah, El Sayed → elsayed."""
    out: list[str] = []
    carry = ""
    for word in words:
        if word in _JOINERS or word in _ARTICLES:
            carry += word
            continue
        out.append(carry + word)
        carry = ""
    if carry:
        out.append(carry)
    return out


# Names are made of few distinct words (Mohamed, Ahmed, محمد…): a bulk import skeletons each
# once instead of once per name (a tenth of a 100,000-profile import's CPU time). Bounded.
@functools.lru_cache(maxsize=1 << 16)
def _skeleton(word: str) -> str:
    if arabic.has_arabic(word):
        text = word.translate(_ARABIC_CONSONANTS)
    else:
        text = word.lower()
        for old, new in _LATIN_DIGRAPHS:
            text = text.replace(old, new)
        text = _VOWELS.sub("", text)
    text = _NON_ALNUM.sub("", text)
    text = _REPEATS.sub(r"\1", text)
    if len(text) > 2 and text.endswith("h"):  # Abdallah/Abdalla, فاطمة/Fatma
        text = text[:-1]
    return text


def word_skeletons(name: str | None) -> list[str]:
    """The skeleton of each word of ``name`` alone, its article dropped: what the search indexes
    so that "shenawi" finds "El-Shenawy" and الشناوي (issue 13 item 11)."""
    return [s for s in map(_word_skeleton, _words(name or "")) if s]


def forget_words() -> None:
    """Empty the skeleton caches (the vault locks: no name words kept in memory for it)."""
    _skeleton.cache_clear()
    _word_skeleton.cache_clear()


@functools.lru_cache(maxsize=1 << 16)
def _word_skeleton(word: str) -> str:
    if word in _ARTICLES or word in _JOINERS:
        return ""
    for article in ("ال", "el", "al"):
        if word.startswith(article) and len(word) > len(article) + 2:
            word = word[len(article) :]
            break
    return _skeleton(word)


def name_skeleton(name: str | None) -> list[str]:
    """The comparable form of a name, word by word (see the module docstring)."""
    if not name:
        return []
    return [s for s in (_skeleton(w) for w in _joined(_words(name))) if s]


def name_similarity(a: str | None, b: str | None) -> float:
    """0–100: how alike two names are across scripts and spellings."""
    return _score(name_skeleton(a), name_skeleton(b))


def _score(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    # In order: Arabic names are given name, father, grandfather — the order carries meaning,
    # and brothers share all but the first. Half the score is the weakest aligned word.
    shorter = min(len(a), len(b))
    whole = fuzz.ratio(" ".join(a), " ".join(b))
    if shorter >= 3 and len(a) != len(b):  # a four-part name against its three-part short form
        whole = max(whole, 0.95 * fuzz.ratio(" ".join(a[:shorter]), " ".join(b[:shorter])))
    weakest = min(fuzz.ratio(x, y) for x, y in zip(a[:shorter], b[:shorter], strict=True))
    return float(0.5 * whole + 0.5 * weakest)


# -- finding pairs -------------------------------------------------------------------------------


@dataclass
class Person:
    """What duplicate detection looks at in a profile."""

    id: str
    names: list[str]
    birth_date: str | None = None
    governorate: set[str] = field(default_factory=set)
    case_numbers: set[str] = field(default_factory=set)
    skeletons: list[list[str]] = field(default_factory=list)


@dataclass
class DuplicatePair:
    a: str
    b: str
    score: float
    name_a: str
    name_b: str
    # Why they look alike, as messages (core/messages.py): the GUI words them in its language.
    reasons: list[Message] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 1),
            "names": [self.name_a, self.name_b],
            "reasons": [str(r) for r in self.reasons],
        }


def _case_numbers(text: str | None) -> set[str]:
    return {c.strip() for c in (text or "").split(",") if c.strip()}


def _people(repository: Repository) -> list[Person]:
    """Every live profile's names and case numbers (one query through the list's search)."""
    total = repository.count()
    if not total:
        return []
    people = []
    for summary in repository.search(limit=total + 1):
        names = [n for n in (summary.name_ar, summary.name_en) if n]
        person = Person(summary.id, names, case_numbers=_case_numbers(summary.case_numbers))
        person.skeletons = [s for s in (name_skeleton(n) for n in names) if s]
        people.append(person)
    return people


def _fill_details(repository: Repository, people: dict[str, Person]) -> None:
    """Birth date and governorate for the people in candidate pairs only."""
    ids = list(people)
    for profile in repository.iter_profiles(ids, chunk=500, with_data=False):
        person = people[profile["id"]]
        person.birth_date = profile.get("birth_date")
        person.governorate = {
            arabic.normalize(v) for v in (profile.get("governorate") or {}).values() if v
        }
        person.names += list(profile.get("aliases") or [])


def _blocks(skeleton: tuple[str, ...]) -> set[tuple[str, str]]:
    head = skeleton[:3]
    if len(head) == 1:
        return {(head[0], "")}
    return {_pair_key(a, b) for a, b in itertools.combinations(head, 2)}


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def not_duplicates(repository: Repository) -> set[tuple[str, str]]:
    return {_pair_key(*pair) for pair in repository.get_setting(SETTING_NOT_DUPLICATES, []) or []}


def mark_not_duplicates(repository: Repository, a: str, b: str) -> None:
    """Remember that two profiles are different people; they are not proposed again."""
    marks = not_duplicates(repository) | {_pair_key(a, b)}
    repository.set_setting(SETTING_NOT_DUPLICATES, sorted([list(p) for p in marks]))


def _judge(a: Person, b: Person, name_score: float) -> tuple[float, list[Message]]:
    score, reasons = name_score, [message("dup.names", percent=round(name_score))]
    if a.birth_date and b.birth_date:
        if a.birth_date == b.birth_date:
            score += 10
            reasons.append(message("dup.same_birth_date"))
        elif len(a.birth_date) == len(b.birth_date) == 10:
            return 0.0, [message("dup.different_birth_dates")]
        elif a.birth_date[:4] != b.birth_date[:4]:
            score -= 15
            reasons.append(message("dup.different_birth_years"))
    shared = a.case_numbers & b.case_numbers
    if shared:
        score += 5
        reasons.append(message("dup.shared_cases", cases=", ".join(sorted(shared))))
    if a.governorate and b.governorate:
        if a.governorate & b.governorate:
            score += 3
            reasons.append(message("dup.same_governorate"))
        else:
            score -= 5
            reasons.append(message("dup.different_governorates"))
    return min(score, 100.0), reasons


def find_duplicates(
    repository: Repository,
    threshold: float = THRESHOLD,
    among: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[DuplicatePair]:
    """Likely duplicate pairs, best first; pairs marked "not duplicates" are left out.

    ``among``: only pairs with at least one of these ids (after an import: the new profiles).
    """
    people = _people(repository)
    by_id = {p.id: p for p in people}
    # Compare distinct name skeletons, not people: common names repeat, and a vault's thousands
    # of "Mohamed …" then cost one comparison per distinct pair of names.
    holders: dict[tuple[str, ...], list[str]] = {}
    for person in people:
        for skeleton in {tuple(s) for s in person.skeletons}:
            holders.setdefault(skeleton, []).append(person.id)
    blocks: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for skeleton in holders:
        for block in _blocks(skeleton):
            blocks.setdefault(block, []).append(skeleton)
    similar: dict[tuple, float] = {(s, s): 100.0 for s in holders}
    for done, members in enumerate(blocks.values(), start=1):
        for x, y in itertools.combinations(members, 2):
            pair = (x, y) if x < y else (y, x)
            if pair not in similar:
                similar[pair] = _score(list(x), list(y))
        if progress and done % 1000 == 0:
            progress(done, len(blocks))
    focus = set(among) if among is not None else None
    refused = not_duplicates(repository)
    candidates: dict[tuple[str, str], float] = {}
    for (x, y), name_score in similar.items():
        if name_score < threshold - 15:  # the other signals add at most 18
            continue
        for a_id in holders[x]:
            for b_id in holders[y]:
                if a_id == b_id:
                    continue
                key = _pair_key(a_id, b_id)
                if key in refused or candidates.get(key, -1.0) >= name_score:
                    continue
                if focus is not None and a_id not in focus and b_id not in focus:
                    continue
                candidates[key] = name_score
    involved = {i for pair in candidates for i in pair}
    _fill_details(repository, {i: by_id[i] for i in involved})
    pairs = []
    for (a_id, b_id), name_score in candidates.items():
        a, b = by_id[a_id], by_id[b_id]
        score, reasons = _judge(a, b, name_score)
        if score >= threshold:
            pairs.append(DuplicatePair(a_id, b_id, score, a.names[0], b.names[0], reasons))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


# -- merging -------------------------------------------------------------------------------------


def differing_fields(first: dict, second: dict) -> dict[str, tuple]:
    """Field paths whose values differ, with (first's, second's) value — what the GUI shows side
    by side for the user to choose."""
    a, b = flatten(first), flatten(second)
    return {
        path: (a.get(path), b.get(path))
        for path in list(a) + [p for p in b if p not in a]
        if path not in ("id",) and a.get(path) != b.get(path)
    }


def merge_profiles(
    repository: Repository, survivor_id: str, other_id: str, choices: dict[str, str] | None = None
) -> dict:
    """Merge ``other`` into ``survivor`` field by field and move ``other`` to the trash.

    ``choices`` maps a field path to "survivor" or "other"; a field only one of them has is kept
    without asking (the other's detentions, cases and events are added), and a field both have
    with different values keeps the survivor's unless chosen. The survivor is written through
    ``update_profile`` (every change in its history); the other stays restorable in the trash.
    Names the survivor loses become aliases.
    """
    # One transaction: a crash or an error leaves both profiles as they were, never the survivor
    # merged with the other still live (or the other trashed with the survivor unmerged).
    with repository.transaction():
        _merge(repository, survivor_id, other_id, choices or {})
    return repository.get_profile(survivor_id)


def _merge(repository: Repository, survivor_id: str, other_id: str, choices: dict) -> None:
    from profileeditor.core.exchange import unflatten

    survivor = repository.get_profile(survivor_id)
    other = repository.get_profile(other_id)
    merged_flat = dict(flatten(survivor))
    for path, value in flatten(other).items():
        if path == "id" or (path.endswith("].id") and path in merged_flat):
            continue
        if path not in merged_flat or merged_flat[path] is None or choices.get(path) == "other":
            merged_flat[path] = value
    merged = unflatten(merged_flat)
    merged["id"] = survivor_id
    aliases = list(merged.get("aliases") or [])
    for name in list((survivor.get("name") or {}).values()) + list(
        (other.get("name") or {}).values()
    ):
        if name and name not in (merged.get("name") or {}).values() and name not in aliases:
            aliases.append(name)
    if aliases:
        merged["aliases"] = aliases
    _carry_data(merged, survivor, other)
    repository.update_profile(merged)
    repository.delete_profile(other_id)


def _carry_data(merged: dict, *sources: dict) -> None:
    data = {
        (a.get("id"), a.get("sha256")): a["data"]
        for source in sources
        for a in source.get("attachments") or []
        if a.get("data") is not None
    }
    for attachment in merged.get("attachments") or []:
        found = data.get((attachment.get("id"), attachment.get("sha256")))
        if found is not None:
            attachment["data"] = found
