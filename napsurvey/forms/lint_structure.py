"""Lint rules on the shape of the survey: types, names, choice lists, blocks."""

from __future__ import annotations

from napsurvey.errors import ErrorCode
from napsurvey.forms.lint_context import LintContext
from napsurvey.forms.model import BLOCK_TYPES, MAX_REPEAT_COUNT, QUESTION_TYPES, SELECT_TYPES

#: XLSForm types we know and deliberately do not support (a clear refusal, not "unknown").
UNSUPPORTED_TYPES = frozenset(
    {
        "geopoint", "geotrace", "geoshape", "start-geopoint", "image", "audio", "video", "file",
        "background-audio", "barcode", "start", "end", "today", "deviceid", "username", "email",
        "phonenumber", "simserial", "subscriberid", "audit", "range", "rank", "time", "datetime",
        "dateTime", "select_one_from_file", "select_multiple_from_file", "select_one_external",
        "hidden", "xml-external", "csv-external", "trigger", "osm", "begin_loop", "end_loop",
    }
)  # fmt: skip


def check_types(ctx: LintContext) -> None:
    """Every row has a type we support, and select rows name a defined choice list."""
    for index, row in enumerate(ctx.rows):
        parts = row.type.split(" ")
        base = parts[0]
        where = ctx.location(index)
        if base in ("begin", "end") and len(parts) > 1:
            ctx.add(where, ErrorCode.FORM_UNSUPPORTED, what="block", detail=row.type)
            continue
        if base in UNSUPPORTED_TYPES:
            ctx.add(where, ErrorCode.FORM_UNSUPPORTED, what="question type", detail=base)
            continue
        if base not in QUESTION_TYPES and base not in BLOCK_TYPES:
            ctx.add(where, ErrorCode.FORM_UNKNOWN_TYPE, type=row.type)
            continue
        if base in SELECT_TYPES:
            if len(parts) < 2:
                ctx.add(where, ErrorCode.FORM_MISSING_CHOICE_LIST, list="(none given)")
                continue
            if len(parts) > 2:
                detail = " ".join(parts[2:])
                ctx.add(where, ErrorCode.FORM_UNSUPPORTED, what="select option", detail=detail)
            if parts[1] not in ctx.form.choices:
                ctx.add(where, ErrorCode.FORM_MISSING_CHOICE_LIST, list=parts[1])
        elif len(parts) > 1:
            ctx.add(where, ErrorCode.FORM_UNKNOWN_TYPE, type=row.type)


def check_names(ctx: LintContext) -> None:
    """Names are present where needed and unique: rows, choices within a list, indicators."""
    seen: set[str] = set()
    for index, row in enumerate(ctx.rows):
        if row.base_type in ("end_group", "end_repeat"):
            continue
        if not row.name:
            ctx.add(f"survey row {index + 1}", ErrorCode.FORM_SCHEMA, field="name", reason="is required")
            continue
        if row.name in seen:
            ctx.add(f"survey row {index + 1}", ErrorCode.FORM_DUPLICATE_NAME, name=row.name)
        seen.add(row.name)
    for list_name, choices in ctx.form.choices.items():
        names: set[str] = set()
        for choice in choices:
            if choice.name in names and not ctx.form.settings.allow_choice_duplicates:
                ctx.add(f"choices.{list_name}", ErrorCode.FORM_DUPLICATE_NAME, name=choice.name)
            names.add(choice.name)
        if not choices:
            ctx.add(f"choices.{list_name}", ErrorCode.FORM_SCHEMA, field=list_name, reason="a choice list needs at least one choice")
    indicator_names: set[str] = set()
    for position, indicator in enumerate(ctx.form.indicators, start=1):
        if indicator.name in indicator_names:
            ctx.add(f"indicators[{position}]", ErrorCode.FORM_DUPLICATE_NAME, name=indicator.name)
        indicator_names.add(indicator.name)


def check_blocks(ctx: LintContext) -> None:
    """Every begin_group/begin_repeat has its matching end, in order."""
    stack: list[tuple[str, int]] = []
    for index, row in enumerate(ctx.rows):
        base = row.base_type
        if base in ("begin_group", "begin_repeat"):
            stack.append((base.removeprefix("begin_"), index))
        elif base in ("end_group", "end_repeat"):
            kind = base.removeprefix("end_")
            if not stack:
                ctx.add(f"survey row {index + 1}", ErrorCode.FORM_UNMATCHED_END, kind=base)
                continue
            open_kind, open_index = stack.pop()
            if open_kind != kind:
                name = ctx.rows[open_index].name or f"survey row {open_index + 1}"
                ctx.add(f"survey row {index + 1}", ErrorCode.FORM_BLOCK_MISMATCH, kind=base, open_kind=open_kind, name=name)
    for kind, index in stack:
        ctx.add(ctx.location(index), ErrorCode.FORM_UNCLOSED_BLOCK, kind=kind, name=ctx.rows[index].name or "")


def check_repeat_counts(ctx: LintContext) -> None:
    """A fixed repeat_count stays within what the engine will create."""
    for index, row in enumerate(ctx.rows):
        count = row.repeat_count
        if isinstance(count, str) and count.strip().isdigit():
            count = int(count)
        if isinstance(count, int) and count > MAX_REPEAT_COUNT:
            ctx.add(ctx.location(index), ErrorCode.FORM_REPEAT_COUNT, count=count, limit=MAX_REPEAT_COUNT)


def check_defaults(ctx: LintContext) -> None:
    """A select question's default (a literal, as in XLSForm) is one of its choices."""
    for index, row in enumerate(ctx.rows):
        list_name = row.list_name
        if row.default is None or list_name is None or list_name not in ctx.form.choices:
            continue
        names = {c.name for c in ctx.form.choices[list_name]}
        values = str(row.default).split() if row.base_type == "select_multiple" else [str(row.default)]
        for value in values:
            if value not in names:
                reason = f"'{value}' is not a choice of list '{list_name}'"
                ctx.add(ctx.location(index), ErrorCode.FORM_SCHEMA, field="default", reason=reason)
