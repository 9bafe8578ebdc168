"""Pydantic models of a National Action Plan: pillars, objectives, actions, indicators, costing.

A plan file holds the plan's own commitments as its government adopted them:

* ``plan``: id, title, country, the years it covers, its currency, languages;
* ``pillars`` -> ``objectives`` -> ``actions``: each action with its
  responsible institution and unit, start and end month, budget line and its
  costing per fiscal year;
* ``indicators``: unit, baseline and target (value and year), direction, the
  framework codes it answers to, and optionally a survey indicator of a form
  whose released figures are its evidence.

Plan records are facts about public institutions, published as values. The
models hold *institutions*, never persons: there is no field for a name, a
phone number or a contact, and the linter (:mod:`napsurvey.plan.lint`) refuses
one that is added. Translated text is written like a form's
(``title: Text`` or ``title: {en: ..., fr: ...}``).

These models check shape only; cross-references are checked by the linter.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

Text = dict[str, str]
"""Translated text: language code -> text."""

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$"
MONTH_PATTERN = r"^(19|20)\d\d-(0[1-9]|1[0-2])$"
FISCAL_YEAR_PATTERN = r"^(19|20)\d\d(?:[/-]\d{2}(?:\d{2})?)?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"

Id = Annotated[str, Field(pattern=ID_PATTERN)]
Month = Annotated[str, Field(pattern=MONTH_PATTERN, description="YYYY-MM")]
FiscalYear = Annotated[str, Field(pattern=FISCAL_YEAR_PATTERN, description="2026, or 2026/27 for a split fiscal year")]
Currency = Annotated[str, Field(pattern=CURRENCY_PATTERN, description="ISO 4217 code (three capital letters)")]
Year = Annotated[int, Field(ge=1900, le=2100)]
Amount = Annotated[float, Field(ge=0, le=1e15, allow_inf_nan=False)]
ShortText = Annotated[str, Field(min_length=1, max_length=300)]

Direction = Literal["increase", "decrease", "maintain"]
Unit = Literal["percent", "number", "ratio", "score", "yes_no", "money"]
UNITS: tuple[str, ...] = ("percent", "number", "ratio", "score", "yes_no", "money")
DIRECTIONS: tuple[str, ...] = ("increase", "decrease", "maintain")


def as_text(value: Any, default_language: str = "en") -> Any:
    """A plain string -> ``{default_language: string}``; a mapping is kept (values as strings)."""
    if value is None:
        return {}
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return {default_language: str(value)}
    if isinstance(value, dict):
        return {str(k).strip(): ("" if v is None else str(v)) for k, v in value.items()}
    return value


def pick(text: Text, language: str, fallback: str = "en") -> str:
    """``text`` in ``language``, else in ``fallback``, else in any language ('' when empty)."""
    if not text:
        return ""
    return text.get(language) or text.get(fallback) or next((v for v in text.values() if v), "")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)

    #: Fields holding translated text: a plain string is folded into ``{en: ...}``.
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _fold_texts(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, dict) and cls.TEXT_FIELDS:
            context = info.context if isinstance(info.context, dict) else {}
            language = str(context.get("language") or "en")
            data = dict(data)
            for name in cls.TEXT_FIELDS:
                if name in data:
                    data[name] = as_text(data[name], language)
        return data


class Responsible(_Strict):
    """Who answers for an action: an institution and, inside it, a unit (never a person)."""

    TEXT_FIELDS = ("institution", "unit")

    institution: Text = Field(default_factory=dict, description="Ministry, agency or body")
    unit: Text = Field(default_factory=dict, description="Department or unit inside it")


class Costing(_Strict):
    """What an action is costed at, per fiscal year, in the plan's currency."""

    currency: Currency | None = Field(None, description="Defaults to the plan's currency")
    by_year: dict[FiscalYear, Amount] = Field(default_factory=dict, description="Fiscal year -> costed amount")

    @field_validator("by_year", mode="before")
    @classmethod
    def _year_keys(cls, v: Any) -> Any:
        # YAML reads `2026: 40000` with an integer key.
        if isinstance(v, dict):
            return {str(k): val for k, val in v.items()}
        return v

    @property
    def total(self) -> float:
        """The costed amount over all years."""
        return float(sum(self.by_year.values()))


