"""The plan workbook: a blank template for a ministry officer, or a plan written out to it.

:func:`plan_workbook` returns XLSX bytes: a "Read me" sheet, one sheet per
record kind (Plan, Pillars, Objectives, Actions, Indicators), the framework
codes napsurvey accepts, and drop-down lists for units and directions. Month
columns are formatted as text so a spreadsheet does not turn ``2026-01``
into a date. The file carries no author and a fixed creation date.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from napsurvey.plan.frameworks import shipped_frameworks
from napsurvey.plan.model import DIRECTIONS, UNITS, Plan, Text, pick
from napsurvey.plan.xlsx_layout import (
    ACTIONS,
    COST_PREFIX,
    FRAMEWORKS_SHEET,
    INDICATORS,
    LANGUAGES,
    LISTS_SHEET,
    OBJECTIVES,
    PILLARS,
    PLAN_KEYS,
    README_SHEET,
    Column,
)

_HEAD = PatternFill("solid", fgColor="EEF2F6")
_BOLD = Font(bold=True)
_FIXED_DATE = datetime(2026, 1, 1)

_README = (
    "How to fill in this workbook",
    "",
    "1. Plan: one value per row (id, title in each language, years, currency...).",
    "2. Pillars, Objectives, Actions, Indicators: one record per row, under the header row.",
    "3. Every action names its responsible institution and unit: institutions, never persons.",
    "   Do not write names, phone numbers or e-mail addresses anywhere: the plan is published as it is.",
    "4. Months are written YYYY-MM (2026-01); costing goes in the 'cost <fiscal year>' columns, in the plan's currency.",
    "5. An indicator with a target needs a baseline (value and year).",
    "6. Framework codes must be among those on the 'Framework codes' sheet.",
    "7. Check the file with: napsurvey plan validate FILE.xlsx - each problem is one line with its code.",
    "",
    "Comment remplir ce classeur : une feuille par type d'enregistrement, une ligne par enregistrement.",
    "Chaque action nomme l'institution et l'unité responsables (jamais une personne). Les mois s'écrivent AAAA-MM.",
    "Vérifiez le fichier avec : napsurvey plan validate FICHIER.xlsx",
)


def _headers(columns: tuple[Column, ...], languages: tuple[str, ...]) -> list[str]:
    return [h for c in columns for h in c.headers(languages)]


def _sheet(wb: Workbook, title: str, headers: list[str], columns: tuple[Column, ...], languages: tuple[str, ...]) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append(headers)
    widths = {h: c.width for c in columns for h in c.headers(languages)}
    for i, header in enumerate(headers, 1):
        cell = ws.cell(row=1, column=i)
        cell.fill, cell.font = _HEAD, _BOLD
        ws.column_dimensions[get_column_letter(i)].width = widths.get(header, 12)
        help_text = next((c.help for c in columns if header in c.headers(languages)), "")
        if help_text:
            from openpyxl.comments import Comment  # noqa: PLC0415

            cell.comment = Comment(help_text, "napsurvey")
            cell.comment.author = ""
    ws.freeze_panes = "A2"
    return ws


def _texts(text: Text, languages: tuple[str, ...]) -> list[str]:
    return [text.get(lang, "") for lang in languages]


def _as_text_column(ws: Worksheet, headers: list[str], names: tuple[str, ...]) -> None:
    for i, header in enumerate(headers, 1):
        if header in names:
            for row in range(2, max(ws.max_row, 500) + 1):
                ws.cell(row=row, column=i).number_format = "@"


def plan_workbook(plan: Plan | None = None, years: list[str] | None = None) -> bytes:
    """The workbook as XLSX bytes: blank (``plan`` None) or holding ``plan``."""
    languages: tuple[str, ...] = tuple(plan.plan.languages) if plan is not None else LANGUAGES
    if plan is not None:
        years = plan.fiscal_years() or [str(y) for y in range(plan.plan.start_year, plan.plan.end_year + 1)]
    years = years or [str(y) for y in range(2026, 2031)]
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = wb.properties.modified = _FIXED_DATE
    readme = wb.active
    readme.title = README_SHEET
    for line in _README:
        readme.append([line])
    readme.column_dimensions["A"].width = 110
    readme["A1"].font = Font(bold=True, size=13)

    ws = wb.create_sheet("Plan")
    ws.append(["key", "value"])
    for cell in ws[1]:
        cell.fill, cell.font = _HEAD, _BOLD
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 32, 70
    info = plan.plan if plan is not None else None
    values: dict[str, Any] = {}
    if info is not None:
        values = {"id": info.id, "country": info.country, "start_year": info.start_year, "end_year": info.end_year,
                  "currency": info.currency, "languages": ", ".join(info.languages), "adopted": info.adopted or ""}
        for lang in languages:
            values[f"title_{lang}"] = info.title.get(lang, "")
            if info.coordination is not None:
                values[f"coordination_institution_{lang}"] = info.coordination.institution.get(lang, "")
                values[f"coordination_unit_{lang}"] = info.coordination.unit.get(lang, "")
    for column in PLAN_KEYS:
        for key in column.headers(languages):
            ws.append([key, values.get(key, "")])
    for number in range(2, ws.max_row + 1):
        ws.cell(row=number, column=2).number_format = "@"

    head = _headers(PILLARS, languages)
    ws = _sheet(wb, "Pillars", head, PILLARS, languages)
    for pillar in plan.pillars if plan else []:
        ws.append([pillar.id, *_texts(pillar.title, languages)])

    head = _headers(OBJECTIVES, languages)
    ws = _sheet(wb, "Objectives", head, OBJECTIVES, languages)
    for pillar in plan.pillars if plan else []:
        for objective in pillar.objectives:
            ws.append([objective.id, pillar.id, *_texts(objective.title, languages)])

    head = _headers(ACTIONS, languages) + [f"{COST_PREFIX}{y}" for y in years]
    ws = _sheet(wb, "Actions", head, ACTIONS, languages)
    for _, objective, action in plan.actions() if plan else []:
        responsible = action.responsible
        cells: list[Any] = [action.id, objective.id, *_texts(action.title, languages),
                          *_texts(responsible.institution if responsible else {}, languages),
                          *_texts(responsible.unit if responsible else {}, languages),
                          "; ".join(action.partners), action.start or "", action.end or "", action.budget_line or "",
                          "; ".join(action.indicators)]
        by_year = action.cost.by_year if action.cost else {}
        cells += [by_year.get(y, "") for y in years]
        ws.append(cells)
    _as_text_column(ws, head, ("start", "end", "budget_line"))  # after the rows: formatting creates cells

    head = _headers(INDICATORS, languages)
    ws = _sheet(wb, "Indicators", head, INDICATORS, languages)
    units = DataValidation(type="list", formula1=f"='{LISTS_SHEET}'!$A$2:$A${len(UNITS) + 1}", allow_blank=True)
    directions = DataValidation(type="list", formula1=f"='{LISTS_SHEET}'!$B$2:$B${len(DIRECTIONS) + 1}",
                                allow_blank=True)
    ws.add_data_validation(units)
    ws.add_data_validation(directions)
    units.add(f"{get_column_letter(head.index('unit') + 1)}2:{get_column_letter(head.index('unit') + 1)}1000")
    col = get_column_letter(head.index("direction") + 1)
    directions.add(f"{col}2:{col}1000")
    for indicator in plan.indicators if plan else []:
        survey = indicator.survey
        ws.append([
            indicator.id, indicator.pillar, indicator.objective or "", *_texts(indicator.title, languages),
            indicator.unit,
            indicator.baseline.value if indicator.baseline else "", indicator.baseline.year if indicator.baseline else "",
            indicator.target.value if indicator.target else "", indicator.target.year if indicator.target else "",
            "; ".join(f"{m.year}={m.value:g}" for m in indicator.milestones), indicator.direction,
            "; ".join(f"{f.scheme} {f.code}" for f in indicator.frameworks),
            *_texts(indicator.data_source, languages),
            survey.form if survey else "", survey.indicator if survey else "",
            "; ".join(survey.numerator) if survey else "",
            "; ".join(f"{k}={v}" for k, v in survey.where.items()) if survey else "",
        ])

    ws = wb.create_sheet(FRAMEWORKS_SHEET)
    ws.append(["scheme", "code", "title", "checked"])
    for cell in ws[1]:
        cell.fill, cell.font = _HEAD, _BOLD
    for width, letter in zip((12, 36, 90, 60), "ABCD"):
        ws.column_dimensions[letter].width = width
    for entry in shipped_frameworks().entries.values():
        ws.append([entry.scheme, entry.code, pick(entry.title, "en"), entry.checked])
        ws.cell(row=ws.max_row, column=3).alignment = Alignment(wrap_text=True)

    ws = wb.create_sheet(LISTS_SHEET)
    ws.append(["unit", "direction"])
    for i in range(max(len(UNITS), len(DIRECTIONS))):
        ws.append([UNITS[i] if i < len(UNITS) else None, DIRECTIONS[i] if i < len(DIRECTIONS) else None])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
