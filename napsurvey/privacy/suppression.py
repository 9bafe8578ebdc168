"""Primary and complementary cell suppression for count tables.

:func:`protect` turns true counts into a :class:`PublishedTable` that is safe
to print. The method (explained for readers in ``docs/disclosure-control.md``):

1. Every cell, detail or total, is computed from the true counts. Totals are
   never computed from what is published.
2. **Primary suppression**: every cell with ``0 < count < threshold``.
   A true zero is published (it reveals no respondent, and the attacker below
   is given it as a constraint, so protection is judged with zeros known).
3. **Complementary suppression** by hypercubes: the table with its margins is
   a grid whose every axis has one extra position, "total". For each exposed
   cell we pick, along every axis, one partner position; the ``2**k`` corners
   of that box can be shifted by ``+d`` / ``-d`` (signs multiply per axis:
   two ordinary values get opposite signs, a value and its total the same
   sign) without changing any other cell. If all corners are suppressed, the
   attacker cannot tell ``d`` from zero, so each corner's feasible interval is
   at least ``min(corners moving down) + min(corners moving up)``. Among the
   boxes wide enough (``>= threshold``) we take the cheapest: cells already
   suppressed are free, small detail cells are cheap, totals are dear.
4. **Verification** by the linear-programming attacker over everything
   published. The boxes' shifted tables are handed to it as witnesses, which
   it checks against the published cells before believing them; any cell they
   do not prove wide enough is solved by LP. A cell left too narrow (it should
   not happen) makes us suppress every line through it and attack again, and
   if that fails, the whole table.

Suppressing more cells only removes equations from the attacker's system, so
a cell once protected by a box stays protected whatever is suppressed later.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from napsurvey.errors import ErrorCode, NapError
from napsurvey.privacy.attacker import GridIndex, grid_intervals
from napsurvey.privacy.published import CellKey, PublishedCell, PublishedTable
from napsurvey.settings import DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_HIGH, MINIMUM_THRESHOLD

IntGrid = npt.NDArray[np.int64]
BoolGrid = npt.NDArray[np.bool_]

#: how many rounds of "suppress the lines through a failing cell" before the whole table goes
_SLICE_ROUNDS = 2
#: how many recent batches of boxes a new box may join (see _witnesses)
_BATCH_SEARCH = 64


def resolve_threshold(requested: int | None, *, high: bool) -> int:
    """The threshold to use: ``requested``, else 10 (20 for ``sensitivity: high`` forms).

    A requested value below the product minimum (5) is refused with
    ``PRIVACY_THRESHOLD``; it is never silently raised.
    """
    if requested is None:
        return DEFAULT_THRESHOLD_HIGH if high else DEFAULT_THRESHOLD
    if isinstance(requested, bool) or requested < MINIMUM_THRESHOLD:
        raise NapError(ErrorCode.PRIVACY_THRESHOLD, value=requested, minimum=MINIMUM_THRESHOLD)
    return requested


def protect(
    indicator: str,
    form_id: str,
    dimensions: list[str],
    counts: Mapping[tuple[str, ...], int],
    threshold: int,
    *,
    domains: Mapping[str, Sequence[str]] | None = None,
    forced: Iterable[CellKey] = (),
) -> PublishedTable:
    """Publish a count table with all its margins, disclosure-controlled.

    ``counts`` maps full-detail keys (one value per dimension, in
    ``dimensions`` order) to true counts; ``domains`` lists every value of a
    dimension, so combinations missing from ``counts`` are published as zero
    cells. The result holds every detail cell and every total over every
    subset of the dimensions; no published count is in ``1..threshold-1`` and
    every suppressed cell keeps a feasible interval at least ``threshold``
    wide against a linear-programming attacker.

    ``forced`` names cells (frozen keys, see
    :func:`~napsurvey.privacy.published.freeze_key`) that must be suppressed
    whatever their count, because another table hides the same count (see
    :mod:`napsurvey.privacy.linked`). They are protected like primary cells:
    each gets a box of its own, and the attacker verifies them with the rest.
    Suppressing more never undoes the protection of the table's own cells.
    """
    resolve_threshold(threshold, high=False)  # refuse anything under the minimum
    if not dimensions or len(set(dimensions)) != len(dimensions):
        raise ValueError("dimensions must be a non-empty list of distinct names")
    values = _domains(dimensions, counts, domains)
    grid = _full_grid(values, counts)
    primary = (grid > 0) & (grid < threshold)
    must_hide = primary | _forced_mask(dimensions, values, forced)
    suppressed, boxes = _complement(grid, must_hide, threshold)
    suppressed = _enforce(grid, suppressed, threshold, boxes)
    return _publish(indicator, form_id, dimensions, values, grid, primary, suppressed, threshold)


# -- building the grid ---------------------------------------------------------------


def _domains(
    dimensions: list[str],
    counts: Mapping[tuple[str, ...], int],
    domains: Mapping[str, Sequence[str]] | None,
) -> list[list[str]]:
    """Each dimension's values: the declared ones in order, then any others seen, sorted."""
    declared = [list(dict.fromkeys(str(v) for v in (domains or {}).get(d, ()))) for d in dimensions]
    extra: list[set[str]] = [set() for _ in dimensions]
    for key, count in counts.items():
        if len(key) != len(dimensions):
            raise ValueError(f"count key {key!r} does not have one value per dimension")
        if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 0:
            raise ValueError("counts must be non-negative integers")
        for axis, value in enumerate(key):
            if str(value) not in declared[axis]:
                extra[axis].add(str(value))
    result = [d + sorted(e) for d, e in zip(declared, extra)]
    for dim, values in zip(dimensions, result):
        if not values:
            raise ValueError(f"dimension '{dim}' has no values")
    return result


