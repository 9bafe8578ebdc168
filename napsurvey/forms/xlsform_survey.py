"""The survey sheet: every row becomes a row of our form, or a line that says why not.

Types are read through :mod:`napsurvey.forms.xlsform_columns`; what is refused
for privacy (identifiers, GPS positions, media) is left out with a line of its
own; what can keep its meaning under another type is generalised (a date-time
becomes a date, a range a number with its bounds, ``or_other`` a choice and a
text question). Names are then made unique: a note or group without a name
gets one, and a name used again in another group (as XLSForm allows) is
renamed after its group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import NAME_PATTERN
from napsurvey.forms.xlsform_cells import bands, flag, number_or_text, read_header, report_clashes, split_row, text
from napsurvey.forms.xlsform_columns import ROW_ORDER, SURVEY_COLUMNS, ParsedType, parse_type
from napsurvey.forms.xlsform_context import PLACES_LIST, Conversion, Dropped
from napsurvey.forms.xlsform_read import Sheet

#: What the "other" choice added by ``or_other`` is called and says.
OTHER = "other"
OTHER_LABEL = "Other"

_PARAMETER = re.compile(r"([A-Za-z_]+)\s*=\s*([^\s,;]+)")
_SEARCH = re.compile(r"search\([^)]*\)")
_BLOCK_BEGIN = frozenset({"begin_group", "begin_repeat"})
_BLOCK_END = frozenset({"end_group", "end_repeat"})
_NAMED_IF_MISSING = frozenset({"note", "begin_group", "begin_repeat"})


@dataclass
class Entry:
    """One imported survey row while the conversion runs.

    ``source_name`` is the name as written (``None`` if none); ``parents`` the
    written names of the groups and repeats around it, outermost first.
    ``row`` is the output row (our column names); ``files`` the CSV lists it
    needs (select_one_from_file).
    """

    number: int
    row: dict[str, Any]
    source_name: str | None
    parents: tuple[str, ...]
    parsed: ParsedType
    files: list[str] = field(default_factory=list)
    added: bool = False  # made by the import (the text question of or_other)

    @property
    def name(self) -> str | None:
        """The row's name in the imported form."""
        value = self.row.get("name")
        return value if isinstance(value, str) else None

    @property
    def base(self) -> str:
        """``select_one`` for ``select_one yes_no``."""
        return str(self.row["type"]).split(" ", 1)[0]


def parameters(value: Any) -> dict[str, str]:
    """``start=1 end=10 step=1`` -> {start: 1, end: 10, step: 1}."""
    return {k.lower(): v for k, v in _PARAMETER.findall(str(value or ""))}


def read_survey(conv: Conversion, sheet: Sheet) -> list[Entry]:
    """Every row of the survey sheet that is imported, in order (the others are listed)."""
    header = read_header(conv, sheet, SURVEY_COLUMNS)
    if not any(c.kind == "column" and c.name == "type" for c in header):
        raise NapError(ErrorCode.FORM_XLSFORM, sheet=sheet.title, row=sheet.rows[0][0], reason="the header has no 'type' column")
    conv.fate[sheet.rows[0][0]] = "header"
    entries: list[Entry] = []
    stack: list[str] = []  # written names of open groups and repeats
    loop: tuple[int, str, int, list[int]] | None = None  # begin row, type, depth, rows inside
    clashes: dict[str, list[int]] = {}
    for number, cells in sheet.rows[1:]:
        clashed: list[str] = []
        raw, texts = split_row(header, cells, conv.language, clashed)
        for column in clashed:
            clashes.setdefault(column, []).append(number)
        type_cell = text(raw.get("type"))
        name = (text(raw.get("name")) or "").strip() or None
        if loop is not None:
            begin, loop_type, depth, inside = loop
            base = parse_type(type_cell or "").base
            depth += 1 if base == "begin_loop" else -1 if base == "end_loop" else 0
            if depth == 0:
                conv.problem(sheet, begin, ErrorCode.FORM_XLSFORM_LOOP, fatal=False, type=loop_type, count=len(inside))
                for row in (*inside, number):
                    conv.fate[row] = ErrorCode.FORM_XLSFORM_LOOP.name
                loop = None
            else:
                if name:
                    conv.dropped[name] = Dropped(loop_type, "loop")
                loop = (begin, loop_type, depth, [*inside, number])
            continue
        if not type_cell or not type_cell.strip():
            if raw or texts:
                conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_TYPE, fatal=False)
                conv.fate[number] = ErrorCode.FORM_XLSFORM_NO_TYPE.name
            continue
        parsed = parse_type(type_cell)
        if parsed.base == "begin_loop":
            if name:
                conv.dropped[name] = Dropped(parsed.raw, "loop")
            conv.fate[number] = ErrorCode.FORM_XLSFORM_LOOP.name
            loop = (number, parsed.raw, 1, [])
            continue
        entry = _entry(conv, sheet, number, parsed, name, raw, texts, tuple(stack))
        if entry is None:
            continue
        base = entry.base
        if base in _BLOCK_BEGIN:
            stack.append(name or f"_{number}")
        elif base in _BLOCK_END and stack:
            stack.pop()
        entries.append(entry)
        conv.fate[number] = "imported"
        if parsed.or_other and base in ("select_one", "select_multiple") and entry.name:
            entries.append(_other_question(conv, sheet, entry))
    if loop is not None:
        conv.problem(sheet, loop[0], ErrorCode.FORM_XLSFORM_LOOP, fatal=False, type=loop[1], count=len(loop[3]))
        for row in loop[3]:
            conv.fate[row] = ErrorCode.FORM_XLSFORM_LOOP.name
    report_clashes(conv, sheet, clashes)
    _name_rows(conv, sheet, entries)
    return entries


