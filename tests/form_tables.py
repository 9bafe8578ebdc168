"""Write a test's form inline as tables, in the style of pyxform's markdown tests.

    FORM = form_from_table('''
        | survey   |
        |          | type              | name    | label    | label::fr  |
        |          | select_one yes_no | consent | Consent? | Accord ?   |
        |          | integer           | age     | Age      | Âge        |
        | choices  |
        |          | list_name         | name    | label    | label::fr  |
        |          | yes_no            | yes     | Yes      | Oui        |
        |          | yes_no            | no      | No       | Non        |
        | settings |
        |          | form_id           | version |
        |          | mini              | 1       |
    ''')

A row whose first cell is filled names a sheet (``survey``, ``choices``,
``settings``, ``indicators``, or a block such as ``consent``); the next row
holds its column names and the rows after it the values. Empty cells are
left out. ``label::fr`` columns become ``{"fr": ...}`` (a plain ``label``
beside them is the default language's); choices are grouped by
``list_name``; an indicator's ``by`` is split on spaces. Settings default
to ``form_id: t``, ``form_title: T``, ``version: "1"``.
"""

from __future__ import annotations

from typing import Any

import yaml

from napsurvey.forms.model import Form

#: Columns whose cells are booleans (``true``/``false``) or whole numbers rather than text.
_BOOLEAN = {"required", "read_only", "field_list"}
_INTEGER = {"retention_days", "repeat_count_max", "adult_age"}
_SINGLE_ROW = {"settings", "consent", "referral", "child_protocol", "privacy"}


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if not stripped.startswith("|"):
        raise ValueError(f"not a table row: {line!r}")
    return [cell.strip() for cell in stripped.strip("|").split("|")]


def _value(column: str, cell: str) -> Any:
    if column in _BOOLEAN:
        return cell.lower() in ("true", "yes")
    if column in _INTEGER:
        return int(cell)
    if column == "by":
        return cell.split()
    return cell


def _row(header: list[str], cells: list[str], default_language: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, cell in zip(header, cells, strict=False):
        if not column or not cell:
            continue
        name, _, language = column.partition("::")
        if language:
            texts = out.setdefault(name, {})
            if isinstance(texts, str):  # a plain column came first: it is the default language
                texts = out[name] = {default_language: texts}
            texts[language] = cell
        elif isinstance(out.get(name), dict):
            out[name].setdefault(default_language, cell)
        else:
            out[name] = _value(name, cell)
    return out


def sheets_from_table(table: str) -> dict[str, list[dict[str, Any]]]:
    """Sheet name -> its rows as dicts, from the table text."""
    sheets: dict[str, list[dict[str, Any]]] = {}
    current: str | None = None
    header: list[str] | None = None
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        cells = _cells(line)
        if cells[0]:
            current, header = cells[0], None
            sheets.setdefault(current, [])
            continue
        if current is None:
            raise ValueError("the table starts with a row that names no sheet")
        if header is None:
            header = cells[1:]
            continue
        sheets[current].append(dict(zip(header, cells[1:], strict=False)))
    return sheets


def form_dict_from_table(table: str, **settings: Any) -> dict[str, Any]:
    """The form as the YAML reader would give it (a dict), from the table text; ``settings`` override."""
    sheets = sheets_from_table(table)
    language = str(settings.get("default_language") or "en")
    raw_settings = sheets.pop("settings", [{}])
    header = list(raw_settings[0]) if raw_settings else []
    form: dict[str, Any] = {
        "settings": {"form_id": "t", "form_title": "T", "version": "1",
                     **_row(header, list(raw_settings[0].values()) if raw_settings else [], language), **settings},
    }
    for name, rows in sheets.items():
        parsed = [_row(list(r), list(r.values()), language) for r in rows]
        if name == "choices":
            lists: dict[str, list[dict[str, Any]]] = {}
            for choice in parsed:
                lists.setdefault(str(choice.pop("list_name")), []).append(choice)
            form["choices"] = lists
        elif name in _SINGLE_ROW:
            form[name] = parsed[0] if parsed else {}
        else:
            form[name] = parsed
    return form


def form_from_table(table: str, **settings: Any) -> Form:
    """The validated form model, from the table text."""
    return Form.model_validate(form_dict_from_table(table, **settings))


def yaml_from_table(table: str, **settings: Any) -> str:
    """The form as YAML text (to install it, put it in a kit or write it to a file)."""
    return yaml.safe_dump(form_dict_from_table(table, **settings), allow_unicode=True, sort_keys=False)