def _forced_mask(dimensions: list[str], values: list[list[str]], forced: Iterable[CellKey]) -> BoolGrid:
    """The grid positions of the forced cells; a key naming an unknown dimension or value is refused."""
    mask = np.zeros(tuple(len(vs) + 1 for vs in values), dtype=np.bool_)
    position = [{v: i for i, v in enumerate(vs)} for vs in values]
    for key in forced:
        named = dict(key)
        if not set(named) <= set(dimensions):
            raise ValueError(f"forced cell {sorted(named)!r} names a dimension the table does not have")
        index: list[int] = []
        for axis, dim in enumerate(dimensions):
            if dim not in named:
                index.append(len(values[axis]))
            elif named[dim] in position[axis]:
                index.append(position[axis][named[dim]])
            else:
                raise ValueError(f"forced cell has a value outside dimension '{dim}'")
        mask[tuple(index)] = True
    return mask


def _full_grid(values: list[list[str]], counts: Mapping[tuple[str, ...], int]) -> IntGrid:
    """Detail counts plus every margin; the last position on each axis is its total."""
    k = len(values)
    position = [{v: i for i, v in enumerate(vs)} for vs in values]
    detail = np.zeros(tuple(len(vs) for vs in values), dtype=np.int64)
    for key, count in counts.items():
        detail[tuple(position[a][str(v)] for a, v in enumerate(key))] += int(count)
    grid = np.zeros(tuple(len(vs) + 1 for vs in values), dtype=np.int64)
    for summed in itertools.chain.from_iterable(itertools.combinations(range(k), r) for r in range(k + 1)):
        target = tuple(slice(-1, None) if a in summed else slice(0, len(values[a])) for a in range(k))
        grid[target] = detail.sum(axis=summed, keepdims=True) if summed else detail
    return grid


# -- complementary suppression by hypercubes -------------------------------------------


def _totals_in(grid_shape: tuple[int, ...]) -> IntGrid:
    """How many axes of each grid position are "total" (0 for a detail cell)."""
    result = np.zeros(grid_shape, dtype=np.int64)
    for axis, n in enumerate(grid_shape):
        shape = [1] * len(grid_shape)
        shape[axis] = n
        result = result + (np.arange(n) == n - 1).reshape(shape)
    return result


