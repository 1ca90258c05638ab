"""Commands that move profiles in and out: import, list, export."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from profileeditor.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, CliError, open_vault
from profileeditor.export.dispatch import (
    CARD_SIZES,
    CARD_TEMPLATES,
    CARD_VARIANTS,
    EXPORT_FORMATS,
    EXPORT_LANGUAGES,
    EXPORT_LEVELS,
)
from profileeditor.importers import uwazi
from profileeditor.importers.sheets import Sheet


def cmd_import(args) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower()
    if path.is_dir():
        suffix = ".zip"  # a folder of Uwazi ZIP files
    elif suffix not in {".json", ".csv", ".xlsx", ".zip"}:
        raise CliError(
            f"{path}: unsupported file type (use .json, .csv, .xlsx or an Uwazi .zip)",
            EXIT_BAD_INPUT,
        )
    elif not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_BAD_INPUT)
    if suffix == ".json":
        from profileeditor.importers.json_import import read_file

        return _import_document(args, path, read_file(path))
    if suffix == ".zip" or (suffix == ".csv" and uwazi.looks_like_uwazi(path)):
        found = uwazi.read(path)  # refused whole before the vault is touched
        if isinstance(found, dict):
            return _import_document(args, path, found)
        source: Path | Sheet = found
    else:
        source = path
    from profileeditor.cli.exchange_cmds import import_spreadsheet

    with open_vault(args.vault) as vault:
        return import_spreadsheet(
            vault, source, Path(args.mapping) if args.mapping else None, args.dry_run
        )


def _import_document(args, path: Path, doc: dict) -> int:
    """Store a checked interchange document (from JSON or Uwazi files)."""
    from profileeditor.importers.json_import import import_document

    with open_vault(args.vault) as vault:
        if args.dry_run:
            ids = [p["id"] for p in doc["profiles"]]
            known = {p["id"] for p in vault.repository.get_profiles(ids, with_data=False)}
            new = sum(1 for pid in ids if pid not in known)
            print(
                f"dry run: {path} is valid; would add {new} and update up to {len(ids) - new} profiles"
            )
            return EXIT_OK
        total = len(doc["profiles"])

        def progress(done: int) -> None:
            # Written, not yet committed: the import commits whole when it ends.
            print(f"written {done}/{total}", flush=True)

        result = import_document(vault.repository, doc, progress=progress, checked=True)
        print(
            f"imported {path}: {len(result.created)} added, {len(result.updated)} updated, {len(result.unchanged)} unchanged"
        )
    return EXIT_OK


def _filters(args):
    from profileeditor.core.repository import Filters

    return Filters(status=args.status)


def cmd_list(args) -> int:
    from profileeditor.core.vocab import label

    with open_vault(args.vault) as vault:
        repo = vault.repository
        rows = []
        offset = 0
        while True:  # page through: the list may hold 100,000 profiles
            page = repo.search(args.query or "", _filters(args), limit=1000, offset=offset)
            rows += page
            offset += len(page)
            if len(page) < 1000:
                break
        if args.json:
            out = [
                {
                    "id": r.id,
                    "name": {
                        k: v for k, v in (("ar", r.name_ar), ("en", r.name_en)) if v is not None
                    },
                    "status": r.status,
                    "profession": r.profession,
                    "days_detained": r.days_detained,
                    "facility": {
                        k: v for k, v in (("ar", r.facility_ar), ("en", r.facility_en)) if v
                    },
                    "case_numbers": r.case_numbers,
                    "beyond_legal_limit": r.beyond_limit,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
            json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return EXIT_OK
        for r in rows:
            days = "" if r.days_detained is None else f"{r.days_detained} days"
            flag = "  ⚠ beyond legal limit" if r.beyond_limit else ""
            print(
                f"{r.id}  {r.name_en or ''} | {r.name_ar or ''}  [{label('status', r.status)}] {days}{flag}"
            )
        print(f"{len(rows)} profiles")
    return EXIT_OK


def cmd_export(args) -> int:
    out = Path(args.out)
    if not out.parent.exists():
        raise CliError(f"{out.parent}: no such folder", EXIT_USAGE)
    password = None
    if args.pdf_password_env:
        password = os.environ.get(args.pdf_password_env)
        if not password:
            raise CliError(f"{args.pdf_password_env} is not set or empty", EXIT_USAGE)
        if args.format != "pdf":
            raise CliError("--pdf-password-env goes with --format pdf", EXIT_USAGE)
    if args.format == "site" and (args.level != "public" or args.include_unconsented):
        raise CliError(
            "a website is public: it shows the public level of people with full consent"
            " (drop --level and --include-unconsented)",
            EXIT_USAGE,
        )
    from profileeditor.export import ExportError, UnknownProfile, export_from_vault

    with open_vault(args.vault) as vault:
        repo = vault.repository
        ids = list(args.id) if args.id else repo.ids(args.query or "")
        try:  # the entry point the GUI's export dialog calls too
            written = export_from_vault(
                repo,
                ids,
                args.format,
                out,
                lang=args.lang,
                level=args.level,
                include_unconsented=args.include_unconsented,
                pdf_password=password,
                campaign_line={"ar": args.campaign_line_ar, "en": args.campaign_line_en},
                readable_names=args.readable_names,
                base_url=args.base_url,
                keep_ids=args.keep_ids,
                card_size=args.card_size,
                card_template=args.card_template,
                card_variant=args.card_variant,
            )
        except UnknownProfile as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        except ExportError as exc:
            raise CliError(str(exc)) from exc
        for path in written:
            print(f"wrote {path}")
    return EXIT_OK


def register(sub, add) -> None:
    """Add this module's commands to the parser (``add(name, handler, help)``)."""
    p = add(
        "import",
        cmd_import,
        "import profiles from .json, .csv, .xlsx or Uwazi CSV files (.zip or their folder)",
    )
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--mapping", help="column mapping (JSON) for .csv/.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    p = add("list", cmd_list, "list profiles")
    p.add_argument("vault")
    p.add_argument("--query", help="search names, aliases, bio, cases, charges, facilities, tags")
    p.add_argument("--status", help="status code, e.g. detained")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add("export", cmd_export, "export profiles")
    p.add_argument("vault")
    p.add_argument(
        "--format",
        required=True,
        choices=list(EXPORT_FORMATS),
    )
    p.add_argument("--out", required=True)
    p.add_argument(
        "--id", action="append", help="a profile id (repeatable); default: all or --query"
    )
    p.add_argument("--query")
    p.add_argument("--lang", default="ar+en", choices=list(EXPORT_LANGUAGES))
    p.add_argument("--level", default="public", choices=list(EXPORT_LEVELS))
    p.add_argument(
        "--pdf-password-env", metavar="VAR", help="environment variable holding a PDF password"
    )
    p.add_argument("--campaign-line-ar", help="the campaign line on covers and cards, in Arabic")
    p.add_argument("--campaign-line-en", help="the campaign line on covers and cards, in English")
    p.add_argument(
        "--include-unconsented",
        action="store_true",
        help="public level: include profiles without full consent",
    )
    p.add_argument(
        "--readable-names",
        action="store_true",
        help="site, card: page addresses and card file names from names (default: numbers, so a"
        " file listing names no one)",
    )
    p.add_argument(
        "--card-size",
        default="portrait",
        choices=list(CARD_SIZES),
        help="card: portrait 1080×1350, square 1080×1080, link 1200×675 (X/Twitter preview)",
    )
    p.add_argument(
        "--card-template",
        default="photo",
        choices=list(CARD_TEMPLATES),
        help="card: photo (the photo leads) or figure (the count leads)",
    )
    p.add_argument(
        "--card-variant",
        default="days",
        choices=list(CARD_VARIANTS),
        help="card: the figure in days or in years",
    )
    p.add_argument("--base-url", help="site: the address it will be served at (sitemap, previews)")
    p.add_argument(
        "--keep-ids",
        action="store_true",
        help="json, uwazi: keep record ids (and, in JSON, record times) for a partner that"
        " updates by id",
    )
