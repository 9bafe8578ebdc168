"""Geometry-free description of an indicator's bar chart, shared by the PDF and the screens.

Groups are the values of the first disaggregation (or the periods), series
are the answer options; each bar is a published count or a withheld value.
A withheld value (below the threshold) has no bar at all, only a mark on the
axis: a bar of any height would read as a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from napsurvey.privacy.published import PublishedTable
from napsurvey.reports.crosstab import crosstab, views
from napsurvey.reports.model import TableText

#: Colour-blind-safe palette (Okabe and Ito), as hex RGB.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999")


@dataclass(frozen=True)
class Bar:
    """One bar: group and series position, and its count (None when suppressed)."""

    group: int
    series: int
    count: int | None
    suppressed: bool


@dataclass
class ChartModel:
    """What to draw."""

    title: str
    groups: list[str]
    series: list[str]
    bars: list[Bar]
    axis_max: int
    ticks: list[int]

    def colour(self, series: int) -> str:
        """The fill colour of a series."""
        return PALETTE[series % len(PALETTE)]


def nice_ticks(top: int) -> list[int]:
    """Round axis ticks from 0 up to at least ``top`` (4 to 6 of them)."""
    top = max(top, 1)
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, int(math.ceil(step)))
    count = int(math.ceil(top / step))
    return [i * step for i in range(count + 1)]


def chart_model(table: PublishedTable, labels: TableText) -> ChartModel:
    """The chart of a section: answer options (series) per value of its first view's column."""
    row_dim, col_dim = views(table)[0]
    grid = crosstab(table, labels, row_dim, col_dim, percentages=False)
    n_groups = len(grid.col_codes) - 1 if col_dim else 1
    group_labels = grid.col_labels[:n_groups] if col_dim else [labels.total]
    bars: list[Bar] = []
    for s, line in enumerate(grid.cells[:-1]):  # the total row is not a series
        for g in range(n_groups):
            cell = line[g]
            bars.append(Bar(g, s, cell.count, cell.suppressed))
    top = max((b.count for b in bars if b.count is not None), default=0)
    ticks = nice_ticks(top)
    return ChartModel(
        title=labels.title,
        groups=group_labels,
        series=grid.row_labels[:-1],
        bars=bars,
        axis_max=ticks[-1],
        ticks=ticks,
    )
