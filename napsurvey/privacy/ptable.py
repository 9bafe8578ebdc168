"""The perturbation table of the cell-key method: (true count, cell key) -> published value.

This is an instance of the construction published with the ``ptable`` R
package (Destatis / Statistics Austria, "type destatis"; Giessing 2016,
*Computational issues in the design of transition probabilities and
disclosure risk estimation for additive noise*, PSD 2016, LNCS 9867), the
method behind the ABS TableBuilder, the ONS 2021 Census tables and the
Destatis 2022 Census tables. Its parameters are:

* ``D`` (:attr:`PerturbationParameters.max_deviation`): no published value
  is further than ``D`` from the true count;
* ``V`` (:attr:`PerturbationParameters.variance`): the variance of the noise
  (rows whose support is cut by zero or by the blocking rule may have less);
* ``js`` (:attr:`PerturbationParameters.blocked`): the counts ``1..js`` are
  never published as themselves, and no count is ever published as one of
  them (a published value is 0 or more than ``js``).

For each true count ``i`` the table holds a probability distribution over
the published values ``j`` in ``max(0, i - D) .. i + D`` without ``1..js``:
the distribution of maximum entropy with mean deviation 0 (the noise is
unbiased), variance at most ``V``, and probabilities rising towards
deviation 0 from below (the package's "monotony" condition). A true zero is
always published as 0 (nothing is invented where nobody answered). Rows from
``ncat`` on (``D`` when ``js`` is 0, else ``D + js + 1``) are no longer
touched by zero or by blocking and all share the last row's distribution.

Probabilities become integer intervals of the cell-key space
``0 .. 2**32 - 1`` (cumulated in the order of the published values, as the
"destatis" table does on ``[0, 1)``): a cell whose key falls in a value's
interval is published as that value. Keys are integers so that a key sum is
exact and the same on every machine; the quantised table is what a release
records, so a release always reproduces the same figures.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from napsurvey.settings import RECORD_KEY_BITS, RECORD_KEY_SPACE

if TYPE_CHECKING:  # numpy builds a table; reading a stored one (every output) does not need it
    import numpy as np
    import numpy.typing as npt

#: Bits of a record key and of a cell key; keys are integers modulo 2**KEY_BITS.
KEY_BITS = RECORD_KEY_BITS
KEY_SPACE = RECORD_KEY_SPACE

#: Smallest probability the optimiser may give a published value (the ptable package's epsilon).
_EPSILON = 1e-7
#: Room above a row's least possible variance that the optimiser needs to find a solution.
_VARIANCE_SLACK = 1e-3


@dataclass(frozen=True)
class PerturbationParameters:
    """``D``, ``V`` and ``js`` of a perturbation table."""

    max_deviation: int
    variance: float
    blocked: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.max_deviation, bool) or self.max_deviation < 1:
            raise ValueError("the maximum deviation D must be a whole number of at least 1")
        if not self.variance > 0 or not math.isfinite(self.variance):
            raise ValueError("the variance V must be a positive number")
        if self.variance >= self.max_deviation**2:
            raise ValueError("the variance V must be smaller than D squared")
        if isinstance(self.blocked, bool) or self.blocked < 0:
            raise ValueError("js must be a whole number of at least 0")
        if self.blocked >= self.max_deviation:
            # js + 1 must be able to reach 0, or it could only be pushed up (a biased row).
            raise ValueError("js must be smaller than D")

    @property
    def rows(self) -> int:
        """``ncat``: the first true count whose row every larger count shares."""
        return self.max_deviation if self.blocked == 0 else self.max_deviation + self.blocked + 1


#: What napsurvey uses: D = 5, V = 2, js = 2 (docs/disclosure-control.md says why).
DEFAULT_PARAMETERS = PerturbationParameters(max_deviation=5, variance=2.0, blocked=2)


@dataclass(frozen=True)
class Row:
    """The published values of one true count and where each one's key interval ends.

    ``deviations[k]`` is published when the cell key is below ``bounds[k]``
    and at or above the bound before it (0 for the first); the last bound is
    :data:`KEY_SPACE`.
    """

    deviations: tuple[int, ...]
    bounds: tuple[int, ...]

    def deviation(self, cell_key: int) -> int:
        """The deviation this row gives a cell with key ``cell_key``."""
        for deviation, bound in zip(self.deviations, self.bounds, strict=True):
            if cell_key < bound:
                return deviation
        raise ValueError("cell key outside the key space")

    def probabilities(self) -> dict[int, float]:
        """Deviation -> its share of the key space."""
        out: dict[int, float] = {}
        low = 0
        for deviation, bound in zip(self.deviations, self.bounds, strict=True):
            if bound > low:
                out[deviation] = (bound - low) / KEY_SPACE
            low = bound
        return out


class PerturbationTable:
    """A quantised perturbation table: rows ``0 .. ncat``, the last one shared by larger counts."""

    def __init__(self, parameters: PerturbationParameters, rows: list[Row]) -> None:
        if len(rows) != parameters.rows + 1:
            raise ValueError("a perturbation table needs one row per count 0..ncat")
        self.parameters = parameters
        self.rows = tuple(rows)
        self._check()

    @property
    def max_deviation(self) -> int:
        """``D``: the largest distance between a published value and its true count."""
        return self.parameters.max_deviation

    def row(self, count: int) -> Row:
        """The row used for a true count."""
        if count < 0:
            raise ValueError("a count cannot be negative")
        return self.rows[min(count, len(self.rows) - 1)]

    def deviation(self, count: int, cell_key: int) -> int:
        """The noise added to ``count`` for a cell with key ``cell_key``."""
        if not 0 <= cell_key < KEY_SPACE:
            raise ValueError("cell key outside the key space")
        return self.row(count).deviation(cell_key)

    def published(self, count: int, cell_key: int) -> int:
        """The value published for a cell of true ``count`` and key ``cell_key``."""
        return count + self.deviation(count, cell_key)

    def mean(self, count: int) -> float:
        """Expected deviation of a true count (0 up to quantisation)."""
        return sum(d * p for d, p in self.row(count).probabilities().items())

    def variance(self, count: int) -> float:
        """Variance of the deviation of a true count."""
        probabilities = self.row(count).probabilities()
        mean = sum(d * p for d, p in probabilities.items())
        return sum((d - mean) ** 2 * p for d, p in probabilities.items())

    def _check(self) -> None:
        d = self.parameters.max_deviation
        js = self.parameters.blocked
        for count, row in enumerate(self.rows):
            if not row.bounds or row.bounds[-1] != KEY_SPACE or list(row.bounds) != sorted(row.bounds):
                raise ValueError(f"row {count}: key intervals must rise to the end of the key space")
            for deviation, share in row.probabilities().items():
                value = count + deviation
                if abs(deviation) > d or value < 0 or 1 <= value <= js:
                    raise ValueError(f"row {count}: deviation {deviation} is not allowed (share {share})")
            if count == 0 and row.probabilities() != {0: 1.0}:
                raise ValueError("a true zero must always be published as 0")
        last = self.rows[-1]
        if any(1 <= len(self.rows) - 1 + dv <= js for dv in last.probabilities()):
            raise ValueError("the shared last row reaches a blocked value")

    # -- storage -------------------------------------------------------------------

    def to_json(self) -> str:
        """The table as canonical JSON (what a release records)."""
        data = {
            "method": "cell-key",
            "key_bits": KEY_BITS,
            "max_deviation": self.parameters.max_deviation,
            "variance": self.parameters.variance,
            "blocked": self.parameters.blocked,
            "rows": [{"deviations": list(r.deviations), "bounds": list(r.bounds)} for r in self.rows],
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> PerturbationTable:
        """Read a table written by :meth:`to_json` (``ValueError`` if it is not one)."""
        data: Any = json.loads(text)
        if not isinstance(data, dict) or data.get("method") != "cell-key" or data.get("key_bits") != KEY_BITS:
            raise ValueError("not a cell-key perturbation table")
        parameters = PerturbationParameters(
            int(data["max_deviation"]), float(data["variance"]), int(data["blocked"])
        )
        rows = [Row(tuple(int(x) for x in r["deviations"]), tuple(int(x) for x in r["bounds"]))
                for r in data["rows"]]
        return cls(parameters, rows)


# -- construction ------------------------------------------------------------------------


def row_support(count: int, parameters: PerturbationParameters) -> list[int]:
    """Deviations a true count may receive: ``max(0, i-D)..i+D`` without the blocked values."""
    d = parameters.max_deviation
    js = parameters.blocked
    if count == 0:
        return [0]
    return [j - count for j in range(max(0, count - d), count + d + 1) if not 1 <= j <= js]


def transition_probabilities(count: int, parameters: PerturbationParameters) -> dict[int, float]:
    """The maximum-entropy distribution of the deviation of a true count (before quantisation).

    Constraints, as in the ``ptable`` package (its ``optim = 1``): the
    probabilities sum to 1, the mean deviation is 0, the variance is at
    most ``V``, each probability is at least 1e-7, and (``mono``) the
    probabilities of negative deviations do not fall towards 0. Where the
    support cut by zero and by blocking makes a variance of ``V``
    impossible with mean 0 (small counts when ``js`` is large), the
    variance is the least one possible.
    """
    import numpy as np  # noqa: PLC0415 - only to build a table (start-up time of every output)

    support = row_support(count, parameters)
    if len(support) == 1:
        return {support[0]: 1.0}
    v = np.asarray(support, dtype=np.float64)
    if not (v.min() < 0 < v.max()):
        raise ValueError(f"count {count} cannot be perturbed without bias")
    if parameters.variance < _least_variance(v) + _VARIANCE_SLACK:
        return _two_points(support)
    p = _max_entropy(v, parameters.variance)
    return {int(dv): float(pk) for dv, pk in zip(support, p, strict=True)}


def _two_points(support: list[int]) -> dict[int, float]:
    # The one mean-0 distribution of least variance: the values nearest 0 on either side.
    below = max(d for d in support if d < 0)
    above = min(d for d in support if d > 0)
    return {below: above / (above - below), above: -below / (above - below)}


def _least_variance(v: npt.NDArray[np.float64]) -> float:
    # Mean 0 with least variance: 0 itself, else the two support points nearest 0 on either side.
    if (v == 0).any():
        return 0.0
    below = v[v < 0].max()
    above = v[v > 0].min()
    return float(-below * above)


def _max_entropy(v: npt.NDArray[np.float64], variance: float) -> npt.NDArray[np.float64]:
    import numpy as np  # noqa: PLC0415 - only to build a table (start-up time of every output)

    n = len(v)
    zero = int(np.flatnonzero(v == 0)[0]) if (v == 0).any() else -1

    def objective(p: npt.NDArray[np.float64]) -> float:
        return float(np.sum(p * np.log(p)))

    def gradient(p: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return np.log(p) + 1.0

    constraints: list[dict[str, Any]] = [
        {"type": "eq", "fun": lambda p: np.array([p.sum() - 1.0, p @ v]),
         "jac": lambda p: np.vstack([np.ones(n), v])},
        {"type": "ineq", "fun": lambda p: np.array([variance - p @ (v * v)]),
         "jac": lambda p: -(v * v)[None, :]},
    ]
    if zero > 0:  # monotony: p[k] <= p[k+1] for the negative deviations up to 0
        mono = np.zeros((zero, n))
        for k in range(zero):
            mono[k, k] = -1.0
            mono[k, k + 1] = 1.0
        constraints.append({"type": "ineq", "fun": lambda p: mono @ p, "jac": lambda p: mono})
    from scipy.optimize import minimize  # noqa: PLC0415 - only when a table is built, not when one is read

    start = _feasible_start(v, variance)
    result = minimize(objective, start, jac=gradient, method="SLSQP", bounds=[(_EPSILON, 1.0)] * n,
                      constraints=constraints, options={"maxiter": 1000, "ftol": 1e-14})
    p: npt.NDArray[np.float64] = np.clip(np.asarray(result.x, dtype=np.float64), 0.0, None)
    p = p / p.sum()
    if abs(float(p @ v)) > 1e-6 or float(p @ (v * v)) > variance + 1e-5:
        raise ValueError("the perturbation table could not be built with these parameters")
    return p


def _feasible_start(v: npt.NDArray[np.float64], variance: float) -> npt.NDArray[np.float64]:
    import numpy as np  # noqa: PLC0415 - only to build a table (start-up time of every output)

    # Mostly the two points nearest 0 (mean 0, least variance), a little of everything else.
    p: npt.NDArray[np.float64] = np.full(len(v), 1e-3)
    below = int(np.flatnonzero(v == v[v < 0].max())[0])
    above = int(np.flatnonzero(v == v[v > 0].min())[0])
    rest = 1.0 - p.sum() + p[below] + p[above]
    b, a = -v[below], v[above]
    p[below] = rest * a / (a + b)
    p[above] = rest * b / (a + b)
    out: npt.NDArray[np.float64] = p / p.sum()
    return out


def quantise(probabilities: dict[int, float]) -> Row:
    """Integer key intervals for a distribution (largest remainders; every value keeps one key)."""
    import numpy as np  # noqa: PLC0415 - only to build a table (start-up time of every output)

    deviations = sorted(probabilities)
    shares = np.asarray([probabilities[d] for d in deviations], dtype=np.float64)
    shares = shares / shares.sum()
    exact = shares * KEY_SPACE
    counts = np.maximum(np.floor(exact).astype(np.int64), 1)
    short = KEY_SPACE - int(counts.sum())
    order = np.argsort(-(exact - np.floor(exact)), kind="stable")
    step = 1 if short > 0 else -1
    k = 0
    while short != 0:
        index = int(order[k % len(order)])
        if step > 0 or counts[index] > 1:
            counts[index] += step
            short -= step
        k += 1
    bounds = tuple(int(b) for b in np.cumsum(counts))
    return Row(tuple(deviations), bounds)


def build_table(parameters: PerturbationParameters) -> PerturbationTable:
    """Build the quantised table for ``parameters`` (a fraction of a second)."""
    rows = [quantise(transition_probabilities(i, parameters)) for i in range(parameters.rows + 1)]
    return PerturbationTable(parameters, rows)
