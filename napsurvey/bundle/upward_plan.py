"""The plan block of an upward bundle: a coordinator's scorecard and financing funnel, as its report prints them.

It travels only inside the ``sharing`` block of a coordinator that chose
twinning, and holds only what the coordinator's own plan report already
prints for each assessed period: the status of each action, each indicator's
baseline, target and observed value, and the money per fiscal year. A
survey-linked indicator carries its released (protected) value and the
release it comes from, never a count. Texts are the plan's own public texts
(institutions and commitments, never persons; the plan checks refuse those).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from napsurvey.plan.assessment import STATUSES

#: A status as the scorecard counts it ("unassessed" for an action without an assessment in the period).
Status = Literal["not_started", "on_track", "delayed", "completed", "dropped", "unassessed"]
#: Every status, in the order the scorecard prints them.
ALL_STATUSES: tuple[str, ...] = (*STATUSES, "unassessed")

PlanId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")]
Lang = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Text = Annotated[dict[Lang, Annotated[str, Field(max_length=600)]], Field(max_length=8)]
#: Numbers travel as decimal text: the signed body is canonical JSON, which has no floats.
Amount = Annotated[str, Field(pattern=r"^\d{1,15}(\.\d{1,6})?$")]
Number = Annotated[str, Field(pattern=r"^-?\d{1,15}(\.\d{1,6})?$")]
Year = Annotated[int, Field(ge=1900, le=2100)]


def number_text(value: float) -> str:
    """``value`` as the decimal text the plan block carries (at most 6 decimals, no trailing zeros)."""
    text = f"{round(value, 6):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def number(text: str | None) -> float | None:
    """The value of a decimal text of the plan block (None stays None)."""
    return None if text is None else float(text)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class SharedAction(_Strict):
    """One action's status in the period."""

    id: PlanId
    status: Status


class SharedPillar(_Strict):
    """A pillar and the status of each of its actions."""

    id: PlanId
    title: Text
    actions: Annotated[list[SharedAction], Field(max_length=500)]

    def status_counts(self) -> dict[str, int]:
        """How many actions have each status (every status present, 0 where none)."""
        counts = dict.fromkeys(ALL_STATUSES, 0)
        for action in self.actions:
            counts[action.status] += 1
        return counts


class ReleaseRef(_Strict):
    """The release a survey-linked value comes from (what the coordinator's report cites)."""

    form_id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    #: The released period, or range of periods, as the coordinator's assessment names it.
    period: Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]{3,40}$")]
    edition: Annotated[int, Field(ge=1)]
    #: The cell-key method's bound: the value's counts are each off by at most this much.
    max_deviation: Annotated[int, Field(ge=0, le=100)]
    threshold: Annotated[int, Field(ge=0, le=1000)]


class SharedIndicator(_Strict):
    """One indicator against its baseline and target, as the scorecard prints it."""

    id: PlanId
    pillar: PlanId
    title: Text
    unit: Literal["percent", "number", "ratio", "score", "yes_no", "money"]
    direction: Literal["increase", "decrease", "maintain"]
    baseline: Number | None = None
    baseline_year: Year | None = None
    target: Number | None = None
    target_year: Year | None = None
    #: The value observed (the latest up to the period; for a survey-linked one its released share), if any.
    observed: Number | None = None
    as_of: PlanId | None = None
    reached: bool = False
    regressed: bool = False
    #: For a survey-linked indicator: the release its value comes from (None when nothing is released).
    release: ReleaseRef | None = None


class SharedFunnelYear(_Strict):
    """The money of one fiscal year, from the plan's costing to women's organisations."""

    fiscal_year: Annotated[str, Field(pattern=r"^(19|20)\d\d(?:[/-]\d{2}(?:\d{2})?)?$")]
    costed: Amount
    allocated: Amount
    disbursed: Amount
    to_womens_organisations: Amount


class SharedPlanPeriod(_Strict):
    """The scorecard and financing funnel of one assessed period."""

    period: PlanId
    start: Annotated[str, Field(pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$")]
    end: Annotated[str, Field(pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$")]
    pillars: Annotated[list[SharedPillar], Field(min_length=1, max_length=50)]
    indicators: Annotated[list[SharedIndicator], Field(max_length=500)]
    funnel: Annotated[list[SharedFunnelYear], Field(max_length=50)]

    @model_validator(mode="after")
    def _consistent(self) -> SharedPlanPeriod:
        if self.start > self.end:
            raise ValueError(f"plan period {self.period}: ends before it starts")
        pillars = [p.id for p in self.pillars]
        if len(set(pillars)) != len(pillars):
            raise ValueError(f"plan period {self.period}: a pillar is there twice")
        actions = [a.id for p in self.pillars for a in p.actions]
        if len(set(actions)) != len(actions):
            raise ValueError(f"plan period {self.period}: an action is there twice")
        indicators = [i.id for i in self.indicators]
        if len(set(indicators)) != len(indicators):
            raise ValueError(f"plan period {self.period}: an indicator is there twice")
        if any(i.pillar not in pillars for i in self.indicators):
            raise ValueError(f"plan period {self.period}: an indicator of a pillar that is not there")
        years = [y.fiscal_year for y in self.funnel]
        if len(set(years)) != len(years):
            raise ValueError(f"plan period {self.period}: a fiscal year is there twice")
        return self


class SharedPlan(_Strict):
    """A coordinator's plan, as its scorecards print it: one entry per assessed period, oldest first."""

    plan_id: PlanId
    title: Text
    country: Annotated[str, Field(max_length=120)]
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    periods: Annotated[list[SharedPlanPeriod], Field(min_length=1, max_length=100)]

    @model_validator(mode="after")
    def _periods(self) -> SharedPlan:
        ids = [p.period for p in self.periods]
        if len(set(ids)) != len(ids):
            raise ValueError("the plan block has a period twice")
        return self

    def period(self, period_id: str | None) -> SharedPlanPeriod | None:
        """The period ``period_id`` (None: the newest), or None when it was not assessed."""
        if period_id is None:
            return self.periods[-1]
        return next((p for p in self.periods if p.period == period_id), None)
