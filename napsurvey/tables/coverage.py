"""The coverage table (interviews per questionnaire and period), consistent with the indicator tables.

For a question everyone is asked (a declined answer is still counted, as its
own category), an indicator's total for a period *is* the number of
interviews in that period. Published on its own, the coverage table could
therefore reveal a period total that an indicator table hid as a complement,
and with it the small cells that complement protects. Two rules prevent it:

* coverage is counted at the coarsest period kind of the form's indicators,
  so months cannot be summed into a quarter an indicator hides;
* a coverage cell is suppressed whenever any indicator table of the form hides
  a period total that overlaps it (and the grand total when any indicator
  hides its grand total), before the coverage table's own protection runs.

Coverage then publishes no period total that an indicator kept back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from napsurvey.bundle.formats import period_of
from napsurvey.forms.model import Form
from napsurvey.privacy.published import CellKey, PublishedTable, freeze_key
from napsurvey.privacy.suppression import protect
from napsurvey.tables.periods import PeriodRange, months_of

PERIOD = "period"
_COARSENESS = {"month": 0, "quarter": 1, "year": 2}


def coverage_kind(form: Form) -> str:
    """The coarsest period kind among the form's indicators (``month`` when it declares none)."""
    kinds = [indicator.period for indicator in form.indicators]
    return max(kinds, key=_COARSENESS.__getitem__, default="month")


def _hidden_totals(tables: Sequence[PublishedTable]) -> tuple[list[tuple[str, str]], bool]:
    """Month spans of the period totals hidden in ``tables``, and whether a grand total is hidden."""
    spans: list[tuple[str, str]] = []
    grand_hidden = False
    for table in tables:
        if PERIOD not in table.dimensions:
            continue
        for cell in table.cells:
            if not cell.suppressed:
                continue
            if not cell.key:
                grand_hidden = True
            elif set(cell.key) == {PERIOD}:
                spans.append(months_of(cell.key[PERIOD]))
    return spans, grand_hidden


def coverage_table(
    form: Form,
    month_counts: Mapping[str, int],
    indicator_tables: Sequence[PublishedTable],
    threshold: int,
    span: PeriodRange | None = None,
) -> PublishedTable | None:
    """Protect the interviews-per-period table of ``form`` consistently with its indicator tables.

    ``span`` keeps the periods wholly inside it, as the indicator tables do;
    None when no period is left.
    """
    kind = coverage_kind(form)
    counts: dict[tuple[str, ...], int] = {}
    for month, n in month_counts.items():
        period = period_of(month, kind)
        if span is not None and not span.contains(period):
            continue
        counts[(period,)] = counts.get((period,), 0) + n
    if not counts:
        return None
    spans, grand_hidden = _hidden_totals([t for t in indicator_tables if t.form_id == form.form_id])
    forced: set[CellKey] = set()
    for (period,) in counts:
        first, last = months_of(period)
        if any(first <= span_last and span_first <= last for span_first, span_last in spans):
            forced.add(freeze_key({PERIOD: period}))
    if grand_hidden:
        forced.add(freeze_key({}))
    return protect("interviews", form.form_id, [PERIOD], counts, threshold, forced=forced)
