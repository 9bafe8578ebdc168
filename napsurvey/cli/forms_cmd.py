"""Commands: ``forms validate``, ``list``, ``schema``, ``import-xlsform``, ``export-xlsform``, ``install``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from napsurvey.cli.passphrase import home_from, open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.paths import shipped_forms_dir

if TYPE_CHECKING:
    from napsurvey.forms.catalog import FormSummary
    from napsurvey.forms.problem import Problem
    from napsurvey.services.forms import FormOutlook

# Each command imports what it uses: every command pays for what this module imports.
FormLister = Callable[[argparse.Namespace], Sequence["FormSummary"]]


def _shipped_forms(args: argparse.Namespace) -> Sequence[FormSummary]:
    from napsurvey.forms.catalog import shipped_catalog  # noqa: PLC0415 - loaded when used (start-up time)

    catalog = shipped_catalog()
    for path, exc in catalog.broken:
        print(f"{path.name}: {exc}", file=sys.stderr)
    return catalog.forms


def _home_forms(args: argparse.Namespace) -> Sequence[FormSummary]:
    from napsurvey.services.forms import vault_forms  # noqa: PLC0415 - loaded when used (start-up time)
    from napsurvey.services.session import vault_exists  # noqa: PLC0415 - loaded when used (start-up time)

    # The vault's installed forms when this home has a vault; else the package's.
    if not vault_exists(home_from(args)):
        return _shipped_forms(args)
    with open_session(args) as session:
        return vault_forms(session)


#: Where ``forms list`` gets its forms (replaceable in tests).
form_lister: FormLister = _home_forms


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the ``forms`` command group to the parser."""
    forms = sub.add_parser("forms", help="validate, list and convert questionnaires")
    forms_sub = forms.add_subparsers(dest="forms_command", parser_class=type(forms))
    forms.set_defaults(handler=_missing_subcommand)

    validate = forms_sub.add_parser("validate", help="lint form files; one line per problem")
    validate.add_argument(
        "paths", nargs="*", metavar="PATH", help="form files or folders of .yaml files (default: the shipped forms, strictly)"
    )
    validate.add_argument("--strict", action="store_true", help="also apply the rules for shipped forms (indicators required)")
    validate.add_argument("--expect", type=int, metavar="N",
                          help="estimate, for N interviews per reporting period, each indicator's share of cells "
                          "below the threshold")
    validate.add_argument("--threshold", type=int, metavar="T",
                          help="with --expect: the threshold (default 10, 20 for sensitivity: high forms)")
    validate.set_defaults(handler=_validate)

    listing = forms_sub.add_parser("list", help="the forms available (shipped forms when no vault is open)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=_list)

    install = forms_sub.add_parser(
        "install", help="add or upgrade forms in this vault (normal sensitivity; high ones arrive in a kit)"
    )
    install.add_argument("paths", nargs="+", metavar="PATH", help="form files (.yaml)")
    install.set_defaults(handler=_install)

    schema = forms_sub.add_parser("schema", help="print the JSON Schema of the form format")
    schema.set_defaults(handler=_schema)

    xls = forms_sub.add_parser("import-xlsform", help="convert an XLSForm workbook (.xlsx or .xls) to a napsurvey form")
    xls.add_argument("workbook", metavar="FILE.xlsx")
    xls.add_argument("--out", required=True, metavar="FILE.yaml", help="where to write the form")
    xls.add_argument("--force", action="store_true", help="replace FILE.yaml if it exists")
    xls.add_argument(
        "--places", metavar="PLACES.csv",
        help="ask each GPS question as a choice from this list of places (name, label columns) instead of leaving it out",
    )  # fmt: skip
    xls.add_argument(
        "--admin-level", metavar="COLUMN",
        help="with --places: the column of the list holding the coarser place a record keeps",
    )  # fmt: skip
    xls.add_argument("--files", metavar="FOLDER", help="folder of the CSV lists the workbook uses (default: the workbook's folder)")
    xls.set_defaults(handler=_import_xlsform)

    export = forms_sub.add_parser("export-xlsform", help="write a napsurvey form as an XLSForm workbook (.xlsx) for Excel, ODK and Kobo")
    export.add_argument("form", metavar="FORM.yaml")
    export.add_argument("--out", required=True, metavar="FORM.xlsx", help="where to write the workbook")
    export.add_argument("--force", action="store_true", help="replace FORM.xlsx if it exists")
    export.set_defaults(handler=_export_xlsform)


def _missing_subcommand(args: argparse.Namespace) -> int:
    raise NapError(ErrorCode.CLI_USAGE, reason="forms needs a command: validate, list, schema, import-xlsform, export-xlsform or install")


def _expand(paths: Sequence[str]) -> tuple[list[Path], list[Problem]]:
    """Files named, and the form files inside folders named (recursively)."""
    from napsurvey.forms.catalog import FORM_SUFFIXES  # noqa: PLC0415 - loaded when used (start-up time)
    from napsurvey.forms.problem import Problem  # noqa: PLC0415 - loaded when used (start-up time)

    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in FORM_SUFFIXES and p.is_file())
            if not found:
                message = NapError(ErrorCode.FORM_NOT_FOUND, path=f"{raw} (no .yaml files in this folder)").message
                problems.append(Problem(raw, "file", ErrorCode.FORM_NOT_FOUND, message))
            files.extend(found)
        else:
            files.append(path)
    return files, problems


