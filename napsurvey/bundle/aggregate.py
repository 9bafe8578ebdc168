"""Counting: from stored records to the aggregate tables a bundle carries.

For each declared indicator of each form version with records waiting for
export, count per cell ``(option, by1, by2, period)``:

* a ``select_multiple`` answer counts once for each selected option;
* a declined answer is its own category, ``__declined__``;
* an absent answer (the question was not relevant) is not counted;
* a disaggregation that was not asked is the category ``__absent__``.

The counting is one streaming pass over the selected rows: each record's
JSON is parsed once and feeds every indicator of its form. (SQLite's
``json_extract`` re-parses the document for every path, so grouping in SQL
costs one full parse per indicator and disaggregation; one pass is several
times faster.) Periods are derived from the record's month:
``2026-11`` -> quarter ``2026-Q4`` -> year ``2026``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.formats import period_of as period_of  # lives with the formats; imported from here too
from napsurvey.forms.model import Form
from napsurvey.settings import RECORD_KEY_SPACE

ABSENT = "__absent__"
DECLINED = "__declined__"

#: ``(form_id, form_version, month, data JSON, record key)`` of one stored record, as the vault streams them.
RecordRow = tuple[Any, ...]
FormLookup = Callable[[str, str], Form | None]
"""Returns the form definition for (form_id, version), or None if not installed."""


def _category(value: Any) -> str | None:
    # Categories are strings (choice names); numbers from YAML-typed choices become text.
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _by_value(value: Any) -> str:
    if value is None:
        return ABSENT
    if isinstance(value, list):  # a select_multiple used as a disaggregation: its sorted options
        return " ".join(sorted(str(v) for v in value))
    return _category(value) or ABSENT


@dataclass
class _Plan:
    form: Form
    counters: list[dict[tuple[str, ...], list[int]]]


def _tally() -> list[int]:
    return [0, 0]  # count, key sum


def aggregate(rows: Iterable[RecordRow], form_for: FormLookup) -> Tables:
    """Count records ``(form_id, form_version, month, data, record_key)`` into tables.

    Every cell (and the interviews of every form version and month) carries
    its count and the sum of its records' keys modulo 2**32: a
    ``select_multiple`` answer adds the record's key once per option, as it
    adds 1 to the count.
    """
    plans: dict[tuple[str, str], _Plan | None] = {}
    denominators: dict[tuple[str, str, str], list[int]] = defaultdict(_tally)
    periods: dict[tuple[str, str], str] = {}
    for form_id, version, month, text, record_key in rows:
        rkey = int(record_key or 0)
        den = denominators[(form_id, version, month)]
        den[0] += 1
        den[1] += rkey
        key = (form_id, version)
        plan = plans.get(key, ...)
        if plan is ...:
            form = form_for(str(form_id), str(version))
            plan = None if form is None else _Plan(form, [defaultdict(_tally) for _ in form.indicators])
            plans[key] = plan
        if plan is None or not plan.form.indicators:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue  # an unreadable record is counted in the denominator only
        if not isinstance(data, dict):
            continue
        for indicator, counter in zip(plan.form.indicators, plan.counters, strict=True):
            answer = data.get(indicator.question)
            if answer is None:
                continue  # not relevant: not counted
            pkey = (month, indicator.period)
            period = periods.get(pkey)
            if period is None:
                period = periods[pkey] = period_of(str(month), indicator.period)
            rest = tuple(_by_value(data.get(b)) for b in indicator.by) + (period,)
            for option in answer if isinstance(answer, list) else [answer]:
                cat = _category(option)
                if cat is not None:
                    tally = counter[(cat, *rest)]
                    tally[0] += 1
                    tally[1] += rkey
    tables: list[AggregateTable] = []
    for (_form_id, _version), plan in sorted(plans.items()):
        if plan is None:
            continue
        for indicator, counter in zip(plan.form.indicators, plan.counters, strict=True):
            tables.append(
                AggregateTable(
                    form_id=plan.form.form_id,
                    form_versions=[plan.form.version],
                    indicator=indicator.name,
                    question=indicator.question,
                    dimensions=list(indicator.by),
                    period=indicator.period,
                    cells=[Cell(key=list(k), count=n, key_sum=ks % RECORD_KEY_SPACE) for k, (n, ks) in sorted(counter.items())],
                )
            )
    dens = [
        Denominators(form_id=str(f), form_versions=[str(v)], period=str(m), interviews=n, key_sum=ks % RECORD_KEY_SPACE)
        for (f, v, m), (n, ks) in sorted(denominators.items())
    ]
    return Tables(aggregates=tables, denominators=dens)


def add_outcomes(tables: Tables, outcomes: Iterable[tuple[str, str, str, str, int]]) -> Tables:
    """Add outcome counts ``(form_id, version, month, outcome, n)`` (refused, ended_child, stopped)."""
    by_key = {(d.form_id, d.form_versions[0], d.period): d for d in tables.denominators}
    for form_id, version, month, outcome, n in outcomes:
        if outcome not in ("refused", "ended_child", "stopped") or n <= 0:
            continue
        key = (form_id, version, month)
        den = by_key.get(key)
        if den is None:
            den = Denominators(form_id=form_id, form_versions=[version], period=month, interviews=0, key_sum=0)
            by_key[key] = den
        setattr(den, outcome, getattr(den, outcome) + n)
    ordered = [by_key[k] for k in sorted(by_key)]
    return Tables(aggregates=tables.aggregates, denominators=ordered)


def periods_of(tables: Tables) -> list[str]:
    """Sorted months covered by the denominators."""
    return sorted({d.period for d in tables.denominators})
