"""A dossier built from real Arabic prose (tests/fixtures/arabic_prose.json) and the items a
reader must get back whole: each paragraph, and each table cell (identity, sessions)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "arabic_prose.json"
TODAY = date(2026, 1, 1)


def paragraphs() -> list[str]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [p["text"] for p in json.load(fh)["paragraphs"]]


def prose_profiles() -> list[dict]:
    """Two women journalists whose biographies are the fixture's paragraphs, one released."""
    paras = paragraphs()
    uid = "00000000-0000-4000-8000-{:012d}"
    first = {
        "id": uid.format(1),
        "name": {"ar": "مروة عرفة", "en": "Marwa Arafa"},
        "aliases": ["Marwa A.", "مروة"],
        "sex": "female",
        "nationality": "EG",
        "profession": "journalist",
        "status": "detained",
        "governorate": {"ar": "القاهرة", "en": "Cairo"},
        "consent": {"level": "full"},
        "bio": {"ar": "\n".join(paras[:4]), "en": "A translator and journalist held since 2020."},
        "detentions": [
            {
                "id": uid.format(11),
                "arrest_date": "2020-04-20",
                "arrest_place": {"ar": "منزلها في القاهرة", "en": "Her home in Cairo"},
                "arresting_authority": {"ar": "قطاع الأمن الوطني", "en": "National Security"},
                "facilities": [
                    {
                        "name": {"ar": "سجن القناطر للنساء", "en": "Qanater women's prison"},
                        "from": "2020-05",
                    },
                ],
            }
        ],
        "cases": [
            {
                "id": uid.format(21),
                "number": "570",
                "year": 2020,
                "prosecution": "supreme_state_security",
                "charges": ["joining_terrorist_group", "spreading_false_news"],
                "proceedings": [
                    {
                        "id": uid.format(100 + i),
                        "date": f"2020-{5 + i // 2:02d}-{1 + 14 * (i % 2):02d}",
                        "type": "renewal",
                        "authority": {"ar": "نيابة أمن الدولة العليا", "en": "SSSP"},
                        "outcome": "renewed",
                        "renewal_days": 15,
                    }
                    for i in range(6)
                ],
            }
        ],
    }
    second = {
        "id": uid.format(2),
        "name": {"ar": "خلود سعيد", "en": "Kholoud Said"},
        "sex": "female",
        "profession": "researcher",
        "status": "released",
        "consent": {"level": "full"},
        "bio": {"ar": "\n".join(paras[4:]), "en": "A researcher and translator."},
        "detentions": [{"id": uid.format(12), "arrest_date": "2020-04-21"}],
    }
    return [first, second]


def arabic_items() -> list[str]:
    """What an Arabic reader must find whole: paragraphs and table cells."""
    cells = [
        "مروة عرفة",
        "منزلها في القاهرة",
        "قطاع الأمن الوطني",
        "سجن القناطر للنساء",
        "نيابة أمن الدولة العليا",
        "خلود سعيد",
    ]
    return paragraphs() + cells
