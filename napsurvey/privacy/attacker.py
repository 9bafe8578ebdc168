"""The linear-programming attacker: how well can a reader pin down a suppressed cell?

The attacker sees exactly what is published. The unknowns are the suppressed
(or absent) full-detail cells, each ``>= 0``. Every published cell is an
equation: a published detail cell fixes its value, a published total equals
the sum of the detail cells under it. For each suppressed cell (detail or
total) the attacker minimises and maximises its value over everything that is
consistent with the publication; the width ``max - min`` of that feasible
interval is how much uncertainty is left. A table is protected at threshold
``t`` when every suppressed cell keeps a width of at least ``t``.

The work is done on a *grid*: an array with one axis per dimension, each axis
one longer than the dimension's domain, the last position standing for "total
over this dimension". ``nan`` marks a cell the attacker does not know.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from napsurvey.privacy.published import CellKey, PublishedTable, freeze_key

FloatGrid = npt.NDArray[np.float64]
BoolGrid = npt.NDArray[np.bool_]
GridIndex = tuple[int, ...]
Interval = tuple[float, float]

#: slack for floating-point LP results when comparing a width with a threshold
_TOLERANCE = 1e-6


class InconsistentPublication(ValueError):
    """The published cells contradict each other (no table could produce them)."""


def feasible_intervals(
    table: PublishedTable, *, keys: Iterable[CellKey] | None = None
) -> dict[CellKey, Interval]:
    """Exact ``(min, max)`` an attacker can derive for each suppressed cell.

    ``keys`` limits the answer to some cells (frozen keys, see
    :func:`~napsurvey.privacy.published.freeze_key`); by default every
    suppressed cell of ``table`` is attacked. ``max`` is ``math.inf`` when
    nothing published bounds the cell from above.
    """
    grid, domains = table_grid(table)
    wanted = _targets_for(table, domains, keys)
    found = grid_intervals(grid, wanted, required_width=None)
    return {key: found[index] for key, index in wanted.items()}


def unprotected_cells(table: PublishedTable) -> list[CellKey]:
    """Suppressed cells whose feasible interval is narrower than the table's threshold."""
    grid, domains = table_grid(table)
    wanted = _targets_for(table, domains, None)
    found = grid_intervals(grid, wanted, required_width=float(table.threshold))
    return [
        key
        for key, index in wanted.items()
        if found[index][1] - found[index][0] < table.threshold - _TOLERANCE
    ]


def table_grid(table: PublishedTable) -> tuple[FloatGrid, list[list[str]]]:
    """The grid of published counts (``nan`` where unknown) and each dimension's values."""
    domains: list[list[str]] = [[] for _ in table.dimensions]
    seen: list[set[str]] = [set() for _ in table.dimensions]
    for cell in table.cells:
        for axis, dim in enumerate(table.dimensions):
            value = cell.key.get(dim)
            if value is not None and value not in seen[axis]:
                seen[axis].add(value)
                domains[axis].append(value)
    grid = np.full(tuple(len(d) + 1 for d in domains), np.nan)
    for cell in table.cells:
        if cell.count is not None:
            grid[_grid_index(cell.key, table.dimensions, domains)] = float(cell.count)
    return grid, domains


def _grid_index(key: dict[str, str], dimensions: Sequence[str], domains: list[list[str]]) -> GridIndex:
    return tuple(
        domains[axis].index(key[dim]) if dim in key else len(domains[axis])
        for axis, dim in enumerate(dimensions)
    )


def _targets_for(
    table: PublishedTable, domains: list[list[str]], keys: Iterable[CellKey] | None
) -> dict[CellKey, GridIndex]:
    chosen = None if keys is None else set(keys)
    wanted: dict[CellKey, GridIndex] = {}
    for cell in table.cells:
        frozen = freeze_key(cell.key)
        if cell.suppressed and (chosen is None or frozen in chosen):
            wanted[frozen] = _grid_index(cell.key, table.dimensions, domains)
    return wanted


def grid_intervals(
    grid: FloatGrid,
    targets: dict[CellKey, GridIndex] | Iterable[GridIndex],
    *,
    required_width: float | None,
    witnesses: Iterable[FloatGrid] = (),
) -> dict[GridIndex, Interval]:
    """Attack the cells at ``targets`` of a grid of published counts.

    With ``required_width=None`` each interval is exact (two LPs per cell at
    most). With a width, the work stops for a cell as soon as two feasible
    tables are known whose values of the cell differ by at least that much;
    the interval returned is then an inner bound, wide enough to prove
    protection. Any interval narrower than ``required_width`` is exact.

    ``witnesses`` are complete grids (every cell filled in) offered as
    feasible tables. Each one is checked against the attacker's equations
    (same published cells, detail cells ``>= 0``, every total the sum of its
    detail cells); a witness that fails the check is ignored. Witnesses that
    pass widen the known intervals without solving an LP.
    """
    indices = list(targets.values()) if isinstance(targets, dict) else list(targets)
    problem = _Problem(grid)
    return problem.solve(indices, required_width, witnesses)