def _drop(
    conv: Conversion, sheet: Sheet, number: int, parsed: ParsedType, name: str | None, code: ErrorCode, *, fatal: bool = False
) -> None:
    if name:
        conv.dropped[name] = Dropped(parsed.raw, parsed.kind)
    conv.problem(sheet, number, code, fatal=fatal, type=parsed.raw)
    conv.fate[number] = code.name


def _entry(
    conv: Conversion,
    sheet: Sheet,
    number: int,
    parsed: ParsedType,
    name: str | None,
    raw: dict[str, Any],
    texts: dict[str, dict[str, str]],
    parents: tuple[str, ...],
) -> Entry | None:
    kind = parsed.kind
    if kind == "unknown":
        _drop(conv, sheet, number, parsed, name, ErrorCode.FORM_UNKNOWN_TYPE, fatal=True)
        return None
    if kind == "metadata":
        _drop(conv, sheet, number, parsed, name, ErrorCode.FORM_XLSFORM_METADATA)
        return None
    if kind == "identifier":
        _drop(conv, sheet, number, parsed, name, ErrorCode.FORM_XLSFORM_IDENTIFIER)
        return None
    if kind == "media":
        _drop(conv, sheet, number, parsed, name, ErrorCode.FORM_XLSFORM_MEDIA)
        return None
    if kind == "location":
        if parsed.base == "geopoint" and conv.options.places is not None and name:
            return _place(conv, sheet, number, parsed, name, raw, texts, parents)
        if name:
            conv.dropped[name] = Dropped(parsed.raw, parsed.kind)
        place = parsed.base == "geopoint"
        alternative = " (it can be asked as a choice of place)" if place else ""
        code = ErrorCode.FORM_XLSFORM_LOCATION
        conv.problem(sheet, number, code, fatal=False, remedy="place" if place else "", type=parsed.raw, alternative=alternative)
        conv.fate[number] = code.name
        return None
    if kind in ("unsupported", "empty"):
        _drop(conv, sheet, number, parsed, name, ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE)
        return None
    entry = Entry(number, {}, name, parents, parsed)
    if kind == "select_file":
        file = parsed.list_name or ""
        entry.files.append(file)
        list_name = file.rsplit(".", 1)[0]
        entry.row["type"] = f"{parsed.base} {list_name}"
    elif kind in ("select", "select_external"):
        entry.row["type"] = f"{parsed.base} {parsed.list_name}"
    elif kind == "mapped":
        entry.row["type"] = _mapped(conv, sheet, number, parsed, raw)
    else:
        entry.row["type"] = parsed.base
    is_end = entry.base in _BLOCK_END
    if name and not is_end:
        entry.row["name"] = name
    _fill(entry, raw, texts)
    if kind == "mapped":
        _mapped_constraint(conv, sheet, number, parsed, raw, entry)
    appearance = entry.row.get("appearance")
    if isinstance(appearance, str) and "search(" in appearance:
        kept = " ".join(w for w in _SEARCH.sub(" ", appearance).split())
        conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_SEARCH, fatal=False, appearance=appearance, list=parsed.list_name or "")
        if kept:
            entry.row["appearance"] = kept
        else:
            del entry.row["appearance"]
    if parsed.or_other and entry.base not in ("select_one", "select_multiple"):
        conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN, fatal=False, column="or_other")
    return entry


def _fill(entry: Entry, raw: dict[str, Any], texts: dict[str, dict[str, str]]) -> None:
    row = entry.row
    row.update(texts)
    for column, value in raw.items():
        if column in ("type", "name", "parameters"):
            continue
        if column in ("required", "read_only"):
            marked = flag(value)
            if marked is not None:
                row[column] = marked
        elif column in ("default", "repeat_count"):
            row[column] = number_or_text(value)
        elif column == "bands":
            row[column] = bands(value)
        else:
            row[column] = text(value)
    entry.row = {k: row[k] for k in ROW_ORDER if k in row}


def _mapped(conv: Conversion, sheet: Sheet, number: int, parsed: ParsedType, raw: dict[str, Any]) -> str:
    if parsed.base == "range":
        params = parameters(raw.get("parameters"))
        whole = all(_is_int(params.get(k, "1")) for k in ("start", "end", "step"))
        return "integer" if whole else "decimal"
    if parsed.base in ("phone_number",):
        return "text"
    if parsed.base == "percentage":
        return "integer"
    return parsed.base  # date (from date-time)


