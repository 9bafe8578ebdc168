"""Before fieldwork: how much of each indicator table will carry a number at an expected size.

For a form, an expected number of interviews per reporting period and a
threshold, :func:`publishability` estimates, per indicator, the share of the
cells of one period's table (detail cells and every total) that will be
shown only as "below the threshold", and the chance that the period total
itself is withheld. A form author reads it as: "with 30 key informants a
year, 80 % of this table will be blank — group the informant types".

The model is deliberately plain, and says so in the output's wording:
answers are spread evenly over the choices (a group weighs as many choices
as it holds), disaggregations are independent of the answer, a small share
of respondents declines each question, a question asked only of some
respondents (``relevant``) is asked of half of them, and a multiple-choice
answer picks about two options. Cell counts are then binomial, and each
count is perturbed by the coordinator's perturbation table before the
threshold applies. Real answers are uneven, so real tables do somewhat
worse than the estimate: read a share under 40 % as "publishes", over 60 %
as "mostly blank".
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy estimates publishability; release_kind (read by every output) does not need it
    import numpy as np

from napsurvey.forms.domain import grouped_values, release_kind, stored_choices
from napsurvey.forms.model import Form, Indicator, SurveyRow
from napsurvey.privacy.ptable import PerturbationTable

#: Share of respondents assumed to decline a question (its own category in every table).
DECLINE_SHARE = 0.02
#: Share of respondents assumed to be asked a question that has a ``relevant`` condition.
RELEVANT_SHARE = 0.5
#: Options a respondent is assumed to pick in a multiple-choice question.
MULTIPLE_PICKS = 2.0
_PERIODS_IN = {("month", "month"): 1, ("month", "quarter"): 3, ("month", "year"): 12,
               ("quarter", "quarter"): 1, ("quarter", "year"): 4, ("year", "year"): 1}


@dataclass(frozen=True)
class IndicatorOutlook:
    """What one indicator's table of one period is expected to show."""

    indicator: str
    period: str
    #: cells of one period's table, totals included
    cells: int
    #: expected share of those cells shown only as "below the threshold"
    below_share: float
    #: the same over the detail cells alone
    detail_below_share: float
    #: chance that the period total (every answer, every disaggregation) is withheld
    total_below: float


def publishability(
    form: Form, expected: int, threshold: int, table: PerturbationTable
) -> list[IndicatorOutlook]:
    """Per indicator, the expected withheld share at ``expected`` interviews per release period."""
    if expected < 0:
        raise ValueError("the expected number of interviews cannot be negative")
    shown = _shown_curve(table, threshold)
    kind = release_kind(form)
    out = []
    for indicator in form.indicators:
        per_period = expected / _PERIODS_IN[(indicator.period, kind)]
        out.append(_outlook(form, indicator, per_period, shown))
    return out


def _shown_curve(table: PerturbationTable, threshold: int) -> np.ndarray:
    """P(published value >= threshold | true count c) for c = 0, 1, ...; flat from some c on."""
    import numpy as np  # noqa: PLC0415 - only for the estimate (start-up time of every output)

    top = threshold + 2 * table.max_deviation + table.parameters.rows + 2
    curve = np.zeros(top + 1)
    for count in range(top + 1):
        curve[count] = sum(p for dv, p in table.row(count).probabilities().items() if count + dv >= threshold)
    return curve


def _p_shown(interviews: float, share: float, curve: np.ndarray) -> float:
    """P(a cell holding ``share`` of ``interviews`` is shown): binomial, Poisson for sums of options."""
    import numpy as np  # noqa: PLC0415 - only for the estimate (start-up time of every output)

    expected = interviews * share
    if expected <= 0:
        return float(curve[0])
    hi = int(expected + 10 * math.sqrt(expected) + len(curve) + 10)
    counts = np.arange(hi + 1)
    n = round(interviews)
    weights = _binomial(counts, n, share) if share <= 1.0 and n >= 1 else _poisson(counts, expected)
    values = np.where(counts < len(curve), curve[np.minimum(counts, len(curve) - 1)], 1.0)
    return float(np.clip(weights @ values, 0.0, 1.0))


