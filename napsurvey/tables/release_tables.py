"""From releases (tallies of counts and key sums) to the protected tables every output shows.

A release holds, for one form and one closed period, the tallies of every
indicator cell ``(answer, by..., period)`` and of the interviews per month,
as imported. An output shows one release or a range of them (each at its
newest edition). For each indicator this module

* groups choices as the indicator says (``groups``, ``declined_in``), by
  adding tallies — exact, since a key sum adds like a count;
* gives each dimension its full domain (every choice or group, the declined
  row, the periods inside the releases), so a value nobody chose is a cell
  like the others, not a gap;
* computes every margin, the totals over the range included, from the
  tallies (:func:`napsurvey.privacy.cellkey.margin_tallies`), never from
  published values;
* perturbs every cell with the coordinator's perturbation table and withholds
  what falls below the threshold.

A cell of one period is withheld below its own release's threshold; a total
over several periods below the highest of them, which is also the table's
``threshold``. Cells whose shape no longer fits the form's indicator (a later
form version changed its disaggregations or period) are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from napsurvey.forms.domain import grouped_values
from napsurvey.forms.model import DECLINED_VALUE, Form, Indicator
from napsurvey.privacy.cellkey import Tally, margin_tallies, published_value, shown, total
from napsurvey.privacy.ptable import PerturbationTable
from napsurvey.privacy.published import PublishedCell, PublishedTable
from napsurvey.tables.labels import ANSWER, PERIOD, dimension_names
from napsurvey.tables.periods import period_of, sub_periods

#: The indicator name under which a release keeps the interviews per month.
INTERVIEWS = "__interviews__"


@dataclass
class ReleaseTallies:
    """One edition of one form's release: its threshold and its tallies."""

    form_id: str
    period: str
    edition: int
    threshold: int
    #: indicator -> raw detail key (answer, by..., period) -> tally
    cells: dict[str, dict[tuple[str, ...], Tally]] = field(default_factory=dict)
    #: month -> tally of the interviews
    interviews: dict[str, Tally] = field(default_factory=dict)


def add_tally(into: dict[tuple[str, ...], Tally], key: tuple[str, ...], tally: Tally) -> None:
    """Add a tally to a cell (the cell's records and the new ones are disjoint)."""
    into[key] = into[key] + tally if key in into else tally


@dataclass(frozen=True)
class GroupedDetail:
    """An indicator's detail tallies over one or more releases, its choices grouped as it says."""

    dimensions: list[str]
    domains: list[list[str]]
    #: (answer, by..., period) after grouping -> tally
    detail: dict[tuple[str, ...], Tally]
    threshold_of: dict[str, int]
    strictest: int


def grouped_detail(form: Form, indicator: Indicator, releases: Sequence[ReleaseTallies]) -> GroupedDetail:
    """The detail cells every cell of :func:`indicator_table` is a margin of (a hub pools these, where agreed)."""
    dimensions = dimension_names(indicator)
    questions = [indicator.question, *indicator.by]
    group_of = [indicator.group_of(q) for q in questions]
    detail: dict[tuple[str, ...], Tally] = {}
    threshold_of: dict[str, int] = {}
    periods: list[str] = []
    for release in releases:
        for period in sub_periods(release.period, indicator.period):
            periods.append(period)
            threshold_of[period] = release.threshold
        for key, tally in release.cells.get(indicator.name, {}).items():
            if len(key) != len(questions) + 1 or period_of_key(key[-1], indicator.period) is None:
                continue
            shaped = tuple(group_of[a].get(v, v) for a, v in enumerate(key[:-1])) + (key[-1],)
            add_tally(detail, shaped, tally)
    domains = _domains(form, indicator, questions, detail, periods)
    strictest = max(threshold_of.values(), default=max((r.threshold for r in releases), default=0))
    return GroupedDetail(dimensions, domains, detail, threshold_of, strictest)


def indicator_table(
    form: Form, indicator: Indicator, releases: Sequence[ReleaseTallies], table: PerturbationTable
) -> PublishedTable:
    """The protected table of one indicator over one or more releases of its form."""
    grouped = grouped_detail(form, indicator, releases)
    margins = margin_tallies(grouped.dimensions, grouped.domains, grouped.detail)
    cells = []
    for margin, tally in margins.items():
        named = dict(margin)
        threshold = (grouped.threshold_of.get(named[PERIOD], grouped.strictest) if PERIOD in named
                     else grouped.strictest)
        cells.append(_cell(named, table, tally, threshold))
    return PublishedTable(indicator=indicator.name, form_id=form.form_id, dimensions=grouped.dimensions,
                          threshold=grouped.strictest, cells=cells)


