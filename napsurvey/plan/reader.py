"""Reading plan and assessments files: bytes -> YAML or XLSX -> models -> lint.

* :func:`read_plan` / :func:`read_assessments` return the model and *every*
  problem found (what ``napsurvey plan validate`` prints, one line each);
* :func:`load_plan` / :func:`load_assessments` raise the first problem as a
  :class:`~napsurvey.errors.NapError`.

A plan file is YAML (through the guarded reader forms use: no duplicate keys,
no alias bombs, YAML 1.2 scalars) or the XLSX template
(:mod:`napsurvey.plan.xlsx_read`). Whatever the input - binary junk, a list,
a huge file - the result is a model or coded problems, never another
exception.
"""

from __future__ import annotations

import copy as copy_module
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.forms.problem import Problem
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.plan.assessment import ActionAssessment, Assessments, FinanceLine, Observation, PeriodAssessment
from napsurvey.plan.lint import lint_assessments, lint_plan
from napsurvey.plan.model import Action, Indicator, Objective, Pillar, Plan
from napsurvey.plan.personal import person_field

#: Largest plan or assessments file accepted (a real plan is a few hundred kB).
MAX_PLAN_BYTES = 4 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"

M = TypeVar("M", bound=BaseModel)


def _problem(source: str, location: str, code: ErrorCode, **params: Any) -> Problem:
    return Problem(source, location, code, NapError(code, **params).message, params)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders, missing files and files past :data:`MAX_PLAN_BYTES`."""
    try:
        if path.is_dir():
            raise NapError(ErrorCode.PLAN_NOT_A_PLAN, reason="this is a folder, not a file")
        if path.stat().st_size > MAX_PLAN_BYTES:  # before reading: a huge file is refused unread
            raise NapError(ErrorCode.PLAN_TOO_LARGE, limit="4 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise NapError(ErrorCode.PLAN_FILE_NOT_FOUND, path=str(path)) from None
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=str(path), reason=exc.strerror or "error") from None
    if len(data) > MAX_PLAN_BYTES:
        raise NapError(ErrorCode.PLAN_TOO_LARGE, limit="4 MB")
    return data


def parse_data(data: bytes, source: str) -> tuple[Any, list[Problem]]:
    """Bytes -> plain data (a mapping), or the problems that stop it."""
    if data.startswith(_ZIP_MAGIC):
        from napsurvey.plan.xlsx_read import read_plan_workbook  # noqa: PLC0415 (openpyxl only when needed)

        return read_plan_workbook(data, source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [_problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason="the file is neither UTF-8 text nor an XLSX workbook")]
    if "\x00" in text:
        return None, [_problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason="the file is binary, not text")]
    try:
        value = read_yaml(text)
    except NapError as exc:
        reason = exc.params.get("reason", exc.message)
        return None, [_problem(source, "file", ErrorCode.PLAN_YAML, reason=reason)]
    if value is None:
        return None, [_problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason="the file is empty")]
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else "a single value"
        return None, [_problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason=f"the document is {kind}, not a mapping")]
    return value, []


# -- where a pydantic error is ------------------------------------------------------------


def _ident(node: Any) -> str | None:
    if isinstance(node, dict):
        for key in ("id", "action", "indicator", "pillar"):
            value = node.get(key)
            if isinstance(value, (str, int)) and len(str(value)) <= 40:
                return str(value)
    return None


_KINDS = {
    "pillars": "pillar", "objectives": "objective", "actions": "action", "indicators": "indicator",
    "periods": "period", "finance": "finance", "findings": "finding",
}


def locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Pydantic's error location -> (the record it is in, the field path inside it)."""
    where = "file"
    node: Any = data
    field: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        child = node.get(part) if isinstance(node, dict) and isinstance(part, str) else None
        if isinstance(part, str) and part in _KINDS and isinstance(child, list) and i + 1 < len(loc) \
                and isinstance(loc[i + 1], int):
            index = int(loc[i + 1])
            item = child[index] if 0 <= index < len(child) else None
            ident = _ident(item)
            kind = _KINDS[part]
            if part == "periods" and isinstance(item, dict):
                period = item.get("period")
                ident = _ident(period) if isinstance(period, dict) else None
            here = f"{kind} {ident}" if ident else f"{kind} {index + 1}"
            # Records of a period are located inside it ("period 2026-H1 action A1"); plan ids are unique.
            where = f"{where} {here}" if where.startswith("period ") and part != "periods" else here
            node, field, i = item, [], i + 2
            continue
        if isinstance(part, str) and part in ("plan", "period", "shadow_report") and not field:
            where = part if where == "file" else f"{where} {part}"
        field.append(str(part + 1) if isinstance(part, int) else str(part))
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            node = None
        i += 1
    # Drop pydantic's union-member labels ("PublicDocument", "literal['confidential']").
    field = [f for f in field if not (f[:1].isupper() or f.startswith(("literal[", "function-")))]
    return where, ".".join(field) or where


