"""napsurvey's LP attacker agrees with an independent one and checks what it is given."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_attacker_reference import reference_intervals

from napsurvey.privacy.attacker import (
    InconsistentPublication,
    feasible_intervals,
    grid_intervals,
    is_consistent_table,
    unprotected_cells,
)
from napsurvey.privacy.published import PublishedCell, PublishedTable, freeze_key


def _table(dimensions: list[str], values: list[list[str]], counts: dict[tuple[str, ...], int],
           hidden: set[frozenset[tuple[str, str]]], threshold: int = 10) -> PublishedTable:
    """All cells and margins from true counts, hiding exactly the keys in ``hidden``."""
    cells = []
    k = len(dimensions)
    for size in range(k, -1, -1):
        for kept in itertools.combinations(range(k), size):
            for combo in itertools.product(*(values[a] for a in kept)):
                key = {dimensions[a]: v for a, v in zip(kept, combo)}
                total = sum(c for full, c in counts.items() if all(full[a] == key[dimensions[a]] for a in kept))
                if freeze_key(key) in hidden:
                    cells.append(PublishedCell(key=key, count=None, suppressed=True, reason="secondary"))
                else:
                    cells.append(PublishedCell(key=key, count=total, suppressed=False))
    return PublishedTable(indicator="i", form_id="f", dimensions=dimensions, threshold=threshold, cells=cells)


def _two_by_two(hidden_keys: list[dict[str, str]]) -> PublishedTable:
    counts = {("1", "1"): 3, ("1", "2"): 20, ("2", "1"): 20, ("2", "2"): 20}
    return _table(["a", "b"], [["1", "2"], ["1", "2"]], counts, {freeze_key(k) for k in hidden_keys})


def test_one_hidden_cell_in_a_two_by_two_is_pinned() -> None:
    table = _two_by_two([{"a": "1", "b": "1"}])
    assert feasible_intervals(table) == {freeze_key({"a": "1", "b": "1"}): pytest.approx((3.0, 3.0))}
    assert unprotected_cells(table) == [freeze_key({"a": "1", "b": "1"})]


def test_four_hidden_cells_with_margins_shown_move_together() -> None:
    table = _two_by_two([{"a": x, "b": y} for x in "12" for y in "12"])
    found = feasible_intervals(table)
    assert found[freeze_key({"a": "1", "b": "1"})] == pytest.approx((0.0, 23.0))
    assert found[freeze_key({"a": "2", "b": "2"})] == pytest.approx((17.0, 40.0))
    assert unprotected_cells(table) == []


def test_a_hidden_total_with_hidden_parts_is_unbounded() -> None:
    table = _table(["a"], [["x", "y"]], {("x",): 3, ("y",): 20}, {freeze_key({"a": "x"}), freeze_key({})})
    found = feasible_intervals(table)
    assert found[freeze_key({"a": "x"})] == (0.0, math.inf)
    assert found[freeze_key({})] == (pytest.approx(20.0), math.inf)


def test_contradictory_publication_is_refused() -> None:
    table = PublishedTable(
        indicator="i", form_id="f", dimensions=["a"], threshold=10,
        cells=[
            PublishedCell(key={"a": "x"}, count=12, suppressed=False),
            PublishedCell(key={"a": "y"}, count=20, suppressed=False),
            PublishedCell(key={}, count=50, suppressed=False),
        ],
    )
    with pytest.raises(InconsistentPublication):
        feasible_intervals(table)


def test_witness_tables_are_checked_before_they_count() -> None:
    # 1-D grid: x, y, total. x and y hidden, total 23 published.
    published = np.array([np.nan, np.nan, 23.0])
    assert is_consistent_table(np.array([0.0, 23.0, 23.0]), published)
    assert not is_consistent_table(np.array([-1.0, 24.0, 23.0]), published)  # negative count
    assert not is_consistent_table(np.array([1.0, 23.0, 24.0]), published)  # changes a published cell
    assert not is_consistent_table(np.array([1.0, 1.0, 23.0]), published)  # parts do not add up
    # A bogus witness claiming x can reach 100 is ignored; the LP answer stands.
    bogus = np.array([100.0, 0.0, 23.0])
    found = grid_intervals(published, [(0,)], required_width=50.0, witnesses=[bogus])
    assert found[(0,)] == pytest.approx((0.0, 23.0))


@st.composite
def _published_tables(draw: st.DrawFn) -> PublishedTable:
    sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3).filter(lambda s: math.prod(s) <= 36))
    dimensions = [f"d{i}" for i in range(len(sizes))]
    values = [[f"v{j}" for j in range(n)] for n in sizes]
    counts = {key: draw(st.sampled_from([0, 0, 1, 2, 3, 5, 8, 13, 40])) for key in itertools.product(*values)}
    every_key = [
        freeze_key({dimensions[a]: v for a, v in zip(kept, combo)})
        for size in range(len(sizes) + 1)
        for kept in itertools.combinations(range(len(sizes)), size)
        for combo in itertools.product(*(values[a] for a in kept))
    ]
    hidden = set(draw(st.lists(st.sampled_from(every_key), max_size=len(every_key))))
    return _table(dimensions, values, counts, hidden)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_published_tables())
def test_exact_intervals_match_the_independent_attacker(table: PublishedTable) -> None:
    ours = feasible_intervals(table)
    theirs = reference_intervals(table)
    assert ours.keys() == theirs.keys()
    for key, (low, high) in theirs.items():
        assert ours[key][0] == pytest.approx(low, abs=1e-6)
        assert ours[key][1] == pytest.approx(high, abs=1e-6)
