"""``export_profiles``: level selection, progress/cancel, and atomic file replacement."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from profileeditor.core.levels import LEVELS, select_for_level

# Every export file is written through it: whole or absent, nothing readable left by a crash.
from profileeditor.core.partial_files import atomic_path
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE, languages

FORMATS = ("docx", "pdf", "csv", "xlsx", "card", "charts", "site", "uwazi")
# Formats that write a folder of files rather than one file.
FOLDER_FORMATS = frozenset({"card", "charts", "site", "uwazi"})


class ExportError(Exception):
    """The export could not be written; the message says why in one line."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was left behind."""


class NothingToExport(ExportError):
    """The level (and consent, at public level) leaves no profile of the selection."""

    def __init__(self, level: str) -> None:
        why = " (profiles without full consent are left out of public exports)"
        super().__init__(
            "no profile may be exported at this level" + (why if level == "public" else "")
        )


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ExportError(f"unknown level {level!r} (one of {', '.join(LEVELS)})")


def _write_failed(out: Path, exc: Exception) -> ExportError:
    return ExportError(f"could not write {out}: {exc}")


def _languages(lang: str) -> tuple[str, ...]:
    try:
        return languages(lang)
    except ValueError as exc:
        raise ExportError(str(exc)) from exc


def export_profiles(
    profiles: list[dict],
    fmt: str,
    out: Path,
    *,
    lang: str = "ar+en",
    level: str = "public",
    include_unconsented: bool = False,
    pdf_password: str | None = None,
    legal_limit_days: int = 730,
    today: date | None = None,
    campaign_line: dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    readable_names: bool = False,
    base_url: str | None = None,
    keep_ids: bool = False,
    options=None,
    card_size: str = "portrait",
    card_template: str = "photo",
    card_variant: str = "days",
) -> list[Path]:
    """Export ``profiles`` (interchange-format dicts) as ``fmt`` to ``out``; return the files.

    ``card`` with several profiles writes one PNG per profile into ``out`` as a folder;
    ``charts``, ``site`` and ``uwazi`` write folders; every other format writes the single file
    ``out``. ``readable_names`` and ``base_url`` are the website's (``readable_names`` the
    cards' too), ``keep_ids`` Uwazi's, ``card_*`` the cards' size, template and variant.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    _check_level(level)
    langs = _languages(lang)
    out = Path(out)
    today = today or date.today()
    campaign = dict(DEFAULT_CAMPAIGN_LINE if campaign_line is None else campaign_line)
    if fmt == "site" and (level != "public" or include_unconsented):
        raise ExportError(
            "a website is public: it shows the public level of people with full consent"
        )
    chosen = select_for_level(profiles, level, include_unconsented)
    if not chosen:
        raise NothingToExport(level)
    # Steps: building each profile's views, then writing each profile (PDF and DOCX, so that
    # Cancel is honoured while a large dossier is written), then finishing the file.
    writes = len(chosen) if fmt in ("docx", "pdf") else 0
    total = len(chosen) + writes + 1

    def step(done: int) -> None:
        if cancelled and cancelled():
            raise ExportCancelled("export cancelled")
        if progress:
            progress(done, total)

    step(0)
    figures = _dossier_figures(fmt, chosen, today, legal_limit_days, options)
    try:
        if fmt == "site":
            from profileeditor.export.site import SiteError, build_site

            try:
                # ``profiles``, not ``chosen``: the site selects and redacts for itself.
                return build_site(
                    profiles,
                    out,
                    today=today,
                    legal_limit_days=legal_limit_days,
                    campaign_line=campaign,
                    readable_names=readable_names,
                    base_url=base_url,
                    step=step,
                )
            except SiteError as exc:
                raise ExportError(str(exc)) from exc
        if fmt == "charts":
            from profileeditor.export.charts import write_charts

            return write_charts(
                profiles,
                out,
                langs=langs,
                level=level,
                include_unconsented=include_unconsented,
                today=today,
                legal_limit_days=legal_limit_days,
                campaign_line=campaign,
                atomic=atomic_path,
            )
        if fmt == "uwazi":
            from profileeditor.export import uwazi

            return uwazi.write(out, profiles, level, include_unconsented, keep_ids=keep_ids)
        if fmt == "card":
            from profileeditor.export.card import write_cards

            for value, allowed in (
                (card_size, CARD_SIZES),
                (card_template, CARD_TEMPLATES),
                (card_variant, CARD_VARIANTS),
            ):
                if value not in allowed:
                    raise ExportError(
                        f"unknown card choice {value!r} (one of {', '.join(allowed)})"
                    )
            return write_cards(
                chosen,
                out,
                lang=lang,  # "ar+en": both languages on each card
                today=today,
                legal_limit_days=legal_limit_days,
                campaign_line=campaign,
                atomic=atomic_path,
                step=step,
                size=card_size,
                template=card_template,
                variant=card_variant,
                readable_names=readable_names,
                arabic_digits=bool(options and options.arabic_digits),
            )
        if fmt in ("csv", "xlsx"):
            from profileeditor.export.tables import write_table

            with atomic_path(out) as tmp:
                write_table(
                    chosen,
                    tmp,
                    fmt=fmt,
                    lang=lang,
                    today=today,
                    legal_limit_days=legal_limit_days,
                    step=step,
                )
                step(total)
            return [out]
        with atomic_path(out) as tmp:
            dossier = {
                "langs": langs,
                "level": level,
                "issued": today,
                "campaign_line": campaign,
                "progress": lambda i: step(len(chosen) + i),
                "options": options,
                "statistics": figures,
            }
            if fmt == "docx":
                from profileeditor.export.docx import write_docx

                write_docx(
                    _ViewsOnDemand(chosen, langs, today, legal_limit_days, step, options),
                    tmp,
                    **dossier,
                )
            else:
                from profileeditor.export.pdf import write_pdf

                views = _ViewsOnDemand(chosen, langs, today, legal_limit_days, step, options)
                write_pdf(views, tmp, password=pdf_password, **dossier)
            step(total)
        return [out]
    except ExportError:
        raise
    except (OSError, ValueError, RuntimeError) as exc:
        raise _write_failed(out, exc) from exc


def _dossier_figures(fmt, chosen, today, legal_limit_days, options):
    """The statistics section's figures: for a PDF or DOCX of several profiles, unless the
    dossier options leave the section out (issue 14)."""
    if fmt not in ("pdf", "docx") or len(chosen) < 2:
        return None
    if options is not None and not getattr(options, "statistics", True):
        return None
    from profileeditor.core import statistics

    # The figures of the dossier's own selection (as chosen and redacted for its level).
    return statistics.compute(chosen, today, legal_limit_days)


def _profile_views(profile, langs, today, legal_limit_days, options=None):
    """One profile's dossier views, one per language."""
    from profileeditor.export.content import build_view

    return [
        build_view(profile, lg, today=today, legal_limit_days=legal_limit_days, options=options)
        for lg in langs
    ]


