"""The linear-programming attacker against several linked tables at once.

Linked tables count the same records (same form, same question, same period
kind) with different disaggregations, so each is a margin of one full
cross-classification over the union of their dimensions (for instance
``answer x district`` and ``answer x sex`` are margins of
``answer x district x sex``). The attacker's unknowns are the cells of that
joint table, each ``>= 0``; every published cell of every table is an
equation (the sum of the joint cells under it equals its count); for each
suppressed cell of each table it minimises and maximises the sum of the joint
cells under it. This is stronger than attacking each table alone: a shift that
one table allows may be impossible once the other table's cells are known.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from napsurvey.privacy.attacker import (
    FloatGrid,
    GridIndex,
    InconsistentPublication,
    Interval,
    grid_intervals,
    table_grid,
)
from napsurvey.privacy.published import CellKey, PublishedTable, freeze_key

#: slack for floating-point LP results when comparing a width with a threshold
_TOLERANCE = 1e-6


class JointLayout:
    """The joint grid of some tables: the union of their dimensions, each with the union of its values."""

    def __init__(self, tables: Sequence[PublishedTable]) -> None:
        self.dimensions: list[str] = []
        values: dict[str, list[str]] = {}
        for table in tables:
            _, domains = table_grid(table)
            for dim, domain in zip(table.dimensions, domains, strict=True):
                if dim not in values:
                    self.dimensions.append(dim)
                    values[dim] = []
                values[dim].extend(v for v in domain if v not in values[dim])
        self.values = [values[d] for d in self.dimensions]
        self.shape = tuple(len(v) + 1 for v in self.values)

    @property
    def detail_cells(self) -> int:
        """How many cells the joint full table has (the attacker's unknowns)."""
        return math.prod(n - 1 for n in self.shape)

    def index(self, key: dict[str, str]) -> GridIndex:
        """Grid position of a cell key: "total" on every joint axis the key does not name."""
        return tuple(
            self.values[axis].index(key[dim]) if dim in key else len(self.values[axis])
            for axis, dim in enumerate(self.dimensions)
        )

    def published_grid(self, tables: Sequence[PublishedTable]) -> FloatGrid:
        """Every published cell of every table on the joint grid (``nan`` where nothing is known).

        Raises :class:`InconsistentPublication` when two tables publish different
        counts for the same key (they do not count the same records).
        """
        grid = np.full(self.shape, np.nan)
        for table in tables:
            for cell in table.cells:
                if cell.count is None:
                    continue
                at = self.index(cell.key)
                if not np.isnan(grid[at]) and grid[at] != cell.count:
                    raise InconsistentPublication("two linked tables publish different counts for one cell")
                grid[at] = float(cell.count)
        return grid


def joint_intervals(tables: Sequence[PublishedTable]) -> dict[tuple[int, CellKey], Interval]:
    """Exact ``(min, max)`` of every suppressed cell of every table, attacked jointly.

    Keys are ``(position of the table in tables, frozen cell key)``.
    """
    layout = JointLayout(tables)
    targets = _targets(layout, tables)
    found = grid_intervals(layout.published_grid(tables), list(set(targets.values())), required_width=None)
    return {name: found[at] for name, at in targets.items()}


def jointly_narrow(tables: Sequence[PublishedTable]) -> list[tuple[int, CellKey]]:
    """Suppressed cells some table's threshold is not met for, attacked jointly.

    Raises :class:`InconsistentPublication` when the tables cannot be margins of
    one joint table (they do not count the same records).
    """
    layout = JointLayout(tables)
    targets = _targets(layout, tables)
    need = max((t.threshold for t in tables), default=0)
    found = grid_intervals(layout.published_grid(tables), list(set(targets.values())), required_width=float(need))
    return [
        (i, key)
        for (i, key), at in targets.items()
        if found[at][1] - found[at][0] < tables[i].threshold - _TOLERANCE
    ]


def _targets(layout: JointLayout, tables: Sequence[PublishedTable]) -> dict[tuple[int, CellKey], GridIndex]:
    return {
        (i, freeze_key(cell.key)): layout.index(cell.key)
        for i, table in enumerate(tables)
        for cell in table.cells
        if cell.suppressed
    }
