"""Synthetic, realistic-looking profiles (Arabic and English names, bios, cases, renewals) for
benchmarks and crash tests. Deterministic for a seed; every person is invented."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

FIRST = [
    ("أحمد", "Ahmed"),
    ("محمد", "Mohamed"),
    ("محمود", "Mahmoud"),
    ("علاء", "Alaa"),
    ("إسلام", "Eslam"),
    ("عمر", "Omar"),
    ("يوسف", "Youssef"),
    ("كريم", "Karim"),
    ("مصطفى", "Moustafa"),
    ("حسن", "Hassan"),
    ("سلمى", "Salma"),
    ("نورهان", "Nourhan"),
    ("هالة", "Hala"),
    ("مريم", "Mariam"),
    ("آية", "Aya"),
    ("إسراء", "Esraa"),
    ("خالد", "Khaled"),
    ("طارق", "Tarek"),
    ("زياد", "Ziad"),
    ("هدى", "Hoda"),
    ("سارة", "Sara"),
    ("عبد الرحمن", "Abdelrahman"),
    ("إبراهيم", "Ibrahim"),
    ("مؤمن", "Moemen"),
]
FAMILY = [
    ("منصور", "Mansour"),
    ("الشناوي", "El-Shenawy"),
    ("عبد الحليم", "Abdel-Halim"),
    ("زكي", "Zaki"),
    ("السيد", "El-Sayed"),
    ("رمضان", "Ramadan"),
    ("بدوي", "Badawi"),
    ("عبد الله", "Abdallah"),
    ("فتحي", "Fathy"),
    ("عادل", "Adel"),
    ("سمير", "Samir"),
    ("الجمال", "El-Gamal"),
    ("حسين", "Hussein"),
    ("عبد الرؤوف", "Abdel-Raouf"),
    ("نصار", "Nassar"),
    ("الشريف", "El-Sherif"),
    ("قاسم", "Kassem"),
]
GOVERNORATES = [
    ("القاهرة", "Cairo"),
    ("الجيزة", "Giza"),
    ("الإسكندرية", "Alexandria"),
    ("أسوان", "Aswan"),
    ("المنيا", "Minya"),
    ("الشرقية", "Sharqia"),
]
FACILITIES = [
    ("سجن بدر ١", "Badr 1 Prison"),
    ("سجن طرة شديد الحراسة", "Tora Maximum Security Prison"),
    ("مركز الإصلاح والتأهيل بوادي النطرون", "Wadi El-Natrun Rehabilitation Centre"),
    ("سجن المنيا", "Minya Prison"),
    ("قسم شرطة الدقي", "Dokki Police Station"),
    ("سجن برج العرب", "Borg El-Arab Prison"),
]
PROFESSIONS = [
    "journalist",
    "human_rights_defender",
    "lawyer",
    "activist",
    "environmental_defender",
    "student",
    "researcher",
    "blogger",
]
STATUSES = ["detained"] * 5 + [
    "sentenced",
    "disappeared",
    "released",
    "released_with_measures",
    "travel_ban",
]
CHARGES = [
    "joining_terrorist_group",
    "spreading_false_news",
    "misuse_social_media",
    "assisting_terrorist_group",
    "unauthorized_protest",
    "financing_terrorism",
]
BIO_AR = [
    "اعتُقِل من منزله فجرًا واحتُجز تعسفيًا دون أمر قضائي.",
    "عمل في مجال الإعلام وكتب عن قضايا البيئة والمناخ قبل القبض عليه.",
    "ظهر أمام نيابة أمن الدولة العليا بعد أيام من الاختفاء القسري.",
    "تدهورت حالته الصحية في السجن ومُنعت عنه الزيارة لشهور.",
    "شارك في حملات للدفاع عن الحق في حرية التعبير والتجمع السلمي.",
    "تم تدويره على ذمة قضية جديدة بعد صدور قرار بإخلاء سبيله.",
]
BIO_EN = [
    "Arrested at dawn from the family home and held arbitrarily without a warrant.",
    "Worked in the media and wrote about environmental and climate issues before the arrest.",
    "Appeared before the Supreme State Security Prosecution after days of enforced disappearance.",
    "Health deteriorated in prison; family visits were banned for months.",
    "Campaigned for the rights to freedom of expression and peaceful assembly.",
    "Recycled into a new case after a release order was issued.",
]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _day(d: date) -> str:
    return d.isoformat()


def make_profile(rng: random.Random, index: int) -> dict:
    first, family, father = rng.choice(FIRST), rng.choice(FAMILY), rng.choice(FIRST)
    gov = rng.choice(GOVERNORATES)
    arrest = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 3900))
    released = rng.random() < 0.3
    release = arrest + timedelta(days=rng.randrange(60, 1500)) if released else None
    facilities = []
    start = arrest
    for _ in range(rng.randint(1, 3)):
        fac = rng.choice(FACILITIES)
        facilities.append({"name": {"ar": fac[0], "en": fac[1]}, "from": _day(start)})
        start = start + timedelta(days=rng.randrange(30, 400))
    cases = []
    case_start = arrest
    for n in range(rng.randint(1, 3)):
        proceedings = []
        d = case_start + timedelta(days=3)
        for _ in range(rng.randint(3, 8)):
            nxt = d + timedelta(days=rng.choice([15, 45]))
            proceedings.append(
                {
                    "id": _uid(rng),
                    "date": _day(d),
                    "type": "renewal",
                    "authority": {
                        "ar": "نيابة أمن الدولة العليا",
                        "en": "Supreme State Security Prosecution",
                    },
                    "outcome": "renewed",
                    "renewal_days": (nxt - d).days,
                    "next_date": _day(nxt),
                    "present": rng.random() < 0.8,
                }
            )
            d = nxt
        case = {
            "id": _uid(rng),
            "number": str(rng.randrange(100, 2500)),
            "year": case_start.year,
            "prosecution": "supreme_state_security",
            "joined_date": _day(case_start),
            "charges": rng.sample(CHARGES, rng.randint(1, 3)),
            "proceedings": proceedings,
        }
        if n > 0:
            case["recycled_from"] = cases[-1]["id"]
        cases.append(case)
        case_start = case_start + timedelta(days=rng.randrange(200, 700))
    bio_i = rng.sample(range(len(BIO_AR)), 3)
    detention = {
        "id": _uid(rng),
        "arrest_date": _day(arrest),
        "arrest_manner": rng.choice(["home_raid", "street", "checkpoint", "airport"]),
        "disappeared_until": _day(arrest + timedelta(days=rng.randrange(0, 40))),
        "facilities": facilities,
    }
    if release:
        detention["release_date"] = _day(release)
    return {
        "id": _uid(rng),
        "name": {
            "ar": f"{first[0]} {father[0]} {family[0]}",
            "en": f"{first[1]} {father[1]} {family[1]}",
        },
        "aliases": [f"{first[0]} {family[0]}"],
        "sex": rng.choice(["male", "female"]),
        "birth_date": f"{rng.randrange(1960, 2004)}-{rng.randrange(1, 13):02d}",
        "nationality": "EG",
        "governorate": {"ar": gov[0], "en": gov[1]},
        "profession": rng.choice(PROFESSIONS),
        "status": "released" if released else rng.choice(STATUSES),
        "bio": {"ar": " ".join(BIO_AR[i] for i in bio_i), "en": " ".join(BIO_EN[i] for i in bio_i)},
        "tags": ["COP27"] if rng.random() < 0.3 else [],
        "consent": {"level": rng.choice(["full", "full", "partial", "unknown"])},
        "notes": {"ar": f"ملاحظة داخلية رقم {index}"},
        "detentions": [detention],
        "cases": cases,
        "events": [
            {
                "id": _uid(rng),
                "date": _day(arrest + timedelta(days=rng.randrange(30, 600))),
                "type": rng.choice(["hunger_strike", "visit_ban", "transfer"]),
                "description": {
                    "ar": "أضرب عن الطعام احتجاجًا على ظروف الاحتجاز",
                    "en": "Went on hunger strike over detention conditions",
                },
            }
        ],
    }


def iter_profiles(count: int, seed: int = 1) -> Iterator[dict]:
    """Profiles one at a time, so a benchmark of 100,000 never holds them all in memory."""
    rng = random.Random(seed)
    for i in range(count):
        yield make_profile(rng, i)


def make_profiles(count: int, seed: int = 1) -> list[dict]:
    return list(iter_profiles(count, seed))