def is_consistent_table(candidate: FloatGrid, published: FloatGrid) -> bool:
    """True when ``candidate`` is a table the attacker cannot rule out.

    ``candidate`` is a complete grid; ``published`` has ``nan`` for every
    cell the attacker does not see.
    """
    if candidate.shape != published.shape or np.isnan(candidate).any():
        return False
    seen = ~np.isnan(published)
    if np.any(np.abs(candidate[seen] - published[seen]) > _TOLERANCE):
        return False
    k = candidate.ndim
    detail = candidate[tuple(slice(0, n - 1) for n in candidate.shape)]
    if np.any(detail < -_TOLERANCE):
        return False
    for summed in _nonempty_subsets(k):
        total_index = tuple(slice(-1, None) if a in summed else slice(0, candidate.shape[a] - 1) for a in range(k))
        if np.any(np.abs(candidate[total_index] - detail.sum(axis=summed, keepdims=True)) > _TOLERANCE):
            return False
    return True


class _Problem:
    """The attacker's LP for one grid, split into independent components."""

    def __init__(self, grid: FloatGrid) -> None:
        self.grid = grid
        self.shape = grid.shape
        detail_shape = tuple(n - 1 for n in self.shape)
        detail = grid[tuple(slice(0, n) for n in detail_shape)]
        unknown = np.isnan(detail)
        self.var_of = np.full(detail_shape, -1, dtype=np.int64)
        self.var_of[unknown] = np.arange(int(unknown.sum()))
        self.n_vars = int(unknown.sum())
        self.known_detail = np.where(unknown, 0.0, detail)
        rows, cols, rhs = self._equations(unknown)
        self.n_rows = len(rhs)
        self.a_eq = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(self.n_rows, self.n_vars)
        )
        self.b_eq = np.asarray(rhs, dtype=np.float64)
        self._components()
        self.point = np.zeros(self.n_vars)
        self._solved_components: set[int] = set()
        self._cache: dict[tuple[int, ...], tuple[npt.NDArray[np.int64], sparse.csr_matrix, FloatGrid]] = {}

    # -- building ---------------------------------------------------------------
    def _equations(self, unknown: BoolGrid) -> tuple[list[int], list[int], list[float]]:
        """One equation per published total that still involves unknown detail cells."""
        k = len(self.shape)
        rows: list[int] = []
        cols: list[int] = []
        rhs: list[float] = []
        unknown_at = np.nonzero(unknown)
        for summed in _nonempty_subsets(k):
            # the published part of every total over `summed`, computed in one go
            known_sum = self.known_detail.sum(axis=summed, keepdims=True)
            total_index = tuple(
                slice(-1, None) if axis in summed else slice(0, self.shape[axis] - 1) for axis in range(k)
            )
            totals = self.grid[total_index]
            published = ~np.isnan(totals)
            if not published.any():
                continue
            residual = totals - known_sum
            # each unknown detail cell belongs to exactly one total over `summed`
            proj = tuple(
                np.zeros_like(unknown_at[axis]) if axis in summed else unknown_at[axis] for axis in range(k)
            )
            row_for_total = np.full(totals.shape, -1, dtype=np.int64)
            involved = np.zeros(totals.shape, dtype=bool)
            involved[proj] = True
            live = published & involved
            row_for_total[live] = np.arange(len(rhs), len(rhs) + int(live.sum()))
            # a published total with no unknown under it must already add up
            dead = published & ~involved
            if np.any(np.abs(residual[dead]) > _TOLERANCE):
                raise InconsistentPublication("a published total differs from its published parts")
            rhs.extend(residual[live].tolist())
            row_ids = row_for_total[proj]
            keep = row_ids >= 0
            rows.extend(row_ids[keep].tolist())
            cols.extend(self.var_of[unknown_at][keep].tolist())
        return rows, cols, rhs

    def _components(self) -> None:
        n = self.n_vars + self.n_rows
        coo = self.a_eq.tocoo()
        graph = sparse.coo_matrix(
            (np.ones(coo.nnz), (coo.col, self.n_vars + coo.row)), shape=(n, n)
        )
        _, labels = connected_components(graph, directed=False)
        self.var_component = labels[: self.n_vars]
        self.row_component = labels[self.n_vars :]

    # -- objectives ---------------------------------------------------------------
    def objective(self, index: GridIndex) -> tuple[npt.NDArray[np.int64], float]:
        """Unknown detail variables under a cell, and the published part of its value."""
        region = tuple(
            slice(None) if pos == n - 1 else slice(pos, pos + 1) for pos, n in zip(index, self.shape)
        )
        variables = self.var_of[region]
        return variables[variables >= 0].ravel(), float(self.known_detail[region].sum())

    # -- solving ------------------------------------------------------------------
    def _subproblem(self, comps: tuple[int, ...]) -> tuple[npt.NDArray[np.int64], sparse.csr_matrix, FloatGrid]:
        """Variables (sorted), equations and right-hand side of some components."""
        if comps not in self._cache:
            var_ids = np.nonzero(np.isin(self.var_component, comps))[0]
            row_ids = np.nonzero(np.isin(self.row_component, comps))[0]
            self._cache[comps] = (var_ids, self.a_eq[row_ids][:, var_ids], self.b_eq[row_ids])
        return self._cache[comps]

    def _lp(self, comps: tuple[int, ...], weights: dict[int, float]) -> tuple[npt.NDArray[np.float64] | None, npt.NDArray[np.int64]]:
        """Minimise sum(weights * x) over the components; None when unbounded."""
        # Imported here: scipy.optimize takes about half a second to load, and
        # every command (and the app's start) would otherwise pay for it.
        from scipy.optimize import linprog  # noqa: PLC0415

        var_ids, a, b = self._subproblem(comps)
        c = np.zeros(len(var_ids))
        if weights:
            chosen = np.fromiter(weights.keys(), dtype=np.int64)
            c[np.searchsorted(var_ids, chosen)] = np.fromiter(weights.values(), dtype=np.float64)
        if a.shape[0]:
            result = linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        else:
            result = linprog(c, bounds=(0, None), method="highs")
        if result.status == 3:
            return None, var_ids
        if result.status == 2:
            raise InconsistentPublication("the published cells admit no table")
        if result.status != 0:
            raise RuntimeError(f"LP solver failed: {result.message}")
        return np.maximum(np.asarray(result.x, dtype=np.float64), 0.0), var_ids

    def _ensure_point(self, comps: tuple[int, ...]) -> None:
        """Make ``self.point`` feasible on these components (any feasible point will do)."""
        missing = tuple(c for c in comps if c not in self._solved_components)
        if not missing:
            return
        x, var_ids = self._lp(missing, {})
        assert x is not None  # a zero objective is never unbounded
        self.point[var_ids] = x
        self._solved_components.update(missing)

    def solve(
        self, indices: list[GridIndex], required_width: float | None, witnesses: Iterable[FloatGrid]
    ) -> dict[GridIndex, Interval]:
        objectives = [self.objective(i) for i in indices]
        # Target matrix: value of every target at a point is T @ x + constant.
        t_rows = (
            np.concatenate([np.full(len(v), r, dtype=np.int64) for r, (v, _) in enumerate(objectives)])
            if objectives
            else np.zeros(0, dtype=np.int64)
        )
        t_cols = np.concatenate([v for v, _ in objectives]) if objectives else np.zeros(0, dtype=np.int64)
        target_matrix = sparse.csr_matrix(
            (np.ones(len(t_rows)), (t_rows, t_cols)), shape=(len(indices), self.n_vars)
        )
        constants = np.array([c for _, c in objectives])
        all_comps = tuple(sorted(set(self.var_component.tolist())))
        self._ensure_point(all_comps)
        low = target_matrix @ self.point + constants if len(indices) else np.zeros(0)
        high = low.copy()
        at = tuple(np.array(axis, dtype=np.int64) for axis in zip(*indices)) if indices else ()
        for witness in witnesses:
            if not indices:
                break
            values = witness[at]
            new_low, new_high = np.minimum(low, values), np.maximum(high, values)
            if required_width is not None:
                # checking a witness costs more than this test: skip one that proves nothing new
                still_narrow = high - low < required_width - _TOLERANCE
                if not np.any(still_narrow & ((new_low < low) | (new_high > high))):
                    continue
            if is_consistent_table(witness, self.grid):
                low, high = new_low, new_high

        def observe(x_part: npt.NDArray[np.float64], var_ids: npt.NDArray[np.int64]) -> None:
            nonlocal low, high
            trial = self.point.copy()
            trial[var_ids] = x_part
            values = target_matrix @ trial + constants
            low = np.minimum(low, values)
            high = np.maximum(high, values)

        def wide_enough(r: int) -> bool:
            return required_width is not None and high[r] - low[r] >= required_width - _TOLERANCE

        for r, (variables, _) in enumerate(objectives):
            if len(variables) == 0:  # fully determined by published detail cells
                continue
            comps = tuple(sorted(set(self.var_component[variables].tolist())))
            weights = {int(v): 1.0 for v in variables}
            if not wide_enough(r):
                x, var_ids = self._lp(comps, {v: -w for v, w in weights.items()})
                if x is None:
                    high[r] = math.inf
                else:
                    observe(x, var_ids)
            if not wide_enough(r):
                x, var_ids = self._lp(comps, weights)
                assert x is not None  # bounded below by zero
                observe(x, var_ids)
        return {index: (float(low[r]), float(high[r])) for r, index in enumerate(indices)}


def _nonempty_subsets(k: int) -> list[tuple[int, ...]]:
    return [s for size in range(1, k + 1) for s in itertools.combinations(range(k), size)]
