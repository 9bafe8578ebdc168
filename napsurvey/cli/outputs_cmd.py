"""Commands: ``tables`` and ``report`` (coordinator, disclosure-controlled)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from napsurvey.cli.passphrase import open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.process import today_iso
from napsurvey.services.table_formats import FORMATS

LANGUAGES = ("en", "fr", "ar")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    tables = sub.add_parser("tables", help="coordinator: disclosure-controlled tables")
    tables.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    tables.add_argument("--out", required=True, metavar="FILE")
    tables.add_argument("--form", metavar="ID", help="only this questionnaire")
    tables.add_argument("--period", metavar="FROM..TO", help="months, e.g. 2026-01..2026-06")
    tables.add_argument("--language", default="en", choices=LANGUAGES, help="language of the labels (CSV/XLSX)")
    tables.add_argument("--mapping", metavar="FILE", help="DHIS2 mapping file (YAML or JSON) for --format dhis2")
    tables.set_defaults(handler=_tables)

    report = sub.add_parser("report", help="coordinator: printable PDF summary report")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--language", default="en", choices=LANGUAGES)
    report.add_argument("--period", metavar="FROM..TO", help="months, e.g. 2026-01..2026-06")
    report.add_argument("--paper", default="a4", choices=("a4", "letter"))
    report.add_argument("--form", metavar="ID", help="only this questionnaire")
    report.set_defaults(handler=_report)


def _tables(args: argparse.Namespace) -> int:
    if args.fmt == "dhis2" and not args.mapping:
        raise NapError(ErrorCode.CLI_USAGE, reason="--format dhis2 needs --mapping FILE")
    mapping = Path(args.mapping) if args.mapping else None
    with open_session(args) as session:
        from napsurvey.services import outputs  # noqa: PLC0415  (reportlab and scipy load only when used)

        done = outputs.write_tables(session, Path(args.out), args.fmt, today=today_iso(), form_id=args.form,
                                    period=args.period, language=args.language, mapping=mapping)
    line = f"Wrote {done.tables} table(s) to {args.out} ({done.suppressed} cell(s) suppressed)."
    if done.dhis2 is not None:
        line += (f" DHIS2: {done.dhis2.values} value(s); {done.dhis2.suppressed_omitted} suppressed and "
                 f"{done.dhis2.unmapped_omitted} unmapped cell(s) left out.")
    print(line)
    return 0


def _report(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        from napsurvey.services import outputs  # noqa: PLC0415

        done = outputs.write_report(session, Path(args.out), today=today_iso(), language=args.language,
                                    period=args.period, paper=args.paper, form_id=args.form)
    print(f"Wrote the report to {args.out}: {done.indicators} indicator(s), {done.suppressed} cell(s) suppressed.")
    return 0