def _binomial(counts: np.ndarray, n: int, p: float) -> np.ndarray:
    """P(X = k) for X ~ Binomial(n, p), for each k of ``counts`` (0 beyond n)."""
    import numpy as np  # noqa: PLC0415 - only for the estimate (start-up time of every output)

    out = np.zeros(len(counts))
    if p >= 1.0:
        out[counts == n] = 1.0
        return out
    for i, k in enumerate(counts):
        k = int(k)
        if 0 <= k <= n:
            log = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            log += k * math.log(p) + (n - k) * math.log1p(-p)
            out[i] = math.exp(log)
    return out


def _poisson(counts: np.ndarray, mean: float) -> np.ndarray:
    """P(X = k) for X ~ Poisson(mean), for each k of ``counts``."""
    import numpy as np  # noqa: PLC0415 - only for the estimate (start-up time of every output)

    return np.asarray([math.exp(int(k) * math.log(mean) - mean - math.lgamma(int(k) + 1)) for k in counts])


def _row(form: Form, name: str) -> SurveyRow | None:
    return next((r for r in form.survey if r.name == name), None)


def _conditional(form: Form, name: str) -> bool:
    """Asked only of some respondents: a ``relevant`` on the question or a group around it."""
    depth: list[bool] = []
    for row in form.survey:
        if row.base_type in ("begin_group", "begin_repeat"):
            depth.append(bool(row.relevant) or row.base_type == "begin_repeat")
        elif row.base_type in ("end_group", "end_repeat"):
            if depth:
                depth.pop()
        elif row.name == name:
            return bool(row.relevant) or any(depth)
    return False


def _shares(form: Form, indicator: Indicator, name: str, *, answer: bool) -> list[float]:
    """Expected share of respondents (or of their answers) in each value of one table dimension."""
    choices = [c.name for c in stored_choices(form, name)]
    group_of = indicator.group_of(name)
    values = grouped_values(form, indicator, name)
    row = _row(form, name)
    multiple = row is not None and row.base_type == "select_multiple"
    each = (min(1.0, MULTIPLE_PICKS / len(choices)) if multiple else 1.0 / len(choices)) if choices else 0.0
    weight = {v: 0.0 for v in values}
    for choice in choices:
        weight[group_of.get(choice, choice)] += (1.0 - DECLINE_SHARE) * each
    if answer and indicator.declined_in in weight:
        weight[indicator.declined_in] += DECLINE_SHARE  # counted with (usually) "don't know"
    shares = [weight[v] for v in values]
    if answer and indicator.declined_in not in weight:
        shares.append(DECLINE_SHARE)  # the declined row
    elif _conditional(form, name):
        asked = RELEVANT_SHARE
        shares = [s * asked for s in shares] + [1.0 - asked]  # the "not asked" category
    return shares


def _outlook(form: Form, indicator: Indicator, interviews: float, curve: np.ndarray) -> IndicatorOutlook:
    import numpy as np  # noqa: PLC0415 - only for the estimate (start-up time of every output)

    asked = RELEVANT_SHARE if _conditional(form, indicator.question) else 1.0
    axes = [[asked * s for s in _shares(form, indicator, indicator.question, answer=True)]]
    axes += [_shares(form, indicator, b, answer=False) for b in indicator.by]
    detail_below = [1.0 - _p_shown(interviews, math.prod(combo), curve) for combo in itertools.product(*axes)]
    below: list[float] = []
    for kept in itertools.product((False, True), repeat=len(axes)):
        # a kept axis takes each of its values; a summed axis is totalled over them
        options = [axis if keep else [sum(axis)] for axis, keep in zip(axes, kept, strict=True)]
        for combo in itertools.product(*options):
            below.append(1.0 - _p_shown(interviews, math.prod(combo), curve))
    total_below = 1.0 - _p_shown(interviews, math.prod(sum(a) for a in axes), curve)
    # each cell appears with its period and as the total over periods (one period: the same value)
    return IndicatorOutlook(
        indicator=indicator.name,
        period=indicator.period,
        cells=2 * len(below),
        below_share=float(np.mean(below)),
        detail_below_share=float(np.mean(detail_below)),
        total_below=total_below,
    )