class _ViewsOnDemand(Sequence):
    """Each profile's views, built when the PDF or DOCX writer asks for them and not kept.

    The writer asks twice per profile (contents and summary, then the profile's part), which
    costs a little time and keeps memory to a profile at a time instead of all of them.
    """

    def __init__(self, chosen, langs, today, legal_limit_days, step, options=None) -> None:
        self._chosen = chosen
        self._args = (langs, today, legal_limit_days, options)
        self._step = step
        self._built = 0

    def __len__(self) -> int:
        return len(self._chosen)

    def __getitem__(self, index):
        views = _profile_views(self._chosen[index], *self._args)
        if index >= self._built:  # the first pass reports progress (and honours Cancel)
            self._built = index + 1
            self._step(self._built)
        return views


# -- the one entry point from a vault: what the CLI and the GUI export dialog both call ---------

# Every format an export of profiles may take, in the order the export dialog shows them.
EXPORT_FORMATS = ("pdf", "docx", "card", "charts", "csv", "xlsx", "json", "site", "uwazi")
EXPORT_LEVELS = LEVELS
EXPORT_LANGUAGES = ("ar", "en", "ar+en")
# The cards' choices (export/card.py draws them), named here so that the command line and the
# export dialog offer them without importing Pillow.
CARD_SIZES = ("portrait", "square", "link")
CARD_TEMPLATES = ("photo", "figure")
CARD_VARIANTS = ("days", "years")
# Formats whose writer reads each profile once in order: their profiles are streamed a chunk at
# a time, never all held at once. Tables need no photo bytes either.
_STREAMED = {"json"}
_WITHOUT_DATA = {"csv", "xlsx"}
READ_CHUNK = 100


# The vault setting holding the coalition's line ({"ar", "en"}; the Settings dialog sets it).
SETTING_CAMPAIGN_LINE = "campaign_line"


class UnknownProfile(ExportError):
    """An id asked for is not in the vault."""


def vault_campaign_line(repository, ar: str | None = None, en: str | None = None) -> dict:
    """The campaign line on covers and cards: the default, then the vault's setting, then what
    the caller gives (the command line's flags)."""
    campaign = {**DEFAULT_CAMPAIGN_LINE, **(repository.get_setting(SETTING_CAMPAIGN_LINE) or {})}
    if ar is not None:
        campaign["ar"] = ar
    if en is not None:
        campaign["en"] = en
    from profileeditor.export.content import setting_line

    return {k: setting_line(v) if isinstance(v, str) else v for k, v in campaign.items()}


