"""What a report is made from: plain data the services layer fills in.

The report never reads the vault; it receives published (disclosure-controlled)
tables, their labels and a coverage summary, and turns them into PDF bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from napsurvey.privacy.published import PublishedTable

Paper = Literal["a4", "letter"]


class TableText(Protocol):
    """Labels of one published table (``napsurvey.tables.labels.TableLabels`` fits)."""

    title: str
    form_title: str
    dimension_titles: dict[str, str]
    value_labels: dict[str, dict[str, str]]
    source: str
    total: str

    def value(self, dimension: str, code: str | None) -> str:
        """Label of a value, or the word for "total" when ``code`` is None."""
        ...


@dataclass
class ReportSection:
    """One indicator: its published table and labels."""

    table: PublishedTable
    labels: TableText


@dataclass
class FormCoverage:
    """Interviews of one questionnaire per period, published like any other table."""

    form_title: str
    #: dimensions ``["period"]``; cells protected at the form's threshold
    interviews: PublishedTable
    high: bool = False
    #: period code -> its label in the report's language (the code when absent)
    period_labels: dict[str, str] = field(default_factory=dict)


@dataclass
class CoverageSummary:
    """Where the numbers come from: devices, bundles, gaps, interviews."""

    devices: int
    devices_reporting: int
    bundles: int
    missing_bundles: int
    devices_with_gaps: int
    first_day: str | None
    last_day: str | None
    forms: list[FormCoverage] = field(default_factory=list)


@dataclass
class ReportInput:
    """Everything the report shows."""

    language: str
    generated: str
    period: str
    coverage: CoverageSummary
    sections: list[ReportSection]
    thresholds: list[int]
    organisation: str = ""
    paper: Paper = "a4"
    #: the perturbation's maximum deviation D (every page says counts are perturbed by at most D)
    max_deviation: int = 5
