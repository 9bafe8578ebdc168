"""Reading the plan workbook back into the same data a YAML plan file gives.

The workbook (see :mod:`napsurvey.plan.xlsx_layout`) becomes the mapping of a
plan file, then goes through the same validation and lint. Before openpyxl
sees the file, its zip directory is checked: a workbook that would expand past
:data:`MAX_UNPACKED` or holds too many parts is refused, so a zip bomb never
reaches the parser. Rows that cannot be placed (an objective of an unknown
pillar...) are reported with their sheet and row.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from datetime import date, datetime
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.problem import Problem
from napsurvey.plan.xlsx_layout import ACTIONS, COST_PREFIX, INDICATORS, OBJECTIVES, PILLARS, Column, split_list

#: Largest total size the workbook's parts may expand to.
MAX_UNPACKED = 64 * 1024 * 1024
MAX_PARTS = 2000
MAX_ROWS = 5000

_TRANSLATED = re.compile(r"^(?P<key>[a-z_]+)_(?P<lang>[a-z]{2,3})$")


def _problem(source: str, code: ErrorCode, location: str = "file", **params: Any) -> Problem:
    return Problem(source, location, code, NapError(code, **params).message, params)


def _check_zip(data: bytes, source: str) -> Problem | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return _problem(source, ErrorCode.PLAN_NOT_A_PLAN, reason="the file is a damaged ZIP, not an XLSX workbook")
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED:
        return _problem(source, ErrorCode.PLAN_TOO_LARGE, limit="64 MB unpacked")
    if not any(i.filename == "xl/workbook.xml" for i in infos):
        return _problem(source, ErrorCode.PLAN_NOT_A_PLAN, reason="the ZIP file is not an XLSX workbook")
    return None


def _cell(value: Any) -> Any:
    """A cell value as the plan file would hold it (months as YYYY-MM, whole numbers as int)."""
    if isinstance(value, datetime):
        return f"{value.year:04d}-{value.month:02d}" if value.day == 1 else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _rows(ws: Any) -> list[tuple[int, dict[str, Any]]]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        return []
    names = [str(h).strip() if h is not None else "" for h in header]
    out: list[tuple[int, dict[str, Any]]] = []
    for number, values in enumerate(rows, 2):
        if number > MAX_ROWS:
            break
        record = {name: _cell(v) for name, v in zip(names, values) if name}
        if any(v is not None for v in record.values()):
            out.append((number, record))
    return out


def _texts(record: dict[str, Any], key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in record.items():
        match = _TRANSLATED.match(name)
        if match and match.group("key") == key and value is not None:
            out[match.group("lang")] = str(value)
    return out


def _plain(record: dict[str, Any], columns: tuple[Column, ...]) -> list[str]:
    """Headers of ``record`` that are not columns of this sheet (they would be dropped silently)."""
    known = {c.key for c in columns}
    extra: list[str] = []
    translated = {c.key for c in columns if c.translated}
    for name in record:
        match = _TRANSLATED.match(name)
        base = match.group("key") if match and name not in known and match.group("key") in translated else name
        if base not in known and not name.startswith(COST_PREFIX):
            extra.append(name)
    return extra


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def bad(self, sheet: str, row: int, reason: str) -> None:
        self.problems.append(_problem(self.source, ErrorCode.PLAN_SPREADSHEET, f"sheet {sheet}", sheet=sheet, row=row,
                                      reason=reason))

    def extra_columns(self, sheet: str, rows: list[tuple[int, dict[str, Any]]], columns: tuple[Column, ...]) -> None:
        if rows:
            number, record = rows[0]
            for name in _plain(record, columns):
                # A column the layout does not have: it would be a field nobody checks (a contact, a name...).
                self.bad(sheet, 1, f"column '{name}' is not part of the template; its values cannot be imported")


def _plan_block(rows: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for _, record in rows:
        key, value = record.get("key"), record.get("value")
        if isinstance(key, str) and value is not None:
            values[key] = value
    info: dict[str, Any] = {k: values[k] for k in ("id", "country", "start_year", "end_year", "currency", "adopted")
                            if k in values}
    title = _texts(values, "title")
    if title:
        info["title"] = title
    if "languages" in values:
        info["languages"] = split_list(values["languages"])
    institution, unit = _texts(values, "coordination_institution"), _texts(values, "coordination_unit")
    if institution or unit:
        info["coordination"] = {"institution": institution, "unit": unit}
    plain = {"id", "country", "start_year", "end_year", "currency", "adopted", "languages"}
    translated = {"title", "coordination_institution", "coordination_unit"}
    for key, value in values.items():
        match = _TRANSLATED.match(key)
        if key not in plain and not (match and match.group("key") in translated):
            info[key] = value  # an unknown key is named by the validation, as in a YAML plan
    return info


def read_plan_workbook(data: bytes, source: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The workbook's plan as plain data, or the problems that stop it."""
    refused = _check_zip(data, source)
    if refused is not None:
        return None, [refused]
    from openpyxl import load_workbook  # noqa: PLC0415 (only when a workbook is read)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops; they carry no data
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on a malformed workbook
        return None, [_problem(source, ErrorCode.PLAN_NOT_A_PLAN, reason="the workbook cannot be read")]
    reader = _Reader(source)
    try:
        missing = [s for s in ("Plan", "Pillars", "Objectives", "Actions", "Indicators") if s not in wb.sheetnames]
        if missing:
            return None, [_problem(source, ErrorCode.PLAN_NOT_A_PLAN,
                                   reason=f"the workbook has no sheet {', '.join(missing)} (start from the template)")]
        sheets = {name: _rows(wb[name]) for name in ("Plan", "Pillars", "Objectives", "Actions", "Indicators")}
    except Exception:  # noqa: BLE001 - damaged sheet XML surfaces only while iterating
        return None, [_problem(source, ErrorCode.PLAN_NOT_A_PLAN, reason="the workbook cannot be read")]
    finally:
        wb.close()
    return _assemble(sheets, reader), reader.problems


