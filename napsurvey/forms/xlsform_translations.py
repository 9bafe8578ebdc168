"""Partial translations: a text missing in one language shows the default language's, and the lines say where.

Our forms need every text in every language they speak (the linter checks
it); real workbooks often translate the labels but not every hint, or add a
language half-way. Each gap is filled from the default language (or, failing
that, the first language the text has) and listed once per column and
language, with the rows concerned.
"""

from __future__ import annotations

from typing import Any

from napsurvey.errors import ErrorCode
from napsurvey.forms.model import TRANSLATED_COLUMNS
from napsurvey.forms.xlsform_choices import Lists
from napsurvey.forms.xlsform_context import Conversion
from napsurvey.forms.xlsform_survey import Entry

#: Row types shown without a label of their own.
_UNLABELLED = frozenset({"calculate", "begin_group", "end_group", "begin_repeat", "end_repeat"})
#: Rows named in one line at most; the others are counted.
_SHOWN_ROWS = 8


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:_SHOWN_ROWS])
    return shown if len(rows) <= _SHOWN_ROWS else f"{shown} and {len(rows) - _SHOWN_ROWS} more"


Gaps = dict[tuple[str, str, str, str], list[int]]
"""(sheet, column, language, fallback) -> rows where the text was filled."""


def _fill(conv: Conversion, texts: dict[str, str], where: tuple[str, str], row: int, gaps: Gaps) -> None:
    present = {lang: t for lang, t in texts.items() if t.strip()}
    if not present:
        return
    fallback = conv.language if conv.language in present else next(iter(present))
    for language in conv.languages:
        if language not in present:
            texts[language] = present[fallback]
            gaps.setdefault((where[0], where[1], language, fallback), []).append(row)


def fill_translations(conv: Conversion, entries: list[Entry], lists: Lists) -> None:
    """Fill every gap of every text of the survey and the choices, and list them."""
    gaps: Gaps = {}
    survey = conv.title("survey")
    for entry in entries:
        row = entry.row
        if not row.get("label") and entry.base not in _UNLABELLED:
            _label_from(conv, entry)
        for column in TRANSLATED_COLUMNS:
            value = row.get(column)
            if isinstance(value, dict) and value:
                _fill(conv, value, (survey, column), entry.number, gaps)
    for list_name, choices in lists.lists.items():
        where, numbers = lists.rows.get(list_name, (conv.title("choices"), []))
        shown = _shown(list_name, entries)
        unlabelled: list[int] = []
        for choice, number in zip(choices, numbers):
            label = choice.get("label")
            if not isinstance(label, dict) or not any(t.strip() for t in label.values()):
                if shown:  # a list read only by lookups needs no labels
                    choice["label"] = dict.fromkeys(conv.languages, choice["name"])
                    unlabelled.append(number)
                continue
            _fill(conv, label, (where, "label"), number, gaps)
        if unlabelled:
            conv.problem(
                where, unlabelled[0], ErrorCode.FORM_XLSFORM_NO_LABEL, fatal=False,
                what=f"choice of list '{list_name}' on {len(unlabelled)} row(s) ({_rows_text(unlabelled)})", shown="its name",
            )  # fmt: skip
    for (where, column, language, fallback), rows in gaps.items():
        conv.problem(
            where, rows[0], ErrorCode.FORM_XLSFORM_PARTIAL_TRANSLATION, fatal=False,
            column=column, language=language, count=len(rows), rows=_rows_text(rows), fallback=fallback,
        )  # fmt: skip


def _shown(list_name: str, entries: list[Entry]) -> bool:
    """A list some select question shows (a list read only by lookups needs no labels)."""
    return any(str(e.row.get("type", "")).split(" ")[1:2] == [list_name] for e in entries)


def _label_from(conv: Conversion, entry: Entry) -> None:
    """A question without a label shows its hint, else its name (as ODK Collect does)."""
    row: dict[str, Any] = entry.row
    hint = row.get("hint")
    if isinstance(hint, dict) and any(t.strip() for t in hint.values()):
        row["label"] = row.pop("hint")
        shown = "its hint"
    else:
        row["label"] = dict.fromkeys(conv.languages, entry.name or entry.base)
        shown = "its name"
    first = ("type", "name", "label")
    entry.row = {k: row[k] for k in first if k in row} | {k: v for k, v in row.items() if k not in first}
    conv.problem(conv.title("survey"), entry.number, ErrorCode.FORM_XLSFORM_NO_LABEL, fatal=False, what=entry.base, shown=shown)