def export_from_vault(
    repository,
    ids: list[str],
    fmt: str,
    out: Path,
    *,
    lang: str = "ar+en",
    level: str = "public",
    include_unconsented: bool = False,
    pdf_password: str | None = None,
    campaign_line: dict | None = None,
    today: date | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    **format_options,
) -> list[Path]:
    """Export the profiles ``ids`` of the vault behind ``repository`` as ``fmt`` to ``out``.

    The legal limit and the campaign line come from the vault (``campaign_line`` overrides
    parts of it). ``progress(phase, done, total)`` reports "reading" then "writing";
    ``cancelled()`` stops it, leaving nothing behind (ExportCancelled). ``format_options`` go
    to the format's writer (the website's ``readable_names`` and ``base_url``, Uwazi's
    ``keep_ids``).
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    _check_level(level)
    if not ids:
        raise ExportError("no profile to export")
    known = repository.known_ids(ids)
    missing = [i for i in ids if i not in known]
    if missing:
        raise UnknownProfile(f"no profile with id {sorted(missing)[0]}")
    campaign = vault_campaign_line(
        repository, **{k: v for k, v in (campaign_line or {}).items() if k in ("ar", "en")}
    )

    def check() -> None:
        if cancelled and cancelled():
            raise ExportCancelled("export cancelled")

    def read(with_data: bool) -> Iterator[dict]:
        for start in range(0, len(ids), READ_CHUNK):
            check()
            chunk = repository.get_profiles(ids[start : start + READ_CHUNK], with_data)
            if progress:
                progress("reading", min(start + len(chunk), len(ids)), len(ids))
            yield from chunk

    if fmt == "charts":
        return _write_charts_stream(
            repository, ids, out, lang, level, include_unconsented, today, campaign, check,
            progress,
        )  # fmt: skip
    if fmt in _STREAMED:
        keep_ids = bool(format_options.get("keep_ids"))
        return [
            _write_json_stream(Path(out), read(True), level, include_unconsented, check, keep_ids)
        ]
    profiles = list(read(fmt not in _WITHOUT_DATA))
    check()
    return export_profiles(
        profiles,
        fmt,
        out,
        lang=lang,
        level=level,
        include_unconsented=include_unconsented,
        pdf_password=pdf_password,
        legal_limit_days=repository.legal_limit_days,
        today=today,
        campaign_line=campaign,
        progress=(lambda done, total: progress("writing", done, total)) if progress else None,
        cancelled=cancelled,
        options=_dossier_options(repository, lang),
        **format_options,
    )


def _write_charts_stream(
    repository, ids, out, lang, level, include_unconsented, today, campaign, check, progress
) -> list[Path]:
    """The charts of a vault's selection, counted a chunk at a time (no photo bytes, one chunk
    in memory) by the figures' one source, ``core.statistics``; the rules and the one-line
    errors are ``export_profiles``'s."""
    from profileeditor.core import statistics
    from profileeditor.export.charts import write_chart_files

    langs = _languages(lang)
    today = today or date.today()
    figures = statistics.from_repository(
        repository,
        ids,
        level,
        include_unconsented,
        today,
        check=check,
        progress=(lambda done, total: progress("reading", done, total)) if progress else None,
    )
    if not figures.people:
        raise NothingToExport(level)
    check()
    try:
        return write_chart_files(
            figures, Path(out), langs=langs, today=today, campaign_line=campaign, atomic=atomic_path
        )
    except (OSError, ValueError, RuntimeError) as exc:
        raise _write_failed(out, exc) from exc


def _dossier_options(repository, lang: str):
    """The vault's dossier settings (digits, organisation and contact on the cover)."""
    from profileeditor.export.content import options_from_settings

    return options_from_settings(repository.get_setting, lang)


def _write_json_stream(
    out: Path,
    profiles: Iterator[dict],
    level: str,
    include_unconsented: bool,
    check,
    keep_ids: bool = False,
) -> Path:
    """The interchange document written a profile at a time (each redacted for ``level``), so
    that a 100,000-profile export holds one chunk in memory, not the vault."""
    import json

    from profileeditor.export.jsonfile import document, without_internal_marks

    head = document([], level, include_unconsented)
    head.pop("profiles")
    try:
        with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "profiles": [')
            first = True
            for profile in profiles:
                for kept in select_for_level([profile], level, include_unconsented):
                    if level != "internal" and not keep_ids:  # fresh ids, no record times
                        kept = without_internal_marks(kept)
                    fh.write(("\n" if first else ",\n") + json.dumps(kept, ensure_ascii=False))
                    first = False
            check()
            fh.write("\n ]\n}\n")
    except OSError as exc:
        raise _write_failed(out, exc) from exc
    return out