def protected_table(
    indicator: str,
    form_id: str,
    dimensions: Sequence[str],
    domains: Sequence[Sequence[str]],
    detail: Mapping[tuple[str, ...], Tally],
    table: PerturbationTable,
    threshold: int,
) -> PublishedTable:
    """A protected table of every detail cell and margin of ``detail`` (one threshold for every cell)."""
    cells = [_cell(dict(margin), table, tally, threshold)
             for margin, tally in margin_tallies(dimensions, domains, detail).items()]
    return PublishedTable(indicator=indicator, form_id=form_id, dimensions=list(dimensions), threshold=threshold,
                          cells=cells)


def period_of_key(value: str, kind: str) -> str | None:
    """``value`` when it is a period of ``kind`` (a cell of another shape is left out)."""
    try:
        return value if sub_periods(value, kind) == [value] else None
    except ValueError:
        return None


def _domains(form: Form, indicator: Indicator, questions: list[str],
             detail: Mapping[tuple[str, ...], Tally], periods: list[str]) -> list[list[str]]:
    seen: list[set[str]] = [set() for _ in questions]
    for key in detail:
        for axis, value in enumerate(key[:-1]):
            seen[axis].add(value)
    out: list[list[str]] = []
    for axis, question in enumerate(questions):
        values = list(grouped_values(form, indicator, question))
        if axis == 0:
            declined = indicator.group_of(question).get(DECLINED_VALUE, DECLINED_VALUE)
            if declined not in values:
                values.append(declined)  # every question can be declined: a stable row, not a sign
        values += sorted(v for v in seen[axis] if v not in values)
        out.append(values)
    out.append(list(dict.fromkeys(periods)))
    return out


def _cell(key: dict[str, str], table: PerturbationTable, tally: Tally, threshold: int) -> PublishedCell:
    value = shown(published_value(table, tally), threshold)
    return PublishedCell(key=key, count=value, suppressed=value is None)


def coverage_table(form: Form, releases: Sequence[ReleaseTallies], table: PerturbationTable) -> PublishedTable:
    """Interviews per released period of one form, and their total, protected like any cell."""
    detail: dict[tuple[str, ...], Tally] = {}
    threshold_of: dict[str, int] = {}
    for release in releases:
        threshold_of[release.period] = release.threshold
        for tally in release.interviews.values():
            add_tally(detail, (release.period,), tally)
    periods = [r.period for r in releases]
    strictest = max(threshold_of.values(), default=0)
    cells = []
    for margin, tally in margin_tallies([PERIOD], [periods], detail).items():
        named = dict(margin)
        cells.append(_cell(named, table, tally, threshold_of[named[PERIOD]] if named else strictest))
    return PublishedTable(indicator="interviews", form_id=form.form_id, dimensions=[PERIOD],
                          threshold=strictest, cells=cells)


def release_tallies_from_imported(
    form: Form,
    period: str,
    cells: Sequence[tuple[str, str, tuple[str, ...], Tally]],
    interviews: Sequence[tuple[str, Tally]],
) -> tuple[dict[str, dict[tuple[str, ...], Tally]], dict[str, Tally]]:
    """Sum imported tallies ``(indicator, period kind, key, tally)`` of one release period.

    Keeps the cells of the form's current indicators whose shape and period
    kind fit, with a period inside ``period``; interviews ``(month, tally)``
    likewise.
    """
    shapes = {i.name: i for i in form.indicators}
    out: dict[str, dict[tuple[str, ...], Tally]] = defaultdict(dict)
    for name, kind, key, tally in cells:
        indicator = shapes.get(name)
        if indicator is None or kind != indicator.period or len(key) != len(indicator.by) + 2 or tally.count <= 0:
            continue
        if key[-1] not in sub_periods(period, indicator.period):
            continue
        add_tally(out[name], key, tally)
    months = set(sub_periods(period, "month"))
    seen: dict[tuple[str, ...], Tally] = {}
    for month, tally in interviews:
        if month in months:
            add_tally(seen, (month,), tally)
    return dict(out), {k[0]: t for k, t in seen.items()}


def empty(tallies: Mapping[str, Mapping[tuple[str, ...], Tally]], interviews: Mapping[str, Tally]) -> bool:
    """True when a release would hold nothing."""
    return not interviews and not any(tallies.values())


__all__ = [
    "ANSWER",
    "GroupedDetail",
    "INTERVIEWS",
    "PERIOD",
    "ReleaseTallies",
    "add_tally",
    "coverage_table",
    "empty",
    "grouped_detail",
    "indicator_table",
    "period_of",
    "protected_table",
    "release_tallies_from_imported",
    "total",
]
