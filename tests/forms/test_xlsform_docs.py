"""docs/xlsform-import.md's support tables say what the import does: checked against the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode
from napsurvey.forms.expressions import KNOWN_FUNCTIONS, REFUSED_FUNCTIONS, SYNTAX_FUNCTIONS
from napsurvey.forms.model import TRANSLATED_COLUMNS
from napsurvey.forms.xlsform_columns import (
    ALIASES,
    DROPPED_SETTINGS,
    SETTINGS_ALIASES,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    TYPES,
    UNSUPPORTED_COLUMNS,
    _key,
    parse_header,
    parse_type,
)

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "xlsform-import.md").read_text(encoding="utf-8")
STATUSES = ("supported", "generalised", "refused")
_TICKS = re.compile(r"`([^`]+)`")


def table(heading: str) -> list[list[str]]:
    """The rows (cells) of the first table under ``### heading``."""
    section = DOC.split(f"### {heading}\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def status(cell: str) -> str:
    word = cell.split()[0]
    assert word in STATUSES, cell
    return word


def spellings(cell: str) -> list[str]:
    return _TICKS.findall(cell)


# --- question types ---------------------------------------------------------------------------------

KIND_STATUS = {
    "question": "supported", "select": "supported", "select_file": "supported", "select_external": "supported",
    "mapped": "generalised", "metadata": "refused", "identifier": "refused", "location": "refused", "media": "refused",
    "unsupported": "refused",
}  # fmt: skip


def _type_cell(spelling: str) -> str:
    words = [w for w in spelling.split() if not w.isupper() and w != "FILE.csv"]
    return " ".join(words)


def test_every_type_spelling_is_in_the_table_with_what_the_import_does() -> None:
    documented: dict[str, str] = {}
    for first, state, _ in table("Question types"):
        for spelling in spellings(first):
            if spelling.startswith("…"):
                continue
            written = _type_cell(spelling)
            sample = spelling.replace("LIST", "x").replace("FILE.csv", "x.csv")
            parsed = parse_type(sample)
            if parsed.kind == "unknown":  # a select spelling written without its list
                parsed = parse_type(f"{sample} x")
            assert parsed.kind in KIND_STATUS, spelling
            assert KIND_STATUS[parsed.kind] == status(state), spelling
            key = "_".join(w.lower() for w in written.split() if w.lower() not in ("from", "over"))
            documented[key] = status(state)
    missing = [t for t in TYPES if t not in documented]
    assert not missing, missing


# --- columns and settings ---------------------------------------------------------------------------------


def test_every_column_spelling_is_in_the_table() -> None:
    documented: dict[str, str] = {}
    extra = SURVEY_COLUMNS | {"list_name", "name"}
    for first, state, _ in table("Columns of the survey and choices sheets"):
        for spelling in spellings(first):
            column = parse_header(spelling, extra=extra)
            expected = "supported" if column.kind in ("column", "translated") else "refused" if column.kind == "unsupported" else None
            assert expected == status(state), spelling
            documented[_key(spelling)] = status(state)
    wanted = set(ALIASES) | set(SURVEY_COLUMNS) | set(TRANSLATED_COLUMNS) | set(UNSUPPORTED_COLUMNS)
    missing = sorted(w for w in wanted if w not in documented)
    assert not missing, missing


def test_every_setting_is_in_the_table() -> None:
    documented: dict[str, str] = {}
    for first, state, _ in table("Settings"):
        for spelling in spellings(first):
            key = "_".join(spelling.lower().split())
            key = SETTINGS_ALIASES.get(key, key)
            assert key in SETTINGS_COLUMNS, spelling
            assert ("refused" if key in DROPPED_SETTINGS else "supported") == status(state), spelling
            documented[key] = status(state)
    assert set(documented) == set(SETTINGS_COLUMNS)


# --- functions --------------------------------------------------------------------------------------------


def test_every_function_is_in_the_table_with_what_the_parser_does() -> None:
    documented: dict[str, str] = {}
    for first, state, why in table("Functions and expressions"):
        for spelling in spellings(first):
            name = spelling.removesuffix("()")
            expected = "refused" if name in REFUSED_FUNCTIONS else "supported" if name in KNOWN_FUNCTIONS | SYNTAX_FUNCTIONS else None
            assert expected == status(state), spelling
            if expected == "refused":
                assert why, spelling
            documented[name] = status(state)
    assert set(documented) == KNOWN_FUNCTIONS | SYNTAX_FUNCTIONS | set(REFUSED_FUNCTIONS)


# --- codes ------------------------------------------------------------------------------------------------

SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "napsurvey" / "forms").glob("*.py"))


@pytest.mark.parametrize("row", table("Other features"), ids=lambda r: r[0][:40])
def test_each_other_feature_names_a_code_the_import_uses(row: list[str]) -> None:
    _, state, code, _ = row
    status(state)
    assert code in ErrorCode.__members__, code
    assert f"ErrorCode.{code}" in SOURCES, code


def test_every_import_code_is_documented() -> None:
    for code in ErrorCode:
        if code.name.startswith("FORM_XLSFORM"):
            assert code.name in DOC, code.name
