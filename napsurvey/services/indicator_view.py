"""What the coordinator's indicator browser shows, as plain data made off the GUI thread.

:func:`browser_filters` lists the questionnaires, months and thresholds for
the filters (cheap); :func:`indicator_view` protects one indicator with its
whole form and lays it out with the report's own grid and chart models, so
the screen shows what the PDF prints. That second step runs the disclosure
control, so the browser calls it through its background helper and only
draws the result.

The grid and chart types the widgets draw are re-exported here, so the GUI
needs nothing from the reports package.
"""

from __future__ import annotations

from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError
from napsurvey.reports.chart_model import Bar, ChartModel, chart_model
from napsurvey.reports.crosstab import CrossCell, Crosstab, crosstab, views
from napsurvey.reports.texts import SUPPRESSED_MARK
from napsurvey.reports.texts import text as report_text
from napsurvey.services import outputs, releases
from napsurvey.services.outputs import IndicatorInfo
from napsurvey.services.session import Session
from napsurvey.tables.periods import months_of

__all__ = [
    "SUPPRESSED_MARK",
    "Bar",
    "BrowserFilters",
    "ChartModel",
    "CrossCell",
    "Crosstab",
    "IndicatorInfo",
    "IndicatorTab",
    "IndicatorView",
    "browser_filters",
    "indicator_view",
]


@dataclass(frozen=True)
class BrowserFilters:
    """The choices of the browser's filters and the thresholds in force."""

    forms: list[tuple[str, str]]
    #: released periods (quarters, years ...), earliest first
    periods: list[str]
    threshold: int
    threshold_high: int


def browser_filters(session: Session, language: str) -> BrowserFilters:
    """Questionnaires (id, title) with indicators, the released periods to choose from, and the kit's thresholds."""
    infos = outputs.indicators(session, language)
    limits = outputs.thresholds(session)
    released = {r.period for r in releases.releases(session)}
    return BrowserFilters(
        forms=list(dict.fromkeys((i.form_id, i.form_title) for i in infos)),
        periods=sorted(released, key=lambda p: (months_of(p)[0], -len(p))),
        threshold=limits.threshold,
        threshold_high=limits.threshold_high,
    )


@dataclass(frozen=True)
class IndicatorTab:
    """One way of looking at the table: answers by one dimension (or the total)."""

    title: str
    tooltip: str
    grid: Crosstab


@dataclass(frozen=True)
class IndicatorView:
    """Everything the browser draws for one indicator, in one language."""

    form_id: str
    indicator: str
    title: str
    meta: list[str]
    threshold: int
    suppressed_count: int
    cells: int
    tabs: list[IndicatorTab]
    legend: str
    chart_title: str
    chart: ChartModel
    chart_legend: str
    suppressed_word: str


def indicator_view(
    session: Session, form_id: str, indicator: str, *, period: str | None, language: str
) -> IndicatorView | None:
    """The published table of one indicator laid out for the screen; None when it has no data in ``period``."""
    try:
        result = outputs.published_tables(session, form_id=form_id, indicator=indicator, period=period,
                                          language=language)
    except NapError as exc:
        if exc.code in (ErrorCode.TABLES_NO_DATA, ErrorCode.RELEASE_NOT_RELEASED):
            return None  # the browser says there is nothing released to show there
        raise
    if not result.published.tables:
        return None
    table, labels = result.published.tables[0], result.labels[0]
    meta = [report_text(language, "form", form=labels.form_title)]
    if labels.source:
        meta.append(report_text(language, "source", source=labels.source))
    tabs = []
    for row_dim, col_dim in views(table):
        by = labels.dimension_titles.get(col_dim, col_dim) if col_dim else labels.total
        tooltip = report_text(language, "table_by", answer=labels.dimension_titles.get(row_dim, row_dim), by=by)
        tabs.append(IndicatorTab(by, tooltip, crosstab(table, labels, row_dim, col_dim)))
    note = report_text(language, "suppressed_cells", n=table.suppressed_count, total=len(table.cells))
    return IndicatorView(
        form_id=form_id,
        indicator=indicator,
        title=labels.title,
        meta=meta,
        threshold=table.threshold,
        suppressed_count=table.suppressed_count,
        cells=len(table.cells),
        tabs=tabs,
        legend=report_text(language, "legend", threshold=table.threshold,
                           d=result.published.protection.max_deviation if result.published.protection else 5),
        chart_title=report_text(language, "chart"),
        chart=chart_model(table, labels),
        chart_legend=report_text(language, "chart_legend") + " " + note if table.suppressed_count else note,
        suppressed_word=f"< {table.threshold}",
    )
