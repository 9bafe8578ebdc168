"""Commands: ``release``, ``releases``, ``tables`` and ``report`` (coordinator; every figure from a release)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from napsurvey.cli.passphrase import open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.process import today_iso
from napsurvey.services.table_formats import FORMATS

if TYPE_CHECKING:  # the session loads when a command runs (start-up time of every command)
    from napsurvey.services.session import Session

LANGUAGES = ("en", "fr", "ar")


PERIOD_HELP = "one released period (2026Q3, 2026) or a range (2026Q1..2026Q2); default: every released period"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    release = sub.add_parser("release", help="coordinator: protect and record a closed period (or revise it)")
    release.add_argument("--form", required=True, metavar="ID")
    release.add_argument("--period", required=True, metavar="PERIOD", help="e.g. 2026Q3 (the form's period kind)")
    release.set_defaults(handler=_release)

    ledger = sub.add_parser("releases", help="coordinator: the publication ledger")
    ledger.add_argument("--outputs", action="store_true", help="also list every output written from releases")
    ledger.set_defaults(handler=_releases)

    tables = sub.add_parser("tables", help="coordinator: protected tables of released periods; hub: regional tables")
    tables.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    tables.add_argument("--out", required=True, metavar="FILE")
    tables.add_argument("--form", metavar="ID", help="only this questionnaire")
    tables.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    tables.add_argument("--language", default="en", choices=LANGUAGES, help="language of the labels (CSV/XLSX)")
    tables.add_argument("--mapping", metavar="FILE", help="DHIS2 mapping file (YAML or JSON) for --format dhis2")
    tables.set_defaults(handler=_tables)

    report = sub.add_parser("report", help="coordinator: printable PDF summary report; hub: the regional report")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--language", default="en", choices=LANGUAGES)
    report.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    report.add_argument("--paper", default="a4", choices=("a4", "letter"))
    report.add_argument("--form", metavar="ID", help="only this questionnaire")
    report.set_defaults(handler=_report)

    twinning = sub.add_parser("twinning", help="hub: members side by side, from their releases (PDF)")
    twinning.add_argument("--members", required=True, metavar="ID,ID", help="two or more members (names or fingerprints)")
    twinning.add_argument("--out", required=True, metavar="FILE.pdf")
    twinning.add_argument("--language", default="en", choices=LANGUAGES)
    twinning.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    twinning.add_argument("--paper", default="a4", choices=("a4", "letter"))
    twinning.add_argument("--form", metavar="ID", help="only this questionnaire")
    twinning.set_defaults(handler=_twinning)


def _tables(args: argparse.Namespace) -> int:
    if args.fmt == "dhis2" and not args.mapping:
        raise NapError(ErrorCode.CLI_USAGE, reason="--format dhis2 needs --mapping FILE")
    mapping = Path(args.mapping) if args.mapping else None
    with open_session(args) as session:
        if session.role == "hub":
            return _hub_tables(args, session)
        from napsurvey.services import outputs  # noqa: PLC0415  (reportlab and scipy load only when used)

        done = outputs.write_tables(session, Path(args.out), args.fmt, today=today_iso(), form_id=args.form,
                                    period=args.period, language=args.language, mapping=mapping)
    line = f"Wrote {done.tables} table(s) to {args.out} ({done.suppressed} cell(s) below the threshold)."
    if done.dhis2 is not None:
        line += (f" DHIS2: {done.dhis2.values} value(s); {done.dhis2.suppressed_omitted} below the threshold and "
                 f"{done.dhis2.unmapped_omitted} unmapped cell(s) left out.")
    print(line)
    return 0


def _hub_tables(args: argparse.Namespace, session: Session) -> int:
    from napsurvey.services import hub_outputs  # noqa: PLC0415  (reportlab loads only when used)

    if args.fmt not in hub_outputs.HUB_FORMATS:
        raise NapError(ErrorCode.CLI_USAGE, reason=f"a hub writes its regional tables as {' or '.join(hub_outputs.HUB_FORMATS)}")
    done = hub_outputs.write_regional_tables(session, Path(args.out), args.fmt, today=today_iso(), form_id=args.form,
                                             period=args.period, language=args.language)
    print(f"Wrote {done.tables} regional table(s) to {args.out}.")
    return 0


def _hub_report(args: argparse.Namespace, session: Session) -> int:
    from napsurvey.services import hub_outputs  # noqa: PLC0415

    done = hub_outputs.write_regional_report(session, Path(args.out), today=today_iso(), language=args.language,
                                             period=args.period, paper=args.paper, form_id=args.form)
    print(f"Wrote the regional report to {args.out}: {done.sections} indicator(s), {done.tables} regional table(s).")
    return 0


def _report(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if session.role == "hub":
            return _hub_report(args, session)
        from napsurvey.services import outputs  # noqa: PLC0415

        done = outputs.write_report(session, Path(args.out), today=today_iso(), language=args.language,
                                    period=args.period, paper=args.paper, form_id=args.form)
    print(f"Wrote the report to {args.out}: {done.indicators} indicator(s), {done.suppressed} cell(s) below the "
          "threshold.")
    return 0


def _twinning(args: argparse.Namespace) -> int:
    members = [m.strip() for m in args.members.split(",") if m.strip()]
    if len(members) < 2:
        raise NapError(ErrorCode.CLI_USAGE, reason="--members needs two or more members, separated by commas")
    with open_session(args) as session:
        from napsurvey.services import twinning  # noqa: PLC0415  (reportlab loads only when used)

        done = twinning.write_twinning_report(session, Path(args.out), members, today=today_iso(),
                                              language=args.language, period=args.period, paper=args.paper,
                                              form_id=args.form)
    print(f"Wrote the twinning report to {args.out}: {', '.join(done.members)} side by side, "
          f"{done.sections} indicator(s).")
    return 0


def _release(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        from napsurvey.services import releases  # noqa: PLC0415

        info = releases.release(session, args.form, args.period, today=today_iso())
    shown = "below the threshold" if info.interviews is None else f"about {info.interviews}"
    kind = "revised" if info.edition > 1 else "released"
    print(f"{kind} {info.form_id} {info.period}: edition {info.edition}, {info.bundles} bundle(s), {shown} "
          f"interview(s); counts perturbed by at most {info.max_deviation}, threshold {info.threshold}.")
    return 0


def _releases(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        from napsurvey.services import releases  # noqa: PLC0415

        ledger = releases.releases(session)
        written = releases.publications(session) if args.outputs else []
    if not ledger:
        print("No release yet.")
    for info in ledger:
        shown = "<" + str(info.threshold) if info.interviews is None else str(info.interviews)
        print(f"{info.form_id}\t{info.period}\tedition {info.edition}\t{info.created_day}\tthreshold "
              f"{info.threshold}\tD {info.max_deviation}\t{info.bundles} bundle(s)\t{shown} interview(s)")
    for pub in written:
        shown = ", ".join(f"{f} {p} ed. {e}" for f, p, e in pub.releases)
        print(f"{pub.day}\t{pub.output}\t{pub.detail}\t{shown}")
    return 0
