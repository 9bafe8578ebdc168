"""The layout of the plan workbook a ministry officer fills in: sheets and their columns.

Shared by the writer (:mod:`napsurvey.plan.xlsx_template`) and the reader
(:mod:`napsurvey.plan.xlsx_read`) so the two cannot drift apart. Translated
text has one column per language (``title_en``, ``title_fr``...); costing has
one column per fiscal year (``cost 2026``).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True)
class Column:
    """One column: its header, a help text, and whether it is translated (one column per language)."""

    key: str
    help: str
    translated: bool = False
    width: int = 18

    def headers(self, languages: tuple[str, ...]) -> list[str]:
        """The header(s) this column has in a workbook with ``languages``."""
        return [f"{self.key}_{lang}" for lang in languages] if self.translated else [self.key]


PLAN_KEYS: tuple[Column, ...] = (
    Column("id", "Short id of the plan: letters, digits, - _ ."),
    Column("title", "Title of the plan", translated=True, width=60),
    Column("country", "Country"),
    Column("start_year", "First year of the plan"),
    Column("end_year", "Last year of the plan"),
    Column("currency", "Currency of every amount (three capital letters, ISO 4217)"),
    Column("languages", "Languages of the plan, first one first (en, fr, ar)"),
    Column("adopted", "Date the plan was adopted (YYYY-MM-DD)"),
    Column("coordination_institution", "Institution coordinating the plan", translated=True),
    Column("coordination_unit", "Unit inside it", translated=True),
)

PILLARS: tuple[Column, ...] = (
    Column("pillar_id", "Short id of the pillar (prevention, participation...)"),
    Column("title", "Title of the pillar", translated=True, width=30),
)

OBJECTIVES: tuple[Column, ...] = (
    Column("objective_id", "Short id of the objective"),
    Column("pillar_id", "Pillar it belongs to"),
    Column("title", "Title of the objective", translated=True, width=50),
)

ACTIONS: tuple[Column, ...] = (
    Column("action_id", "Short id of the action"),
    Column("objective_id", "Objective it belongs to"),
    Column("title", "What will be done", translated=True, width=60),
    Column("institution", "Responsible institution (an institution, never a person)", translated=True, width=30),
    Column("unit", "Responsible unit inside the institution", translated=True, width=30),
    Column("partners", "Other institutions taking part, separated by ;", width=30),
    Column("start", "First month (YYYY-MM)", width=10),
    Column("end", "Last month (YYYY-MM)", width=10),
    Column("budget_line", "Budget line in the national budget", width=14),
    Column("indicators", "Indicators this action contributes to, separated by ;", width=16),
)
COST_PREFIX = "cost "

INDICATORS: tuple[Column, ...] = (
    Column("indicator_id", "Short id of the indicator"),
    Column("pillar_id", "Pillar it measures"),
    Column("objective_id", "Objective it measures (optional)"),
    Column("title", "What is measured", translated=True, width=60),
    Column("unit", "percent, number, ratio, score, yes_no or money", width=10),
    Column("baseline_value", "Value at the start", width=10),
    Column("baseline_year", "Year of the baseline", width=10),
    Column("target_value", "Value to reach", width=10),
    Column("target_year", "Year of the target", width=10),
    Column("milestones", "Intermediate targets, e.g. 2027=14; 2028=20", width=18),
    Column("direction", "increase, decrease or maintain", width=10),
    Column("frameworks", "Framework codes, e.g. S/2010/498 11a; SDG 5.5.1; GNWP participation", width=36),
    Column("data_source", "Where the value comes from (a public source)", translated=True, width=36),
    Column("survey_form", "Survey evidence: form id (optional)", width=18),
    Column("survey_indicator", "Survey evidence: indicator of that form", width=24),
    Column("survey_numerator", "Survey evidence: answers counted, separated by ;", width=20),
    Column("survey_where", "Survey evidence: one group, e.g. sex=female", width=16),
)

SHEETS = {
    "Plan": PLAN_KEYS,
    "Pillars": PILLARS,
    "Objectives": OBJECTIVES,
    "Actions": ACTIONS,
    "Indicators": INDICATORS,
}
README_SHEET = "Read me"
FRAMEWORKS_SHEET = "Framework codes"
LISTS_SHEET = "Lists"


def split_list(value: object) -> list[str]:
    """``'a; b;c'`` -> ``['a', 'b', 'c']`` (commas accepted too)."""
    if value is None:
        return []
    text = str(value).replace(",", ";")
    return [part.strip() for part in text.split(";") if part.strip()]