def _validate(args: argparse.Namespace) -> int:
    from napsurvey.forms.loader import lint_file  # noqa: PLC0415 - loaded when used (start-up time)
    from napsurvey.services.forms import file_outlook  # noqa: PLC0415 - loaded when used (start-up time)

    if not args.paths:  # the questionnaires shipped inside the installed package
        args.paths, args.strict = [str(shipped_forms_dir())], True
    files, problems = _expand(args.paths)
    failed = {p.file for p in problems}
    for path in files:
        found = lint_file(path, strict=args.strict)
        if found:
            failed.add(str(path))
        problems.extend(found)
    for problem in problems:
        print(problem.line())
    if problems:
        print(f"{len(failed)} of {len(files)} forms have problems ({len(problems)} in all)", file=sys.stderr)
        return 1
    print(f"{len(files)} forms OK")
    if args.expect is not None:
        if args.expect < 0:
            raise NapError(ErrorCode.CLI_USAGE, reason="--expect needs a number of interviews, 0 or more")
        for path in files:
            _print_outlook(file_outlook(path, args.expect, args.threshold))
    elif args.threshold is not None:
        raise NapError(ErrorCode.CLI_USAGE, reason="--threshold goes with --expect N")
    return 0


def _print_outlook(outlook: FormOutlook) -> None:
    print(f"{outlook.form_id}: at {outlook.expected} interviews per {outlook.period}, threshold {outlook.threshold} "
          "(answers spread evenly; real tables do somewhat worse)")
    width = max((len(o.indicator) for o in outlook.indicators), default=10)
    for o in outlook.indicators:
        total = "total withheld" if o.total_below >= 0.5 else "total published"
        print(f"  {o.indicator:<{width}}  {o.cells:4d} cells  {o.below_share:4.0%} below the threshold "
              f"(detail {o.detail_below_share:4.0%}), {total}")


def _list(args: argparse.Namespace) -> int:
    summaries = form_lister(args)
    if args.json:
        data = [
            {
                "form_id": s.form_id,
                "version": s.version,
                "title": s.title,
                "languages": list(s.languages),
                "sensitivity": s.sensitivity,
            }
            for s in summaries
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print("no forms")
        return 0
    rows = [("ID", "VERSION", "SENSITIVITY", "LANGUAGES", "TITLE")]
    rows += [(s.form_id, s.version, s.sensitivity, ",".join(s.languages), s.title_in()) for s in summaries]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths)), row[4]]).rstrip())
    return 0


def _install(args: argparse.Namespace) -> int:
    from napsurvey.services.forms import install_form_files  # noqa: PLC0415 - loaded when used (start-up time)

    paths = [Path(p) for p in args.paths]
    with open_session(args) as session:
        rows = install_form_files(session, paths)
    for row in rows:
        print(f"installed {row.form_id} {row.version}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from napsurvey.forms.jsonschema import form_json_schema_text  # noqa: PLC0415 - loaded when used (start-up time)

    sys.stdout.write(form_json_schema_text())
    return 0


def _output(path: Path, force: bool) -> Path:
    if path.exists() and not force:
        raise NapError(ErrorCode.CLI_FILE, path=str(path), reason="already exists; use --force to replace it")
    if not path.parent.is_dir():
        raise NapError(ErrorCode.CLI_FILE, path=str(path), reason="its folder does not exist")
    return path


#: What to type next, for import lines whose remedy is an option of this command.
_IMPORT_HINTS = {"place": "give a list of places with --places PLACES.csv"}


def _import_xlsform(args: argparse.Namespace) -> int:
    # Imported here: openpyxl and xlrd are only needed by this command.
    from napsurvey.forms.xlsform import ImportOptions, convert_workbook  # noqa: PLC0415
    from napsurvey.services.files import write_plain  # noqa: PLC0415 - loaded when used (start-up time)

    workbook = Path(args.workbook)
    out = _output(Path(args.out), args.force)
    if args.admin_level and not args.places:
        raise NapError(ErrorCode.CLI_USAGE, reason="--admin-level needs --places")
    options = ImportOptions(
        places=Path(args.places) if args.places else None,
        admin_level=args.admin_level or None,
        files=Path(args.files) if args.files else None,
    )
    result = convert_workbook(workbook, options)
    # Every line names the workbook's sheet and row: the form has been through the linter already.
    for problem in result.problems:
        hint = _IMPORT_HINTS.get(problem.remedy)
        print(problem.line(str(workbook)) + (f"; {hint}" if hint else ""), file=sys.stderr)
    if not result.ok:
        print(f"{out}: not written ({len(result.fatal)} problem(s) make the workbook unusable as a form)", file=sys.stderr)
        return 1
    write_plain(out, result.yaml_text().encode("utf-8"))
    count = len(result.problems)
    note = f" ({count} item(s) not imported as written, listed above)" if count else ""
    print(f"wrote {out}{note}")
    return 0


def _export_xlsform(args: argparse.Namespace) -> int:
    # Imported here: openpyxl is only needed by this command.
    from napsurvey.forms.loader import load_form  # noqa: PLC0415
    from napsurvey.forms.xlsform_export import export_files  # noqa: PLC0415
    from napsurvey.services.files import write_plain  # noqa: PLC0415 - loaded when used (start-up time)

    out = _output(Path(args.out), args.force)
    loaded = load_form(args.form)
    files = export_files(loaded.form, out.stem)
    # The CSV lists go beside the workbook, under the names its expressions use.
    paths = {name: (out if name == f"{out.stem}.xlsx" else out.with_name(name)) for name in files}
    for path in paths.values():
        _output(path, args.force)
    for name, path in paths.items():
        write_plain(path, files[name])
        print(f"wrote {path}")
    return 0
