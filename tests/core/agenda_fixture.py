"""A fixture vault's profiles whose agenda on TODAY is known item by item (issue 16).

Window on 1 December 2026: 24 November – 31 December. EXPECTED lists every dated item the
agenda must show at internal level, EXPECTED_ATTENTION the records needing attention.
"""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 12, 1)


def pid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _uid(n: int) -> str:
    return f"10000000-0000-4000-8000-{n:012d}"


def _proc(n, day, type_="renewal", outcome="renewed", renewal=None, next_date=None):
    out = {"id": _uid(n), "date": day, "type": type_}
    if outcome:
        out["outcome"] = outcome
    if renewal is not None:
        out["renewal_days"] = renewal
    if next_date:
        out["next_date"] = next_date
    return out


def profiles() -> list[dict]:
    recent = "2026-11-29T10:00:00Z"
    return [
        {  # held; 1,000 days on 11 Dec; birthday; two cases, renewals of 15 and 45 days
            "id": pid(1),
            "name": {"ar": "علاء عبد الفتاح", "en": "Alaa Abdel Fattah"},
            "sex": "male",
            "status": "detained",
            "birth_date": "1990-12-20",
            "consent": {"level": "full"},
            "updated_at": recent,
            "detentions": [{"id": _uid(101), "arrest_date": "2024-03-16"}],
            "cases": [
                {
                    "id": _uid(201),
                    "number": "1365",
                    "year": 2019,
                    "proceedings": [
                        _proc(301, "2026-11-05", renewal=15, next_date="2026-11-20"),
                        _proc(302, "2026-11-20", renewal=15, next_date="2026-12-05"),
                    ],
                },
                {
                    "id": _uid(202),
                    "number": "911",
                    "year": 2022,
                    "proceedings": [_proc(303, "2026-11-10", renewal=45)],
                },
            ],
        },
        {  # partial consent; crosses the legal limit today; 2nd anniversary; stale; no outcome
            "id": pid(2),
            "name": {"ar": "سلمى منصور", "en": "Salma Mansour"},
            "sex": "female",
            "status": "detained",
            "consent": {"level": "partial"},
            "updated_at": "2026-08-01T09:00:00Z",
            "detentions": [{"id": _uid(102), "arrest_date": "2024-11-30"}],
            "cases": [
                {
                    "id": _uid(203),
                    "number": "1100",
                    "year": 2024,
                    "proceedings": [
                        _proc(304, "2026-11-14", renewal=15, next_date="2026-11-28"),
                        _proc(305, "2026-11-28", outcome=None),
                    ],
                },
            ],
        },
        {  # released: a trial hearing still comes, no milestone and no birthday
            "id": pid(3),
            "name": {"ar": "عمر زكي", "en": "Omar Zaki"},
            "status": "released",
            "birth_date": "1985-12-10",
            "consent": {"level": "full"},
            "updated_at": "2026-01-01T00:00:00Z",
            "detentions": [
                {"id": _uid(103), "arrest_date": "2024-03-16", "release_date": "2025-01-01"}
            ],
            "cases": [
                {
                    "id": _uid(204),
                    "number": "500",
                    "year": 2024,
                    "proceedings": [
                        _proc(306, "2026-10-15", "hearing", "postponed", next_date="2026-12-15")
                    ],
                },
            ],
        },
        {  # arrest known to the month: 1,000 days on 26 Nov, approximate
            "id": pid(4),
            "name": {"ar": "هدى فتحي", "en": "Hoda Fathy"},
            "status": "detained",
            "consent": {"level": "full"},
            "updated_at": recent,
            "detentions": [{"id": _uid(104), "arrest_date": "2024-03"}],
        },
        {  # arrest known to the year: no count, but a birthday after that year is in detention
            "id": pid(5),
            "name": {"ar": "كريم بدوي", "en": "Karim Badawi"},
            "status": "detained",
            "birth_date": "1995-12-03",
            "consent": {"level": "full"},
            "updated_at": recent,
            "detentions": [{"id": _uid(105), "arrest_date": "2021"}],
        },
        {  # released without a release date: a contradiction, no milestone
            "id": pid(6),
            "name": {"ar": "زياد قاسم", "en": "Ziad Kassem"},
            "status": "released",
            "consent": {"level": "full"},
            "updated_at": recent,
            "detentions": [{"id": _uid(106), "arrest_date": "2024-03-16"}],
        },
        {  # consented, but the cases raised to internal: no session outside internal
            "id": pid(9),
            "name": {"ar": "يوسف السيد", "en": "Youssef El-Sayed"},
            "status": "detained",
            "consent": {"level": "full"},
            "updated_at": recent,
            "sensitivity": {"cases": "internal"},
            "detentions": [{"id": _uid(109), "arrest_date": "2026-07-15"}],
            "cases": [
                {
                    "id": _uid(209),
                    "number": "77",
                    "year": 2026,
                    "proceedings": [_proc(309, "2026-11-25", renewal=15, next_date="2026-12-10")],
                },
            ],
        },
    ]


