"""Loading a form file: bytes -> YAML -> :class:`~napsurvey.forms.model.Form` -> lint.

* :func:`load_form` / :func:`load_form_text` return a :class:`LoadedForm` or
  raise the first problem as a :class:`~napsurvey.errors.NapError`.
* :func:`lint_file` / :func:`lint_text` return *every* problem instead (what
  ``napsurvey forms validate`` prints).

Whatever the input (binary junk, a list, a 2 GB file, an alias bomb) the
result is a form or coded problems, never another exception.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.gc_paused import gc_paused
from napsurvey.forms.lint import lint_form
from napsurvey.forms.model import NAME_PATTERN, Form
from napsurvey.forms.problem import Problem
from napsurvey.forms.yaml_reader import read_yaml

#: Largest form file accepted (the biggest real questionnaires are a few hundred kB).
MAX_FORM_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class LoadedForm:
    """A form that parsed, validated and passed the linter."""

    form: Form
    source: str
    text: str
    sha256: str

    @property
    def form_id(self) -> str:
        """The form's id."""
        return self.form.form_id

    @property
    def version(self) -> str:
        """The form's version."""
        return self.form.version


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="this is a folder, not a file")
        if size > MAX_FORM_BYTES:
            raise NapError(ErrorCode.FORM_TOO_LARGE, limit="2 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_FORM_BYTES + 1)
    except FileNotFoundError:
        raise NapError(ErrorCode.FORM_NOT_FOUND, path=str(path)) from None
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=str(path), reason=exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_FORM_BYTES:  # the file grew while we looked
        raise NapError(ErrorCode.FORM_TOO_LARGE, limit="2 MB")
    return data


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        if len(data) * 4 > MAX_FORM_BYTES and len(data.encode("utf-8", "surrogatepass")) > MAX_FORM_BYTES:
            raise NapError(ErrorCode.FORM_TOO_LARGE, limit="2 MB")
        return data
    if len(data) > MAX_FORM_BYTES:
        raise NapError(ErrorCode.FORM_TOO_LARGE, limit="2 MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="the file is not UTF-8 text") from None


def _row_location(data: Any, index: int) -> str:
    survey = data.get("survey") if isinstance(data, dict) else None
    row = survey[index] if isinstance(survey, list) and 0 <= index < len(survey) else None
    name = row.get("name") if isinstance(row, dict) else None
    if isinstance(name, str) and len(name) <= 64 and re.match(NAME_PATTERN, name):
        return name
    return f"survey row {index + 1}"


def _locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Pydantic's error location -> (problem location, field)."""
    head = loc[0] if loc else "form"
    rest = list(loc[1:])
    if head == "survey" and rest and isinstance(rest[0], int):
        where, rest = _row_location(data, rest[0]), rest[1:]
    elif head == "choices" and rest:
        where = f"choices.{rest[0]}"
        rest = rest[1:]
        if rest and isinstance(rest[0], int):
            where += f"[{rest[0] + 1}]"
            rest = rest[1:]
    elif head == "indicators" and rest and isinstance(rest[0], int):
        where, rest = f"indicators[{rest[0] + 1}]", rest[1:]
    elif head in ("settings", "consent", "referral", "child_protocol", "survey", "choices", "indicators"):
        where = str(head)
    else:
        where, rest = "form", [head]
    # Keep the column (and a list index under it); drop pydantic's union-member labels.
    field = ""
    if rest:
        field = str(rest[0])
        if len(rest) > 1 and isinstance(rest[1], int):
            field += f"[{rest[1] + 1}]"
    return where, field or where


def _schema_problems(source: str, data: Any, exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        where, field = _locate(data, tuple(error["loc"]))
        if (where, field) in seen:
            continue
        seen.add((where, field))
        reason = str(error["msg"])
        if error["type"] == "missing":
            reason = "is required"
        elif error["type"] == "extra_forbidden":
            reason = "is not a column napsurvey knows"
        problems.append(Problem(source, where, ErrorCode.FORM_SCHEMA, NapError(ErrorCode.FORM_SCHEMA, field=field, reason=reason).message))
    return problems


def parse_form(text: str | bytes, source: str) -> tuple[Form | None, list[Problem]]:
    """Read and validate the form's shape (no lint): a Form, or the problems that stop it."""
    with gc_paused():  # linear in the form's size (see napsurvey.forms.gc_paused)
        return _parse_form(text, source)


def _parse_form(text: str | bytes, source: str) -> tuple[Form | None, list[Problem]]:
    try:
        decoded = _decode(text)
        data = read_yaml(decoded)
    except NapError as exc:
        return None, [Problem.from_error(source, "file", exc)]
    if data is None:
        empty = NapError(ErrorCode.FORM_NOT_A_FORM, reason="the file is empty").message
        return None, [Problem(source, "file", ErrorCode.FORM_NOT_A_FORM, empty)]
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        reason = f"the document is {kind}; a form is a mapping with settings, survey and choices"
        return None, [Problem(source, "file", ErrorCode.FORM_NOT_A_FORM, NapError(ErrorCode.FORM_NOT_A_FORM, reason=reason).message)]
    if "survey" not in data and "settings" not in data:
        reason = "it has neither 'settings' nor 'survey'"
        return None, [Problem(source, "file", ErrorCode.FORM_NOT_A_FORM, NapError(ErrorCode.FORM_NOT_A_FORM, reason=reason).message)]
    try:
        return Form.model_validate(data), []
    except ValidationError as exc:
        return None, _schema_problems(source, data, exc)
    except (RecursionError, TypeError, ValueError) as exc:
        # Shapes pydantic's own checks do not catch (e.g. a self-referencing alias).
        message = NapError(ErrorCode.FORM_SCHEMA, field="form", reason=f"cannot be read ({type(exc).__name__})").message
        return None, [Problem(source, "form", ErrorCode.FORM_SCHEMA, message)]


def lint_text(text: str | bytes, source: str = "<form>", *, strict: bool = False) -> list[Problem]:
    """Every problem of a form given as text (empty list: the form is fine)."""
    form, problems = parse_form(text, source)
    if form is None:
        return problems
    with gc_paused():
        return lint_form(form, source, strict=strict)


def lint_file(path: str | os.PathLike[str], *, strict: bool = False) -> list[Problem]:
    """Every problem of a form file (empty list: the form is fine)."""
    path = Path(path)
    try:
        data = _read_bytes(path)
    except NapError as exc:
        return [Problem.from_error(str(path), "file", exc)]
    return lint_text(data, str(path), strict=strict)


def load_form_text(text: str | bytes, source_name: str = "<form>", *, strict: bool = False) -> LoadedForm:
    """Parse, validate and lint a form given as text; raise the first problem as a NapError."""
    try:
        decoded = _decode(text)
    except NapError as exc:
        raise Problem.from_error(source_name, "file", exc).error() from None
    form, problems = parse_form(decoded, source_name)
    if form is not None:
        with gc_paused():
            problems = lint_form(form, source_name, strict=strict)
    if problems:
        raise problems[0].error()
    assert form is not None
    digest = hashlib.sha256(decoded.encode("utf-8", "surrogatepass")).hexdigest()
    return LoadedForm(form=form, source=source_name, text=decoded, sha256=digest)


def load_form(path: str | os.PathLike[str], *, strict: bool = False) -> LoadedForm:
    """Load a form file; raise the first problem as a NapError (FORM_* code)."""
    path = Path(path)
    data = _read_bytes(path)
    return load_form_text(data, str(path), strict=strict)
