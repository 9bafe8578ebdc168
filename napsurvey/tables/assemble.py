"""From the coordinator's imported counts to disclosure-controlled tables.

Input: the aggregate cells of every imported bundle (one row per device,
bundle, form version, indicator and cell). For each indicator of each form we
sum over devices and bundles into full-detail counts keyed by
``(answer, by1, by2, period)``, give each dimension its domain from the form's
choice lists (so an option nobody chose is a published zero, not a gap), and
protect the tables with the form's threshold. Indicators of one form that
count the same question at the same period kind count the same records, so
they share cells (the ``answer x period`` totals, a shared disaggregation's
totals ...): they are protected together by
:func:`napsurvey.privacy.linked.protect_linked`, which makes a shared cell
hidden in one table hidden in all of them. Indicators on different questions
are different populations (relevance, declines) and are not linked. Nothing
leaves this module unprotected.

Cells whose shape no longer fits the current form's indicator (a later form
version changed its disaggregations or period) are left out rather than
forced into the wrong table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form, Indicator
from napsurvey.privacy.linked import TableRequest, protect_linked
from napsurvey.privacy.published import PublishedSet, PublishedTable
from napsurvey.privacy.suppression import resolve_threshold
from napsurvey.progress import ProgressCallback
from napsurvey.tables.labels import ANSWER, PERIOD, dimension_names, question_domain
from napsurvey.tables.periods import PeriodRange


@dataclass(frozen=True)
class SourceCell:
    """One imported count: ``key`` is ``(answer, *by_values, period)``."""

    form_id: str
    indicator: str
    period_kind: str
    key: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class Thresholds:
    """Disclosure thresholds from the kit: ordinary forms and ``sensitivity: high`` forms."""

    normal: int | None = None
    high: int | None = None

    def for_form(self, form: Form) -> int:
        """The threshold ``form``'s tables are protected at (refuses values under the minimum)."""
        if form.is_high:
            return resolve_threshold(self.high, high=True)
        return resolve_threshold(self.normal, high=False)




def indicator_counts(
    cells: Iterable[SourceCell], forms: Mapping[str, Form], *, period: PeriodRange | None = None
) -> dict[tuple[str, str], dict[tuple[str, ...], int]]:
    """Sum imported cells into ``(form_id, indicator) -> {key: count}`` for the current forms."""
    shapes: dict[tuple[str, str], Indicator] = {
        (form_id, ind.name): ind for form_id, form in forms.items() for ind in form.indicators
    }
    totals: dict[tuple[str, str], dict[tuple[str, ...], int]] = defaultdict(lambda: defaultdict(int))
    for cell in cells:
        indicator = shapes.get((cell.form_id, cell.indicator))
        if indicator is None or cell.period_kind != indicator.period:
            continue
        if len(cell.key) != len(indicator.by) + 2 or cell.count <= 0:
            continue
        if period is not None and not period.contains(cell.key[-1]):
            continue
        totals[(cell.form_id, cell.indicator)][cell.key] += cell.count
    return {k: dict(v) for k, v in totals.items()}


def assemble(
    cells: Iterable[SourceCell],
    forms: Mapping[str, Form],
    thresholds: Thresholds,
    *,
    form_id: str | None = None,
    period: PeriodRange | None = None,
    progress: ProgressCallback | None = None,
) -> PublishedSet:
    """Every declared indicator with data, summed and protected, in form then declaration order.

    ``form_id`` keeps one form (``VAULT_FORM_NOT_INSTALLED`` if the
    coordinator has no such form); ``period`` keeps periods wholly inside
    the range. ``TABLES_NO_DATA`` when nothing is left to publish.
    """
    if form_id is not None and form_id not in forms:
        raise NapError(ErrorCode.VAULT_FORM_NOT_INSTALLED, form_id=form_id[:64])
    chosen = {k: v for k, v in forms.items() if form_id is None or k == form_id}
    counts = indicator_counts(cells, chosen, period=period)
    todo = [
        (form, ind)
        for _, form in sorted(chosen.items())
        for ind in form.indicators
        if counts.get((form.form_id, ind.name))
    ]
    if not todo:
        raise NapError(ErrorCode.TABLES_NO_DATA)
    # Tables counting the same records: same form, same question, same period kind.
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for position, (form, indicator) in enumerate(todo):
        groups[(form.form_id, indicator.question, indicator.period)].append(position)
    results: dict[int, PublishedTable] = {}
    used: set[int] = set()
    for members in groups.values():
        requests = []
        for position in members:
            form, indicator = todo[position]
            threshold = thresholds.for_form(form)
            used.add(threshold)
            requests.append(indicator_request(form, indicator, counts[(form.form_id, indicator.name)], threshold))
        for position, table in zip(members, protect_linked(requests), strict=True):
            results[position] = table
        if progress is not None:
            progress(len(results), len(todo))
    return PublishedSet(threshold=min(used), tables=[results[i] for i in range(len(todo))])


def protect_indicator(
    form: Form, indicator: Indicator, counts: Mapping[tuple[str, ...], int], threshold: int
) -> PublishedTable:
    """One indicator's full-detail counts -> its disclosure-controlled table, protected alone.

    Only for a table published without its linked tables; :func:`assemble`
    protects linked tables together.
    """
    return indicator_request(form, indicator, counts, threshold).protect(set())


def indicator_request(
    form: Form, indicator: Indicator, counts: Mapping[tuple[str, ...], int], threshold: int
) -> TableRequest:
    """What protecting one indicator's full-detail counts needs: dimensions, domains, threshold."""
    dimensions = dimension_names(indicator)
    domains: dict[str, list[str]] = {ANSWER: [c.name for c in question_domain(form, indicator.question)]}
    for dim, question in zip(dimensions[1:-1], indicator.by, strict=True):
        domains[dim] = [c.name for c in question_domain(form, question)]
    domains[PERIOD] = sorted({key[-1] for key in counts})
    return TableRequest(indicator.name, form.form_id, dimensions, counts, threshold, domains)