TRASHED = {  # in the trash: nothing of it appears
    "id": pid(8),
    "name": {"ar": "محذوف", "en": "Trashed Person"},
    "status": "detained",
    "consent": {"level": "full"},
    "detentions": [{"id": _uid(108), "arrest_date": "2024-03-16"}],
}

# (date, kind, profile number, count, case id, expected, approximate)
EXPECTED = [
    ("2026-11-25", "session", 9, None, _uid(209), False, False),
    ("2026-11-26", "days", 4, 1000, None, False, True),
    ("2026-11-28", "session", 2, None, _uid(203), False, False),
    ("2026-11-30", "anniversary", 2, 2, None, False, False),
    ("2026-12-01", "legal_limit", 2, 730, None, False, False),
    ("2026-12-03", "birthday", 5, 31, None, False, False),
    ("2026-12-05", "session", 1, None, _uid(201), False, False),
    ("2026-12-10", "session", 9, None, _uid(209), False, False),
    ("2026-12-11", "days", 1, 1000, None, False, False),
    ("2026-12-15", "session", 3, None, _uid(204), False, False),
    ("2026-12-20", "birthday", 1, 36, None, False, False),
    ("2026-12-25", "session", 1, None, _uid(202), True, False),
]
EXPECTED_ATTENTION = [
    ("2026-11-28", "no_outcome", 2, None, _uid(203), False, False),
    ("2026-10-30", "stale", 2, 122, None, False, False),
    ("2026-12-01", "contradiction", 6, None, None, False, False),
]


def as_tuple(item) -> tuple:
    return (
        item.day.isoformat(),
        item.kind,
        int(item.profile_id[-12:]),
        item.count,
        item.case_id,
        item.expected,
        item.approximate,
    )


def make_vault(vault) -> None:
    repo = vault.repository
    for profile in profiles():
        repo.create_profile(profile)
    repo.create_profile(dict(TRASHED))
    repo.delete_profile(TRASHED["id"])


def dated_out_of_order() -> list[dict]:
    """Two held people whose records core/facts.py warns about: a session dated before the first
    arrest (Sami Nabil), a birth after an arrest (Mona Said). Nothing else of theirs is due."""
    base = {"status": "detained", "consent": {"level": "full"}}
    base["updated_at"] = "2026-11-30T00:00:00Z"
    session_first = {
        **base,
        "id": pid(40),
        "name": {"ar": "سامي نبيل", "en": "Sami Nabil"},
        "detentions": [{"id": pid(41), "arrest_date": "2026-01-01"}],
        "cases": [
            {
                "id": pid(42),
                "number": "7",
                "year": 2025,
                "proceedings": [{"id": pid(43), "date": "2025-06-01", "outcome": "renewed"}],
            }
        ],
    }
    born_later = {
        **base,
        "id": pid(44),
        "name": {"ar": "منى سعيد", "en": "Mona Said"},
        "birth_date": "2021-05-05",
        "detentions": [{"id": pid(45), "arrest_date": "2020-01-01"}],
    }
    return [session_first, born_later]
