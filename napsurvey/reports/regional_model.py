"""What the regional report and the twinning report are made from: plain, labelled data.

The services fill these in from the hub's regional tables (already labelled
in the report's language); the reports never read the vault and never see a
count that is not a member's published value or a figure the hub protected.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from napsurvey.reports.model import Paper


@dataclass(frozen=True)
class Figure:
    """A figure as printed: a value, a value marked "at least", or nothing (``value`` None).

    ``below`` is the threshold a withheld figure is below (0 when the figure
    is simply absent: the member released nothing there).
    """

    value: int | None
    at_least: bool = False
    below: int = 0
    note: str = ""  # printed after the figure (a revised edition: "e2")


@dataclass
class MemberRow:
    """One row of a members table: a member and its figures, one per column."""

    name: str
    figures: list[Figure]


@dataclass
class Breakdown:
    """The regional figures of one disaggregation: a row per value, the answer columns."""

    title: str
    rows: list[MemberRow]


@dataclass
class RegionalSection:
    """One indicator of one questionnaire, for the report's period or periods."""

    title: str
    form_title: str
    source: str
    codes: list[str]
    columns: list[str]
    #: The regional figures per period (the trend), newest last.
    trend: list[MemberRow]
    #: The newest period's figures per member (the member dimension), the region first.
    period: str
    members: list[MemberRow]
    breakdowns: list[Breakdown] = field(default_factory=list)
    pooled_members: list[str] = field(default_factory=list)
    apart: list[str] = field(default_factory=list)


@dataclass
class CoverageGrid:
    """One questionnaire's releases: a row per member, a column per period (interviews as published)."""

    form_title: str
    periods: list[str]
    rows: list[MemberRow]


@dataclass
class RegionalReportInput:
    """Everything the regional report shows."""

    language: str
    generated: str
    period: str
    network: str
    members: list[str]
    coverage: list[CoverageGrid]
    gaps: list[str]
    sections: list[RegionalSection]
    max_deviation: int
    pooled_threshold: int | None = None
    paper: Paper = "a4"


@dataclass
class TwinningSection:
    """One indicator the members compared all released: their own figures side by side (never added up)."""

    title: str
    form_title: str
    source: str
    codes: list[str]
    period: str
    columns: list[str]
    #: One row per member, in the order asked: its figures, each with its share of the member's total.
    members: list[MemberRow]
    #: The total per period (rows) and member (columns), newest last.
    trend_columns: list[str]
    trend: list[MemberRow]
    #: The cell key of each column (aligned with the indicator's dimensions; None is the total over one).
    keys: list[tuple[str | None, ...]] = field(default_factory=list)


@dataclass
class TwinningInput:
    """Everything the twinning report shows."""

    language: str
    generated: str
    network: str
    members: list[str]
    sections: list[TwinningSection]
    max_deviation: int
    paper: Paper = "a4"