class _Box:
    """A chosen box: its corners, the direction each moves, and how far the cell can go."""

    def __init__(self, corners: list[GridIndex], signs: list[float], room_up: float, room_down: float) -> None:
        self.corners = corners
        self.signs = signs
        self.room_up = room_up
        self.room_down = room_down


def _witnesses(grid: IntGrid, boxes: Sequence[_Box], threshold: int) -> Iterator[npt.NDArray[np.float64]]:
    """Complete tables the attacker cannot rule out, two per batch of boxes.

    Boxes with no corner in common are shifted together (each by its own room),
    so a few tables prove the width of every corner; the attacker checks each.
    """
    batches: list[tuple[set[GridIndex], list[_Box]]] = []
    for box in boxes:
        for used, members in batches[-_BATCH_SEARCH:]:  # bounded search keeps this linear
            if used.isdisjoint(box.corners):
                used.update(box.corners)
                members.append(box)
                break
        else:
            batches.append((set(box.corners), [box]))
    base = grid.astype(np.float64)
    for _, members in batches:
        up = base.copy()
        down = base.copy()
        for box in members:
            for corner, sign in zip(box.corners, box.signs):
                up[corner] += sign * min(box.room_up, float(threshold))
                down[corner] -= sign * box.room_down
        yield up
        yield down


def _complement(grid: IntGrid, primary: BoolGrid, threshold: int) -> tuple[BoolGrid, list[_Box]]:
    """Primary cells plus complements chosen so each suppressed cell sits in a wide box."""
    suppressed = primary.copy()
    protected = ~primary
    boxes: list[_Box] = []
    values = grid.astype(np.float64)
    # Price of suppressing a cell: nothing if already suppressed; else its size, and much
    # more for totals, which readers need most (4x per aggregated axis; grand total dearest).
    price = np.where(primary, 0.0, (values + 1.0) * 4.0 ** _totals_in(grid.shape))
    # Totals first (they are the hardest to cover), then the smallest cells.
    order = sorted(
        (tuple(int(i) for i in idx) for idx in np.argwhere(primary)),
        key=lambda idx: (-sum(p == n - 1 for p, n in zip(idx, grid.shape)), int(grid[idx]), idx),
    )
    for cell in order:
        if protected[cell]:
            continue
        box = _best_box(values, price, cell, threshold)
        if box is None:  # cannot happen (the box towards the totals is unbounded); be safe
            continue
        boxes.append(box)
        for corner in box.corners:
            suppressed[corner] = True
            protected[corner] = True
            price[corner] = 0.0
    return suppressed, boxes


def _best_box(
    values: npt.NDArray[np.float64], price: npt.NDArray[np.float64], cell: GridIndex, threshold: int
) -> _Box | None:
    """The cheapest box of corners through ``cell`` whose shift keeps it ``threshold`` wide.

    ``values`` are the true counts on the grid, ``price`` what suppressing each
    cell costs (0 for cells already suppressed).
    """
    k = values.ndim
    partners: list[npt.NDArray[np.int64]] = []
    signs: list[npt.NDArray[np.float64]] = []
    own_index: list[npt.NDArray[np.int64]] = []
    for axis, own in enumerate(cell):
        total = values.shape[axis] - 1
        options = np.delete(np.arange(values.shape[axis], dtype=np.int64), own)
        if len(options) == 0:
            return None
        shape = [1] * k
        shape[axis] = len(options)
        partners.append(options.reshape(shape))
        same = (options == total) | (own == total)  # a value and its total move the same way
        signs.append(np.where(same, 1.0, -1.0).reshape(shape))
        own_index.append(np.full([1] * k, own, dtype=np.int64))
    box_shape = tuple(len(p.ravel()) for p in partners)
    room_down = np.full(box_shape, np.inf)  # smallest corner moving with the cell
    room_up = np.full(box_shape, np.inf)  # smallest corner moving against it
    total_price = np.zeros(box_shape)
    for use_partner in itertools.product((False, True), repeat=k):
        index = tuple(partners[a] if use_partner[a] else own_index[a] for a in range(k))
        corner_values = values[index]  # broadcasts against box_shape below
        if not any(use_partner):
            room_down = np.minimum(room_down, corner_values)
            continue  # the cell itself: already suppressed, no price
        sign = functools.reduce(np.multiply, (signs[a] for a in range(k) if use_partner[a]))
        room_down = np.minimum(room_down, np.where(sign > 0, corner_values, np.inf))
        room_up = np.minimum(room_up, np.where(sign < 0, corner_values, np.inf))
        total_price = total_price + price[index]
    feasible = room_up + room_down >= threshold
    if not feasible.any():
        return None
    choice = np.unravel_index(int(np.argmin(np.where(feasible, total_price, np.inf))), box_shape)
    chosen = [int(partners[a].ravel()[choice[a]]) for a in range(k)]
    corners: list[GridIndex] = []
    corner_signs: list[float] = []
    for use_partner in itertools.product((False, True), repeat=k):
        corners.append(tuple(chosen[a] if use_partner[a] else cell[a] for a in range(k)))
        sign_value = 1.0
        for a in range(k):
            if use_partner[a]:
                sign_value *= float(signs[a].ravel()[choice[a]])
        corner_signs.append(sign_value)
    return _Box(corners, corner_signs, float(room_up[choice]), float(room_down[choice]))


