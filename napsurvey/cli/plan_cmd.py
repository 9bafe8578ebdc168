"""Commands: ``plan validate|import|assess|report|export|template|schema`` (the NAP's own plan).

``validate`` needs no vault: a plan file is checked on its own, an
assessments file against ``--plan FILE`` (or, when this home has a vault,
against the imported plan). Every problem is one line ``FILE: WHERE: CODE:
message``; the exit code is 1 if there is any, and nothing is stored.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from napsurvey.cli.passphrase import home_from, open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.problem import Problem

LANGUAGES = ("en", "fr", "ar")
EXPORT_FORMATS = ("xlsx", "json")
SECTIONS = ("scorecard", "funnel", "comparison", "shadow")


def _vault_exists(home: Path) -> bool:
    from napsurvey.services.session import vault_exists  # noqa: PLC0415 - loaded when used (start-up time)

    return vault_exists(home)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the ``plan`` command group to the parser."""
    plan = sub.add_parser("plan", help="the NAP's commitments: validate, import, assess, report, export")
    plan_sub = plan.add_subparsers(dest="plan_command", parser_class=type(plan))
    plan.set_defaults(handler=_missing_subcommand)

    validate = plan_sub.add_parser("validate", help="check plan or assessments files; one line per problem")
    validate.add_argument("paths", nargs="+", metavar="FILE", help="plan files (.yaml or .xlsx) or assessments files")
    validate.add_argument("--plan", metavar="PLAN_FILE", help="the plan to check assessments files against")
    validate.set_defaults(handler=_validate)

    imp = plan_sub.add_parser("import", help="coordinator: import the plan (YAML or the XLSX template), whole or not at all")
    imp.add_argument("path", metavar="FILE")
    imp.add_argument("--replace", action="store_true", help="replace a different plan and drop its assessed periods")
    imp.set_defaults(handler=_import)

    assess = plan_sub.add_parser("assess", help="coordinator: store the periods of an assessments file, all or nothing")
    assess.add_argument("--file", required=True, metavar="ASSESSMENTS.yaml")
    assess.set_defaults(handler=_assess)

    report = plan_sub.add_parser("report", help="coordinator: print the scorecard, funnel, comparison and shadow report")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--language", default="en", choices=LANGUAGES)
    report.add_argument("--paper", default="a4", choices=("a4", "letter"))
    report.add_argument("--period", metavar="ID", help="the period to print (default: the latest assessed)")
    report.add_argument("--compare", metavar="ID", help="the period to compare with (default: the one before)")
    report.add_argument("--sections", metavar="LIST", default=",".join(SECTIONS),
                        help=f"comma-separated, among {', '.join(SECTIONS)} (default: all)")
    report.add_argument("--to", dest="addressed_to", choices=("parliament", "un", "cedaw"),
                        help="address the shadow report to parliament, the UN or the CEDAW Committee")
    report.set_defaults(handler=_report)

    export = plan_sub.add_parser("export", help="coordinator: the matrix with each action's status, for partners")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="fmt")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--language", default="en", choices=LANGUAGES)
    export.set_defaults(handler=_export)

    template = plan_sub.add_parser("template", help="write the XLSX template a ministry officer fills in")
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    template.add_argument("--example", action="store_true", help="fill it with the Example Republic's plan")
    template.set_defaults(handler=_template)

    schema = plan_sub.add_parser("schema", help="print the JSON Schema of plan files (or of assessments files)")
    schema.add_argument("--assessments", action="store_true", help="the schema of assessments files")
    schema.set_defaults(handler=_schema)


def _missing_subcommand(args: argparse.Namespace) -> int:
    raise NapError(ErrorCode.CLI_USAGE,
                   reason="plan needs a command: validate, import, assess, report, export, template or schema")


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem.line())


def _validate(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    plan_file = Path(args.plan) if args.plan else None
    failed = 0
    total = 0
    session = None
    try:
        for raw in args.paths:
            path = Path(raw)
            checked = plans.validate_file(path, session, plan_file)
            if checked.kind == "assessments" and plan_file is None and session is None \
                    and _vault_exists(home_from(args)):
                session = open_session(args)  # check against the imported plan
                checked = plans.validate_file(path, session, plan_file)
            total += len(checked.problems)
            failed += bool(checked.problems)
            _print_problems(checked.problems)
            if not checked.problems:
                note = "" if checked.kind == "plan" or plan_file or session else " (shape only: give --plan PLAN_FILE)"
                print(f"{path}: {checked.kind} OK{note}")
    finally:
        if session is not None:
            session.lock()
    if failed:
        print(f"{failed} of {len(args.paths)} file(s) have problems ({total} in all)", file=sys.stderr)
        return 1
    return 0


def _import(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    with open_session(args) as session:
        done = plans.import_plan(session, Path(args.path), replace=args.replace)
    if done.problems:
        _print_problems(done.problems)
        print(f"{args.path}: not imported ({len(done.problems)} problem(s)); nothing was stored", file=sys.stderr)
        return 1
    verb = "Updated" if done.updated else "Imported"
    kept = f"; {done.periods_kept} assessed period(s) kept" if done.updated else ""
    print(f"{verb} plan {done.plan_id}: {done.pillars} pillars, {done.actions} actions, {done.indicators} indicators{kept}.")
    return 0


def _assess(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    with open_session(args) as session:
        done = plans.assess(session, Path(args.file))
    if done.problems:
        _print_problems(done.problems)
        print(f"{args.file}: not stored ({len(done.problems)} problem(s)); nothing was stored", file=sys.stderr)
        return 1
    replaced = f" ({', '.join(done.replaced)} replaced)" if done.replaced else ""
    print(f"Stored {len(done.stored)} period(s): {', '.join(done.stored)}{replaced}.")
    return 0


def _report(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown or not sections:
        raise NapError(ErrorCode.CLI_USAGE, reason=f"--sections takes {', '.join(SECTIONS)}")
    with open_session(args) as session:
        done = plans.write_report(session, Path(args.out), language=args.language,
                                  paper=args.paper, period=args.period, compare=args.compare, sections=sections,
                                  addressed_to=args.addressed_to)
    compared = f", compared with {done.compared_with}" if done.compared_with and "comparison" in sections else ""
    print(f"Wrote the scorecard of {done.period}{compared} to {args.out}: {done.pages} pages.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    with open_session(args) as session:
        done = plans.export_matrix(session, Path(args.out), args.fmt, args.language)
    print(f"Wrote the plan matrix to {args.out}: {done.actions} actions, {done.indicators} indicators, "
          f"{done.periods} period(s).")
    return 0


def _template(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    out = plans.write_template(Path(args.out), example=args.example)
    print(f"Wrote the plan template to {out}{' (filled with the Example Republic)' if args.example else ''}.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from napsurvey.services import plans  # noqa: PLC0415 (reportlab and openpyxl load only when used)

    sys.stdout.write(plans.schema_text(assessments=args.assessments))
    return 0
