"""A milestone's social-media card (issue 16): the media kit's card (export/card.py) with the
agenda milestone as its large figure — "1,000 days in detention", "2 years since the arrest".

A card is public: it is made only for a person with full consent, from the profile redacted to
the public level, like every public export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from profileeditor.core import agenda as ag
from profileeditor.core import agenda_words as words
from profileeditor.core.levels import select_for_level
from profileeditor.export.dispatch import ExportError, atomic_path
from profileeditor.export.strings import languages


def write_milestone_card(
    profile: dict,
    item: ag.Item,
    out: Path,
    *,
    lang: str,
    legal_limit_days: int,
    campaign_line: dict,
    today: date | None = None,
    size: str = "portrait",
    template: str = "photo",
) -> Path:
    """Write the PNG card of ``item`` (a milestone of ``profile``) to ``out``, whole or not at all:
    any of the media kit's sizes and templates, in "ar", "en" or both ("ar+en")."""
    from profileeditor.export.card import SIZES, TEMPLATES, render_card

    if item.kind not in ag.MILESTONES:
        raise ExportError("a card is made from a milestone (days, legal limit, anniversary…)")
    if size not in SIZES or template not in TEMPLATES:
        raise ExportError(f"unknown card size or template: {size!r}, {template!r}")
    if item.profile_id != profile.get("id"):
        raise ExportError("the milestone belongs to another profile")
    chosen = select_for_level([profile], "public")
    if not chosen:
        raise ExportError("no public card: this person has not given full consent to publication")
    data = render_card(
        chosen[0],
        lang=lang,
        today=today or item.day,
        legal_limit_days=legal_limit_days,
        campaign_line=campaign_line,
        milestone={lg: words.milestone_card_line(item, lg) for lg in languages(lang)},
        size=size,
        template=template,
    )
    out = Path(out)
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
    return out
