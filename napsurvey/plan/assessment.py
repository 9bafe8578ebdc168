"""Pydantic models of a plan's assessments: one block per reporting period.

An assessments file names the plan it assesses and holds one or more periods.
For each period the coordinator records:

* each action's **status** (not started, on track, delayed, completed,
  dropped), with the government's own assessment and civil society's side by
  side, each backed by evidence: a public document (title, issuer, date, page
  or link as text) or ``confidential`` with nothing more;
* each indicator's **observed value** with its source (a survey-linked
  indicator takes its value from the released tables instead, and names the
  released period it shows);
* the **money** per fiscal year and action: allocated and disbursed, and the
  part that reached women's organisations by category (national, local,
  international) and modality (core, project) - never a grantee's name;
* the **shadow report**: findings and recommendations per pillar, addressed
  to parliament, the UN or the CEDAW Committee.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from napsurvey.plan.model import ID_PATTERN, MONTH_PATTERN, Amount, Currency, FiscalYear, Id, Month, Text, _Strict

Status = Literal["not_started", "on_track", "delayed", "completed", "dropped"]
STATUSES: tuple[str, ...] = ("not_started", "on_track", "delayed", "completed", "dropped")
Addressee = Literal["parliament", "un", "cedaw"]
ADDRESSEES: tuple[str, ...] = ("parliament", "un", "cedaw")
Category = Literal["national", "local", "international"]
CATEGORIES: tuple[str, ...] = ("national", "local", "international")
Modality = Literal["core", "project"]
MODALITIES: tuple[str, ...] = ("core", "project")

Narrative = Annotated[str, Field(max_length=4000)]
DATE_PATTERN = r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"

CONFIDENTIAL = "confidential"


class PublicDocument(_Strict):
    """A public document that backs a claim: what it is, who issued it, when, and where in it."""

    title: Annotated[str, Field(min_length=1, max_length=300)]
    issuer: Annotated[str, Field(min_length=1, max_length=200)] = Field(description="The institution that issued it")
    date: Annotated[str, Field(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]
    page: Annotated[str, Field(max_length=40)] | None = None
    link: Annotated[str, Field(max_length=500)] | None = Field(None, description="Where to find it, as text")


Evidence = Literal["confidential"] | PublicDocument
"""A public document, or ``confidential`` (a source that is not named, with no further detail)."""


class Side(_Strict):
    """One side's view of an action: the status it claims, what it says, and its evidence."""

    status: Status | None = None
    text: Narrative = ""
    evidence: list[Evidence] = Field(default_factory=list)


class ActionAssessment(_Strict):
    """An action in a reporting period: the monitors' status and both sides' assessments."""

    action: Id
    status: Status
    government: Side | None = Field(None, description="The government's own assessment (its claim)")
    civil_society: Side | None = Field(None, description="Civil society's assessment")


#: One period as a release is typed (month, quarter, half, semester, year), or a range of two.
_ONE_PERIOD = r"\d{4}(?:-?(?:0[1-9]|1[0-2]|[Qq][1-4]|[HhSs][12]))?"
_SURVEY_PERIOD = rf"^{_ONE_PERIOD}(?:\.\.{_ONE_PERIOD})?$"


class Observation(_Strict):
    """An indicator's observed value in a reporting period, with its source."""

    indicator: Id
    value: Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)] | None = None
    source: Evidence | None = None
    note: Narrative = ""
    survey_period: Annotated[str, Field(pattern=_SURVEY_PERIOD)] | None = Field(
        None, description="For a survey-linked indicator: the released period (or range first..last) whose figures it "
                          "shows, as typed for a release: 2026-07, 2026Q3, 2026H2, 2026, 2026Q1..2026Q2")


class Contribution(_Strict):
    """Money that reached women's organisations: category and modality, never a grantee."""

    category: Category
    modality: Modality
    amount: Amount


class FinanceLine(_Strict):
    """The money of one action in one fiscal year."""

    action: Id
    fiscal_year: FiscalYear
    currency: Currency | None = Field(None, description="Defaults to the plan's currency")
    allocated: Amount | None = None
    disbursed: Amount | None = None
    womens_organisations: list[Contribution] = Field(default_factory=list)

    def to_womens_organisations(self) -> float:
        """Total that reached women's organisations."""
        return float(sum(c.amount for c in self.womens_organisations))


class Finding(_Strict):
    """The coordinator's findings and recommendations on one pillar."""

    pillar: Id
    findings: Narrative = ""
    recommendations: list[Narrative] = Field(default_factory=list)


class ShadowReport(_Strict):
    """The shadow report of a period: to whom, a summary, and findings per pillar."""

    addressed_to: Addressee = "parliament"
    summary: Narrative = ""
    findings: list[Finding] = Field(default_factory=list)


class Period(_Strict):
    """A reporting period: an id such as ``2026-H1`` and its first and last month."""

    TEXT_FIELDS = ("label",)

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    label: Text = Field(default_factory=dict)
    start: Month
    end: Month


class PeriodAssessment(_Strict):
    """Everything assessed for one reporting period."""

    period: Period
    assessed_on: Annotated[str, Field(pattern=DATE_PATTERN)]
    actions: list[ActionAssessment] = Field(default_factory=list)
    indicators: list[Observation] = Field(default_factory=list)
    finance: list[FinanceLine] = Field(default_factory=list)
    shadow_report: ShadowReport | None = None

    def action(self, action_id: str) -> ActionAssessment | None:
        """The assessment of ``action_id`` in this period (None if not assessed)."""
        return next((a for a in self.actions if a.action == action_id), None)

    def observation(self, indicator_id: str) -> Observation | None:
        """The observed value of ``indicator_id`` in this period (None if none)."""
        return next((o for o in self.indicators if o.indicator == indicator_id), None)


class Assessments(_Strict):
    """A whole assessments file: the plan it assesses and its periods."""

    plan: Annotated[str, Field(pattern=ID_PATTERN)]
    periods: list[PeriodAssessment] = Field(min_length=1)


__all__ = [
    "ADDRESSEES", "CATEGORIES", "CONFIDENTIAL", "MODALITIES", "MONTH_PATTERN", "STATUSES", "ActionAssessment",
    "Addressee", "Assessments", "Category", "Contribution", "Evidence", "FinanceLine", "Finding", "Modality",
    "Observation", "Period", "PeriodAssessment", "PublicDocument", "ShadowReport", "Side", "Status",
]