class Action(_Strict):
    """One commitment of the plan."""

    TEXT_FIELDS = ("title",)

    id: Id
    title: Text
    responsible: Responsible | None = None
    partners: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, description="Other institutions taking part (institutions, never persons)")
    start: Month | None = None
    end: Month | None = None
    budget_line: Annotated[str, Field(max_length=80)] | None = Field(None, description="Budget line in the national budget")
    cost: Costing | None = None
    indicators: list[Id] = Field(default_factory=list, description="Indicators this action contributes to")


class Objective(_Strict):
    """An objective of a pillar and its actions."""

    TEXT_FIELDS = ("title",)

    id: Id
    title: Text
    actions: list[Action] = Field(default_factory=list)


class Pillar(_Strict):
    """A pillar of the plan (prevention, participation, protection, relief and recovery...)."""

    TEXT_FIELDS = ("title",)

    id: Id
    title: Text
    objectives: list[Objective] = Field(default_factory=list)


class Measure(_Strict):
    """A value in a year (a baseline, a target or a milestone)."""

    value: Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
    year: Year


class FrameworkRef(_Strict):
    """A framework code the indicator answers to, checked against the shipped list."""

    scheme: Literal["S/2010/498", "GNWP", "SDG"]
    code: Annotated[str, Field(min_length=1, max_length=60)]

    @field_validator("code", mode="before")
    @classmethod
    def _code_text(cls, v: Any) -> Any:
        # `code: 5.5` reads as a number in YAML.
        return str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v


class SurveyEvidence(_Strict):
    """A survey indicator of a shipped or installed form whose released figures evidence this indicator.

    The value is the share of the counted answers (``numerator``) among all
    answers of the released table, optionally in one value of a
    disaggregation (``where: {sex: female}``).
    """

    form: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    indicator: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    numerator: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(min_length=1)
    where: dict[str, Annotated[str, Field(min_length=1, max_length=64)]] = Field(default_factory=dict)


class Indicator(_Strict):
    """An indicator of the plan's monitoring framework."""

    TEXT_FIELDS = ("title", "definition", "data_source")

    id: Id
    title: Text
    pillar: Id
    objective: Id | None = None
    unit: Unit = "number"
    definition: Text = Field(default_factory=dict)
    data_source: Text = Field(default_factory=dict, description="Where the value comes from (a public source)")
    baseline: Measure | None = None
    target: Measure | None = None
    milestones: list[Measure] = Field(default_factory=list, description="Intermediate targets")
    direction: Direction = "increase"
    frameworks: list[FrameworkRef] = Field(default_factory=list)
    survey: SurveyEvidence | None = None


class PlanInfo(_Strict):
    """The ``plan`` block."""

    TEXT_FIELDS = ("title",)

    id: Id
    title: Text
    country: ShortText
    start_year: Year
    end_year: Year
    currency: Currency
    languages: list[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]] = Field(default_factory=lambda: ["en"])
    adopted: Annotated[str, Field(pattern=r"^(19|20)\d\d(-\d\d){0,2}$")] | None = None
    coordination: Responsible | None = Field(None, description="The institution coordinating the plan")

    @property
    def default_language(self) -> str:
        """The plan's first language."""
        return self.languages[0] if self.languages else "en"


class Plan(_Strict):
    """A whole plan file."""

    plan: PlanInfo
    pillars: list[Pillar] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)

    @property
    def id(self) -> str:
        """The plan's id."""
        return self.plan.id

    def actions(self) -> list[tuple[Pillar, Objective, Action]]:
        """Every action with its pillar and objective, in plan order."""
        return [(p, o, a) for p in self.pillars for o in p.objectives for a in o.actions]

    def action(self, action_id: str) -> Action | None:
        """The action ``action_id`` (None if absent)."""
        return next((a for _, _, a in self.actions() if a.id == action_id), None)

    def indicator(self, indicator_id: str) -> Indicator | None:
        """The indicator ``indicator_id`` (None if absent)."""
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def pillar(self, pillar_id: str) -> Pillar | None:
        """The pillar ``pillar_id`` (None if absent)."""
        return next((p for p in self.pillars if p.id == pillar_id), None)

    def fiscal_years(self) -> list[str]:
        """Fiscal years named by the costing, sorted."""
        years = {y for _, _, a in self.actions() if a.cost for y in a.cost.by_year}
        return sorted(years)


def fiscal_year_start(fiscal_year: str) -> int:
    """The calendar year a fiscal year starts in (``'2026/27'`` -> 2026)."""
    match = re.match(r"^(\d{4})", fiscal_year)
    return int(match.group(1)) if match else 0