def _assemble(sheets: dict[str, list[tuple[int, dict[str, Any]]]], reader: _Reader) -> dict[str, Any]:
    for name, columns in (("Pillars", PILLARS), ("Objectives", OBJECTIVES), ("Actions", ACTIONS),
                          ("Indicators", INDICATORS)):
        reader.extra_columns(name, sheets[name], columns)
    pillars: dict[str, dict[str, Any]] = {}
    for number, record in sheets["Pillars"]:
        ident = record.get("pillar_id")
        if ident is None:
            reader.bad("Pillars", number, "the row has no pillar_id")
            continue
        pillars[str(ident)] = {"id": str(ident), "title": _texts(record, "title"), "objectives": []}
    objectives: dict[str, dict[str, Any]] = {}
    for number, record in sheets["Objectives"]:
        ident, pillar = record.get("objective_id"), record.get("pillar_id")
        if ident is None:
            reader.bad("Objectives", number, "the row has no objective_id")
            continue
        if str(pillar) not in pillars:
            reader.bad("Objectives", number, f"pillar_id '{pillar}' is not on the Pillars sheet")
            continue
        objective = {"id": str(ident), "title": _texts(record, "title"), "actions": []}
        objectives[str(ident)] = objective
        pillars[str(pillar)]["objectives"].append(objective)
    for number, record in sheets["Actions"]:
        ident, objective_id = record.get("action_id"), record.get("objective_id")
        if ident is None:
            reader.bad("Actions", number, "the row has no action_id")
            continue
        if str(objective_id) not in objectives:
            reader.bad("Actions", number, f"objective_id '{objective_id}' is not on the Objectives sheet")
            continue
        action: dict[str, Any] = {"id": str(ident), "title": _texts(record, "title")}
        institution, unit = _texts(record, "institution"), _texts(record, "unit")
        if institution or unit:
            action["responsible"] = {"institution": institution, "unit": unit}
        for key in ("start", "end", "budget_line"):
            if record.get(key) is not None:
                action[key] = str(record[key])
        if record.get("partners"):
            action["partners"] = split_list(record["partners"])
        if record.get("indicators"):
            action["indicators"] = split_list(record["indicators"])
        costs = {name[len(COST_PREFIX):].strip(): value for name, value in record.items()
                 if name.startswith(COST_PREFIX) and value is not None}
        if costs:
            action["cost"] = {"by_year": costs}
        objectives[str(objective_id)]["actions"].append(action)
    indicators: list[dict[str, Any]] = []
    for number, record in sheets["Indicators"]:
        indicator = _indicator(number, record, reader)
        if indicator is not None:
            indicators.append(indicator)
    return {"plan": _plan_block(sheets["Plan"]), "pillars": list(pillars.values()), "indicators": indicators}


def _indicator(number: int, record: dict[str, Any], reader: _Reader) -> dict[str, Any] | None:
    ident = record.get("indicator_id")
    if ident is None:
        reader.bad("Indicators", number, "the row has no indicator_id")
        return None
    out: dict[str, Any] = {"id": str(ident), "title": _texts(record, "title")}
    for key in ("pillar_id", "objective_id"):
        if record.get(key) is not None:
            out[key.removesuffix("_id")] = str(record[key])
    for key in ("unit", "direction"):
        if record.get(key) is not None:
            out[key] = record[key]
    for measure in ("baseline", "target"):
        value, year = record.get(f"{measure}_value"), record.get(f"{measure}_year")
        if value is not None or year is not None:
            out[measure] = {"value": value, "year": year}
    milestones = []
    for item in split_list(record.get("milestones")):
        year, sep, value = item.partition("=")
        try:
            milestones.append({"year": int(year.strip()), "value": float(value.strip())})
        except ValueError:
            reader.bad("Indicators", number, f"milestone '{item}' is not 'year=value' (e.g. 2027=14)")
    if milestones:
        out["milestones"] = milestones
    source = _texts(record, "data_source")
    if source:
        out["data_source"] = source
    frameworks = []
    for item in split_list(record.get("frameworks")):
        scheme, _, code = item.rpartition(" ")
        if not scheme:
            reader.bad("Indicators", number, f"framework '{item}' is not 'SCHEME CODE' (e.g. SDG 5.5.1)")
            continue
        frameworks.append({"scheme": scheme.strip(), "code": code.strip()})
    if frameworks:
        out["frameworks"] = frameworks
    if record.get("survey_form") or record.get("survey_indicator"):
        where: dict[str, str] = {}
        for item in split_list(record.get("survey_where")):
            key, sep, value = item.partition("=")
            if not sep:
                reader.bad("Indicators", number, f"survey_where '{item}' is not 'question=answer'")
                continue
            where[key.strip()] = value.strip()
        out["survey"] = {"form": record.get("survey_form"), "indicator": record.get("survey_indicator"),
                         "numerator": split_list(record.get("survey_numerator")), "where": where}
    return out
