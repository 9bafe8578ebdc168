"""An independent linear-programming attacker, written straight from the published cells.

It shares nothing with napsurvey's own attacker or with ``protect``: one
unknown per cell (detail or total), one equation per total (it equals the sum
of its detail cells), published cells fixed, every unknown ``>= 0``; then
minimise and maximise each suppressed cell with scipy's HiGHS.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.optimize import linprog

from napsurvey.privacy.published import PublishedCell, PublishedTable


def reference_intervals(table: PublishedTable) -> dict[frozenset[tuple[str, str]], tuple[float, float]]:
    """``(min, max)`` of every suppressed cell over all tables consistent with the publication."""
    cells = table.cells
    n = len(cells)
    position = {frozenset(c.key.items()): i for i, c in enumerate(cells)}
    details = [i for i, c in enumerate(cells) if len(c.key) == len(table.dimensions)]
    rows: list[np.ndarray] = []
    rhs: list[float] = []
    for i, cell in enumerate(cells):
        if len(cell.key) < len(table.dimensions):  # a total: x_total - sum(details under it) = 0
            row = np.zeros(n)
            row[i] = 1.0
            for j in details:
                if all(cells[j].key[d] == v for d, v in cell.key.items()):
                    row[j] -= 1.0
            rows.append(row)
            rhs.append(0.0)
        if not cell.suppressed:
            assert cell.count is not None
            row = np.zeros(n)
            row[i] = 1.0
            rows.append(row)
            rhs.append(float(cell.count))
    a_eq = np.array(rows) if rows else None
    b_eq = np.array(rhs) if rows else None
    result: dict[frozenset[tuple[str, str]], tuple[float, float]] = {}
    for key, i in position.items():
        if not cells[i].suppressed:
            continue
        objective = np.zeros(n)
        objective[i] = 1.0
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        assert low.status == 0, low.message
        assert high.status in (0, 3), high.message
        result[key] = (float(low.fun), math.inf if high.status == 3 else float(-high.fun))
    return result


def _cell(key: dict[str, str], count: int | None) -> PublishedCell:
    return PublishedCell(key=key, count=count, suppressed=count is None, reason=None if count is not None else "primary")


def test_reference_pins_a_lone_suppressed_cell_next_to_its_published_total() -> None:
    table = PublishedTable(
        indicator="i", form_id="f", dimensions=["a"], threshold=10,
        cells=[_cell({"a": "x"}, None), _cell({"a": "y"}, 20), _cell({}, 23)],
    )
    assert reference_intervals(table) == {frozenset({("a", "x")}): pytest.approx((3.0, 3.0))}


def test_reference_sees_no_upper_bound_when_the_total_is_hidden() -> None:
    table = PublishedTable(
        indicator="i", form_id="f", dimensions=["a"], threshold=10,
        cells=[_cell({"a": "x"}, None), _cell({"a": "y"}, 20), _cell({}, None)],
    )
    found = reference_intervals(table)
    assert found[frozenset({("a", "x")})] == (0.0, math.inf)
    assert found[frozenset()][0] == pytest.approx(20.0)