def _is_int(value: str) -> bool:
    try:
        return float(value).is_integer()
    except ValueError:
        return False


def _mapped_constraint(conv: Conversion, sheet: Sheet, number: int, parsed: ParsedType, raw: dict[str, Any], entry: Entry) -> None:
    """What keeps a generalised type's meaning, added to the row's constraint; the line says what."""
    added: str | None = None
    if parsed.base == "range":
        params = parameters(raw.get("parameters"))
        start, end = params.get("start", "1"), params.get("end", "10")
        low, high = sorted((start, end), key=lambda v: float(v) if _is_float(v) else 0.0)
        added = f". >= {low} and . <= {high}"
    elif parsed.base == "phone_number":
        added = "regex(., '^[0-9+ ()-]*$')"
    elif parsed.base == "percentage":
        added = ". >= 0 and . <= 100"
    if added is not None:
        existing = entry.row.get("constraint")
        entry.row["constraint"] = f"({existing}) and {added}" if isinstance(existing, str) and existing.strip() else added
        entry.row = {k: entry.row[k] for k in ROW_ORDER if k in entry.row}
    target = entry.row["type"] + (f" with constraint {added}" if added else ", without the time of day")
    conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_MAPPED, fatal=False, type=parsed.raw, target=target)


def _is_float(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _place(
    conv: Conversion,
    sheet: Sheet,
    number: int,
    parsed: ParsedType,
    name: str,
    raw: dict[str, Any],
    texts: dict[str, dict[str, str]],
    parents: tuple[str, ...],
) -> Entry:
    """A GPS question asked as a choice of place from the --places list (generalised, never a position)."""
    entry = Entry(number, {"type": f"select_one {PLACES_LIST}", "name": name}, name, parents, parsed)
    _fill(entry, raw, texts)
    entry.row.pop("default", None)
    entry.row["privacy"] = "quasi"
    level = conv.options.admin_level
    if level:
        entry.row["admin_level"] = level
    entry.row = {k: entry.row[k] for k in ROW_ORDER if k in entry.row}
    detail = f"; records keep only its '{level}'" if level else ""
    conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_PLACE, fatal=False, type=parsed.raw, list=PLACES_LIST, level=detail)
    return entry


def _other_question(conv: Conversion, sheet: Sheet, select: Entry) -> Entry:
    """``or_other``: the text question asked when 'other' is chosen (the choice is added to the list)."""
    name = f"{select.name}_other"
    relevant = f"selected(${{{select.name}}}, '{OTHER}')"
    label = dict.fromkeys(conv.languages, "Specify other.")
    row = {"type": "text", "name": name, "label": label, "relevant": relevant}
    conv.problem(sheet, select.number, ErrorCode.FORM_XLSFORM_OR_OTHER, fatal=False, choice=OTHER, name=name)
    return Entry(select.number, row, name, select.parents, ParsedType("text", "question", "text"), added=True)


# --- names ------------------------------------------------------------------------


def _name_rows(conv: Conversion, sheet: Sheet, entries: list[Entry]) -> None:
    """Give unnamed notes and groups a name; rename a name used again in another group; list each."""
    taken = {e.source_name for e in entries if e.source_name and e.base not in _BLOCK_END}
    for entry in entries:
        if entry.base in _BLOCK_END or entry.name:
            continue
        if entry.base in _NAMED_IF_MISSING:
            name = _free(f"{entry.base.removeprefix('begin_')}_r{entry.number}", taken)
            entry.row = {"type": entry.row["type"], "name": name, **{k: v for k, v in entry.row.items() if k != "type"}}
            conv.problem(sheet, entry.number, ErrorCode.FORM_XLSFORM_NAMED, fatal=False, type=entry.base, name=name)
        else:
            conv.problem(sheet, entry.number, ErrorCode.FORM_XLSFORM_NO_NAME, fatal=True, type=entry.base)
            conv.fate[entry.number] = ErrorCode.FORM_XLSFORM_NO_NAME.name
    first: dict[str, Entry] = {}
    for entry in entries:
        held = entry.name
        if held is None or entry.base in _BLOCK_END or entry.added:
            continue
        name = held
        other = first.get(name)
        if other is None:
            first[name] = entry
            continue
        if other.parents == entry.parents:
            continue  # the same name twice in one group: the linter refuses it, as XLSForm does
        conv.ambiguous.add(name)
        prefix = entry.parents[-1] if entry.parents else "form"
        new = _free(f"{prefix}_{name}" if re.match(NAME_PATTERN, f"{prefix}_{name}") else f"{name}_{entry.number}", taken)
        entry.row["name"] = new
        where = f"group '{other.parents[-1]}'" if other.parents else "the top of the form"
        conv.problem(sheet, entry.number, ErrorCode.FORM_XLSFORM_RENAMED, fatal=False, name=name, other=where, new=new)


def _free(name: str, taken: set[str]) -> str:
    candidate, n = name[:64], 2
    while candidate in taken:
        candidate = f"{name[:60]}_{n}"
        n += 1
    taken.add(candidate)
    return candidate
