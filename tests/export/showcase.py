"""Profiles that exercise the dossier layout: a woman journalist with real Arabic prose, a
released person without a release date, a tall and a wide photo, 30 renewal sessions."""

from __future__ import annotations

import base64
import copy
import hashlib
import io

from PIL import Image, ImageDraw
from prose_dossier import prose_profiles


def _photo(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.25, h * 0.2, w * 0.75, h * 0.6), fill=(230, 230, 230))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _attach(profile: dict, data: bytes, uid: str) -> None:
    profile["attachments"] = [
        {
            "id": uid,
            "kind": "photo",
            "filename": "photo.jpg",
            "media_type": "image/jpeg",
            "sha256": hashlib.sha256(data).hexdigest(),
            "data": base64.b64encode(data).decode(),
            "level": "public",
        }
    ]
    profile["photo"] = uid


def showcase_profiles() -> list[dict]:
    woman, released = prose_profiles()
    woman = copy.deepcopy(woman)
    _attach(woman, _photo((300, 900), (60, 90, 140)), "00000000-0000-4000-8000-0000000000f1")
    released = copy.deepcopy(released)
    _attach(released, _photo((1200, 400), (140, 90, 60)), "00000000-0000-4000-8000-0000000000f2")
    long_case = {
        "id": "00000000-0000-4000-8000-000000000003",
        "name": {"ar": "علاء عبد الله", "en": "Alaa Abdallah"},
        "sex": "male",
        "nationality": "EG",
        "profession": "human_rights_defender",
        "status": "detained",
        "consent": {"level": "full"},
        "bio": {"en": "A lawyer for detained workers; held since September 2019."},
        "detentions": [{"id": "00000000-0000-4000-8000-0000000000d3", "arrest_date": "2019-09-29"}],
        "sources": [
            {
                "id": "00000000-0000-4000-8000-0000000000a1",
                "title": "Renewal of detention reported",
                "kind": "media",
                "date": "2020-03-01",
                "url": "https://example.org/report",
                "level": "public",
            }
        ],
        "cases": [
            {
                "id": "00000000-0000-4000-8000-0000000000c3",
                "number": "1365",
                "year": 2018,
                "prosecution": "supreme_state_security",
                "charges": ["joining_terrorist_group"],
                "proceedings": [
                    {
                        "id": f"00000000-0000-4000-8000-0000000002{i:02d}",
                        "date": f"{2019 + (9 + i) // 12}-{(9 + i) % 12 + 1:02d}-15",
                        "type": "renewal" if i < 20 else "hearing",
                        "outcome": "renewed",
                        "renewal_days": 15 if i < 10 else 45,
                        "authority": {
                            "ar": "نيابة أمن الدولة العليا" if i < 10 else "دائرة الإرهاب",
                            "en": "SSSP" if i < 10 else "Terrorism circuit",
                        },
                        "next_date": f"{2019 + (10 + i) // 12}-{(10 + i) % 12 + 1:02d}-15",
                    }
                    for i in range(30)
                ],
            }
        ],
    }
    return [woman, released, long_case]