def schema_problems(source: str, data: Any, exc: ValidationError,
                    prefix: tuple[int | str, ...] = ()) -> list[Problem]:
    """One coded problem per field that does not fit the models (``prefix``: where the part sits in ``data``)."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        where, field = locate(data, (*prefix, *tuple(error["loc"])))
        if (where, field) in seen:
            continue
        seen.add((where, field))
        name = field.rsplit(".", 1)[-1]
        if error["type"] == "extra_forbidden" and person_field(name):
            problems.append(_problem(source, where, ErrorCode.PLAN_PERSON_FIELD, field=name))
            continue
        reason = str(error["msg"])
        if error["type"] == "missing":
            reason = "is required"
        elif error["type"] == "extra_forbidden":
            reason = "is not a field napsurvey knows"
        elif error["type"] == "string_pattern_mismatch":
            reason = "is not in the expected form"
        elif error["type"] == "literal_error" and "Input should be" in reason:
            reason = reason.replace("Input should be", "must be")
        problems.append(_problem(source, where, ErrorCode.PLAN_SCHEMA, field=field, reason=reason))
    return problems


def _validate(model: type[M], data: Any, source: str, language: str, full: Any = None,
              prefix: tuple[int | str, ...] = ()) -> tuple[M | None, list[Problem]]:
    try:
        return model.model_validate(data, context={"language": language}), []
    except ValidationError as exc:
        return None, schema_problems(source, data if full is None else full, exc, prefix)
    except (RecursionError, TypeError, ValueError) as exc:
        return None, [_problem(source, "file", ErrorCode.PLAN_SCHEMA, field="file", reason=f"cannot be read ({type(exc).__name__})")]


def _without_extras(model: type[M], data: dict[str, Any], language: str) -> dict[str, Any] | None:
    """``data`` without the fields the model does not know, at any depth (None if it has none)."""
    try:
        model.model_validate(data, context={"language": language})
        return None
    except ValidationError as exc:
        paths = [e["loc"] for e in exc.errors() if e["type"] == "extra_forbidden"]
    except (RecursionError, TypeError, ValueError):
        return None
    if not paths:
        return None
    copy: Any = copy_module.deepcopy(data)
    for path in paths:
        node = copy
        for part in path[:-1]:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                node = None
                break
        if isinstance(node, dict):
            node.pop(path[-1], None)
    return copy if isinstance(copy, dict) else None


class _Parts:
    """Validates a file record by record, so one broken record does not hide the problems of the others."""

    def __init__(self, source: str, full: Any, language: str) -> None:
        self.source, self.full, self.language = source, full, language
        self.problems: list[Problem] = []
        self.dropped: set[str] = set()

    def one(self, model: type[M], data: Any, prefix: tuple[int | str, ...], **empty: Any) -> M | None:
        """``data`` as ``model`` with the lists in ``empty`` left out (validated on their own)."""
        if isinstance(data, dict):
            data = {**data, **empty}
        value, problems = _validate(model, data, self.source, self.language, self.full, prefix)
        self.problems += problems
        if value is None and isinstance(data, dict):
            # Unknown fields (a `focal_point`, a `grantee`...) are listed once; lint the rest of the record anyway.
            stripped = _without_extras(model, data, self.language)
            if stripped is not None:
                value, _ = _validate(model, stripped, self.source, self.language, self.full, prefix)
        if value is None and isinstance(data, dict) and isinstance(data.get("id"), str):
            self.dropped.add(data["id"])
        return value

    def many(self, model: type[M], items: Any, prefix: tuple[int | str, ...]) -> list[tuple[int, Any, M]]:
        """Each item of a list that validates, with its index and raw data."""
        out: list[tuple[int, Any, M]] = []
        if items is None:
            return out
        if not isinstance(items, list):
            self.problems.append(_problem(self.source, "file", ErrorCode.PLAN_SCHEMA, field=".".join(map(str, prefix)),
                                          reason="must be a list"))
            return out
        for index, item in enumerate(items):
            empties: dict[str, Any] = {k: [] for k in _NESTED.get(model.__name__, ()) if isinstance(item, dict) and k in item}
            value = self.one(model, item, (*prefix, index), **empties)
            if value is not None:
                out.append((index, item, value))
        return out


_NESTED = {"Pillar": ("objectives",), "Objective": ("actions",)}


def _plan_parts(value: dict[str, Any], source: str) -> tuple[Plan | None, list[Problem], set[str]]:
    parts = _Parts(source, value, _plan_language(value))
    top = parts.one(Plan, {k: v for k, v in value.items() if k not in ("pillars", "indicators")}, ())
    pillars: list[Pillar] = []
    for pi, raw_pillar, pillar in parts.many(Pillar, value.get("pillars"), ("pillars",)):
        objectives: list[Objective] = []
        for oi, raw_objective, objective in parts.many(Objective, raw_pillar.get("objectives"),
                                                       ("pillars", pi, "objectives")):
            actions = [a for _, _, a in parts.many(Action, raw_objective.get("actions"),
                                                    ("pillars", pi, "objectives", oi, "actions"))]
            objectives.append(objective.model_copy(update={"actions": actions}))
        pillars.append(pillar.model_copy(update={"objectives": objectives}))
    indicators = [i for _, _, i in parts.many(Indicator, value.get("indicators"), ("indicators",))]
    if top is None:
        return None, parts.problems, parts.dropped
    return top.model_copy(update={"pillars": pillars, "indicators": indicators}), parts.problems, parts.dropped


def _assessment_parts(value: dict[str, Any], source: str, language: str) -> tuple[Assessments | None, list[Problem], set[str]]:
    parts = _Parts(source, value, language)
    top = parts.one(Assessments, {**value, "periods": [{"period": {"id": "x", "start": "2000-01", "end": "2000-01"},
                                                         "assessed_on": "2000"}]}, ())
    periods: list[PeriodAssessment] = []
    raw_periods = value.get("periods")
    for index, raw, _ in parts.many(_PeriodShell, raw_periods, ("periods",)):
        period = parts.one(PeriodAssessment, raw, ("periods", index), actions=[], indicators=[], finance=[])
        prefix = ("periods", index)
        update = {  # the records are checked even when the period's own fields are not right yet
            "actions": [a for _, _, a in parts.many(ActionAssessment, raw.get("actions"), (*prefix, "actions"))],
            "indicators": [o for _, _, o in parts.many(Observation, raw.get("indicators"), (*prefix, "indicators"))],
            "finance": [f for _, _, f in parts.many(FinanceLine, raw.get("finance"), (*prefix, "finance"))],
        }
        if period is None and isinstance(raw.get("period"), dict):
            # Only the assessment date is wrong? Lint the rest against the plan all the same.
            period = _quietly(PeriodAssessment, {**raw, "assessed_on": "2000", "actions": [], "indicators": [],
                                                 "finance": []}, language)
        if period is None:
            continue
        periods.append(period.model_copy(update=update))
    if top is None or not periods:
        return None, parts.problems, parts.dropped
    return top.model_copy(update={"periods": periods}), parts.problems, parts.dropped


def _quietly(model: type[M], data: Any, language: str) -> M | None:
    """``data`` as ``model``, or None (its problems are already listed)."""
    try:
        return model.model_validate(data, context={"language": language})
    except (ValidationError, RecursionError, TypeError, ValueError):
        return None


class _PeriodShell(BaseModel):
    """Accepts any mapping: the period is validated in parts."""

    model_config = {"extra": "allow"}


def _plan_language(data: Mapping[str, Any]) -> str:
    info = data.get("plan")
    languages = info.get("languages") if isinstance(info, dict) else None
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return "en"


def _record_order(value: Any) -> dict[str, int]:
    """Where each record stands in the file ("plan", "action A1", "period 2026-H1 action A1"...)."""
    order: dict[str, int] = {"file": 0, "plan": 1}

    def add(where: str) -> None:
        order.setdefault(where, len(order))

    def walk(node: Any, prefix: str) -> None:
        if not isinstance(node, dict):
            return
        for key, kind in _KINDS.items():
            items = node.get(key)
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                ident = _ident(item)
                if key == "periods" and isinstance(item, dict) and isinstance(item.get("period"), dict):
                    ident = _ident(item["period"])
                here = f"{kind} {ident}" if ident else f"{kind} {index + 1}"
                where = f"{prefix} {here}" if prefix else here
                add(where)
                walk(item, where if key == "periods" else "" if not prefix else prefix)
                if key == "periods":
                    add(f"{where} shadow_report")

    walk(value, "")
    return order


def _in_file_order(problems: list[Problem], value: Any) -> list[Problem]:
    order = _record_order(value)
    last = len(order)

    def rank(problem: Problem) -> int:
        location = problem.location
        while location and location not in order:
            location = location.rsplit(" ", 2)[0] if location.count(" ") >= 2 else ""
        return order.get(location, last)

    return sorted(problems, key=rank)  # stable: a record's problems keep their order


# -- plans ---------------------------------------------------------------------------------


def read_plan_data(data: bytes, source: str = "<plan>",
                   forms: Mapping[str, Form] | None = None) -> tuple[Plan | None, list[Problem]]:
    """A plan given as bytes (YAML or XLSX) and every problem found (empty: the plan is fine)."""
    value, problems = parse_data(data, source)
    if value is None:
        return None, problems
    if "plan" not in value or "pillars" not in value:
        if "periods" in value:
            reason = "this is an assessments file (use 'napsurvey plan assess --file')"
        else:
            reason = "a plan has a 'plan' block and 'pillars'"
        return None, [*problems, _problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason=reason)]
    plan, schema, dropped = _plan_parts(value, source)
    problems += schema
    if plan is None:
        return None, _in_file_order(problems, value)
    problems += lint_plan(plan, source, forms, dropped=dropped)
    return plan, _in_file_order(problems, value)


def read_plan(path: str | os.PathLike[str], forms: Mapping[str, Form] | None = None) -> tuple[Plan | None, list[Problem]]:
    """A plan file and every problem found."""
    path = Path(path)
    try:
        data = read_bytes(path)
    except NapError as exc:
        return None, [Problem.from_error(str(path), "file", exc)]
    return read_plan_data(data, str(path), forms)


def load_plan(path: str | os.PathLike[str], forms: Mapping[str, Form] | None = None) -> Plan:
    """A plan file that passed every check; the first problem as a NapError otherwise."""
    plan, problems = read_plan(path, forms)
    if problems or plan is None:
        raise problems[0].error()
    return plan


# -- assessments ---------------------------------------------------------------------------


def read_assessments_data(data: bytes, plan: Plan | None, source: str = "<assessments>") -> tuple[Assessments | None, list[Problem]]:
    """Assessments given as bytes, checked against ``plan`` (None: shape only), and every problem."""
    value, problems = parse_data(data, source)
    if value is None:
        return None, problems
    if "periods" not in value:
        reason = "this is a plan file (use 'napsurvey plan import')" if "pillars" in value else \
            "an assessments file has 'plan' and 'periods'"
        return None, [*problems, _problem(source, "file", ErrorCode.PLAN_NOT_A_PLAN, reason=reason)]
    language = plan.plan.default_language if plan is not None else "en"
    assessments, schema, dropped = _assessment_parts(value, source, language)
    problems += schema
    if assessments is None:
        return None, _in_file_order(problems, value)
    if plan is not None:
        problems += lint_assessments(assessments, plan, source, dropped=dropped)
    return assessments, _in_file_order(problems, value)


def read_assessments(path: str | os.PathLike[str], plan: Plan | None) -> tuple[Assessments | None, list[Problem]]:
    """An assessments file and every problem found."""
    path = Path(path)
    try:
        data = read_bytes(path)
    except NapError as exc:
        return None, [Problem.from_error(str(path), "file", exc)]
    return read_assessments_data(data, plan, str(path))


def load_assessments(path: str | os.PathLike[str], plan: Plan) -> Assessments:
    """Assessments that passed every check against ``plan``; the first problem as a NapError otherwise."""
    assessments, problems = read_assessments(path, plan)
    if problems or assessments is None:
        raise problems[0].error()
    return assessments