# -- verification and fallbacks -------------------------------------------------------


def _narrow_cells(
    grid: IntGrid, suppressed: BoolGrid, threshold: int, boxes: Sequence[_Box] = ()
) -> list[GridIndex]:
    """Suppressed cells the LP attacker can pin to an interval narrower than the threshold.

    The boxes' shifted tables are offered to the attacker as witnesses: each is
    checked against the published cells, and a cell two checked tables hold
    ``threshold`` apart needs no LP. Every other suppressed cell is solved.
    """
    seen = np.where(suppressed, np.nan, grid.astype(np.float64))
    targets = [tuple(int(i) for i in idx) for idx in np.argwhere(suppressed)]
    witnesses = _witnesses(grid, boxes, threshold)
    found = grid_intervals(seen, targets, required_width=float(threshold), witnesses=witnesses)
    return [idx for idx in targets if found[idx][1] - found[idx][0] < threshold - 1e-6]


def _enforce(grid: IntGrid, suppressed: BoolGrid, threshold: int, boxes: Sequence[_Box] = ()) -> BoolGrid:
    """Verify with the attacker; widen suppression until every suppressed cell is safe."""
    result = suppressed.copy()
    for _ in range(_SLICE_ROUNDS):
        narrow = _narrow_cells(grid, result, threshold, boxes)
        if not narrow:
            return result
        for cell in narrow:
            for axis in range(grid.ndim):
                line = tuple(slice(None) if a == axis else cell[a] for a in range(grid.ndim))
                result[line] = True
    if _narrow_cells(grid, result, threshold):
        result[...] = True  # nothing published: nothing can be derived
    return result


# -- the published form -----------------------------------------------------------------


def _publish(
    indicator: str,
    form_id: str,
    dimensions: list[str],
    values: list[list[str]],
    grid: IntGrid,
    primary: BoolGrid,
    suppressed: BoolGrid,
    threshold: int,
) -> PublishedTable:
    """Detail cells first, then totals over ever more dimensions."""
    k = len(dimensions)
    cells: list[PublishedCell] = []
    for kept_size in range(k, -1, -1):
        for kept in itertools.combinations(range(k), kept_size):
            for combo in itertools.product(*(range(len(values[a])) for a in kept)):
                position = dict(zip(kept, combo))
                index = tuple(position.get(a, len(values[a])) for a in range(k))
                key = {dimensions[a]: values[a][position[a]] for a in kept}
                if suppressed[index]:
                    reason = "primary" if primary[index] else "secondary"
                    cells.append(PublishedCell(key=key, count=None, suppressed=True, reason=reason))
                else:
                    cells.append(PublishedCell(key=key, count=int(grid[index]), suppressed=False))
    return PublishedTable(
        indicator=indicator, form_id=form_id, dimensions=list(dimensions), threshold=threshold, cells=cells
    )
