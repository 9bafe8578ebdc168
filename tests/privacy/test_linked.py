"""Linked tables: two indicators of one question share margins, and are attacked together.

The reference attacker here is written straight from the published cells and
shares nothing with napsurvey's: one unknown per cell of the joint full table
(every combination of values of every dimension of every table), each
``>= 0``; every published cell of every table is an equation (the sum of the
joint cells it covers equals its count); then each suppressed cell is
minimised and maximised with scipy's HiGHS.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from napsurvey.privacy.attacker import unprotected_cells
from napsurvey.privacy.joint_attacker import joint_intervals
from napsurvey.privacy.linked import TableRequest, protect_linked
from napsurvey.privacy.published import PublishedTable, freeze_key
from napsurvey.privacy.suppression import protect

Joint = dict[tuple[str, ...], int]


def reference_joint_intervals(
    tables: list[PublishedTable], dims: list[str], domains: dict[str, list[str]]
) -> dict[tuple[int, frozenset[tuple[str, str]]], tuple[float, float]]:
    """``(min, max)`` of every suppressed cell of every table over all joint tables consistent with all of them."""
    combos = list(itertools.product(*(domains[d] for d in dims)))

    def row_of(key: dict[str, str]) -> np.ndarray:
        return np.array([all(c[dims.index(d)] == v for d, v in key.items()) for c in combos], dtype=float)

    a_eq = [row_of(c.key) for t in tables for c in t.cells if not c.suppressed]
    b_eq = [float(c.count) for t in tables for c in t.cells if c.count is not None]
    out = {}
    for i, table in enumerate(tables):
        for cell in table.cells:
            if not cell.suppressed:
                continue
            obj = row_of(cell.key)
            eq = {"A_eq": np.array(a_eq), "b_eq": b_eq} if a_eq else {}  # nothing published: no equation
            low = linprog(obj, bounds=(0, None), method="highs", **eq)
            high = linprog(-obj, bounds=(0, None), method="highs", **eq)
            assert low.status == 0, "the true joint table is always feasible"
            top = math.inf if high.status == 3 else -high.fun
            out[(i, freeze_key(cell.key))] = (low.fun, top)
    return out


def margin(joint: Joint, dims: list[str], keep: list[str]) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    for key, n in joint.items():
        sub = tuple(key[dims.index(d)] for d in keep)
        out[sub] = out.get(sub, 0) + n
    return out


def requests_for(joint: Joint, dims: list[str], domains: dict[str, list[str]], shapes: list[list[str]],
                 threshold: int) -> list[TableRequest]:
    return [
        TableRequest(f"t{i}", "form", keep, margin(joint, dims, keep), threshold, {d: domains[d] for d in keep})
        for i, keep in enumerate(shapes)
    ]


def narrow_cells(
    tables: list[PublishedTable], dims: list[str], domains: dict[str, list[str]]
) -> list[tuple[int, frozenset[tuple[str, str]]]]:
    found = reference_joint_intervals(tables, dims, domains)
    return [k for k, (lo, hi) in found.items() if hi - lo < tables[k[0]].threshold - 1e-6]


# -- a crafted leak: what linking prevents --------------------------------------------------

DIMS = ["answer", "district", "sex"]
DOMAINS = {"answer": ["y", "n"], "district": ["d1", "d2", "d3"], "sex": ["f", "m"]}
LEAKY: Joint = {
    ("y", "d1", "f"): 0, ("y", "d1", "m"): 6, ("y", "d2", "f"): 3, ("y", "d2", "m"): 0,
    ("y", "d3", "f"): 6, ("y", "d3", "m"): 0, ("n", "d1", "f"): 12, ("n", "d1", "m"): 3,
    ("n", "d2", "f"): 0, ("n", "d2", "m"): 1, ("n", "d3", "f"): 1, ("n", "d3", "m"): 12,
}
SHAPES = [["answer", "district"], ["answer", "sex"]]


def test_unlinked_protection_leaks_through_the_other_table() -> None:
    """Each table alone is safe, yet together they pin a hidden cell: the gap linking closes."""
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10), link=False)
    assert all(not unprotected_cells(t) for t in tables)  # safe one at a time
    leaks = narrow_cells(tables, DIMS, DOMAINS)
    assert leaks, "the crafted example must show the leak of unlinked protection"
    hidden_in_one = {k for i, k in leaks}
    assert any((t.cell(**dict(k)) is not None and not t.cell(**dict(k)).suppressed)  # type: ignore[union-attr]
               for t in tables for k in hidden_in_one)  # hidden in one table, shown in the other


def test_linked_protection_closes_the_leak() -> None:
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10))
    assert narrow_cells(tables, DIMS, DOMAINS) == []
    assert all(not unprotected_cells(t) for t in tables)


def test_shared_cells_agree_and_published_counts_are_true() -> None:
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10))
    a, b = tables
    shared = {freeze_key(c.key) for c in a.cells} & {freeze_key(c.key) for c in b.cells}
    assert freeze_key({}) in shared and freeze_key({"answer": "y"}) in shared
    for key in shared:
        ca, cb = a.cell(**dict(key)), b.cell(**dict(key))
        assert ca is not None and cb is not None
        assert ca.suppressed == cb.suppressed and ca.count == cb.count
    for table in tables:
        for cell in table.cells:
            if cell.count is not None:
                assert cell.count == sum(n for k, n in LEAKY.items()
                                         if all(k[DIMS.index(d)] == v for d, v in cell.key.items()))
                assert cell.count == 0 or cell.count >= 10


def test_napsurvey_joint_attacker_matches_the_reference() -> None:
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10), link=False)
    ours = joint_intervals(tables)
    ref = reference_joint_intervals(tables, DIMS, DOMAINS)
    assert ours.keys() == ref.keys()
    for key, (lo, hi) in ref.items():
        assert ours[key][0] == pytest.approx(lo, abs=1e-6)
        assert ours[key][1] == pytest.approx(hi, abs=1e-6) or (math.isinf(hi) and math.isinf(ours[key][1]))


# -- forced cells ---------------------------------------------------------------------------


def test_forced_cells_are_suppressed_and_protected() -> None:
    counts: dict[tuple[str, ...], int] = {(a, d): 40 + i for i, (a, d) in enumerate(itertools.product(["y", "n"], ["d1", "d2", "d3"]))}
    plain = protect("t", "f", ["answer", "district"], counts, 10)
    assert plain.suppressed_count == 0
    forced = {freeze_key({"answer": "y"}), freeze_key({"answer": "y", "district": "d2"})}
    table = protect("t", "f", ["answer", "district"], counts, 10, forced=forced)
    for key in forced:
        cell = table.cell(**dict(key))
        assert cell is not None and cell.suppressed and cell.count is None
    assert not unprotected_cells(table)  # forced cells are wide too, not just hidden


def test_forcing_more_never_undoes_a_tables_own_protection() -> None:
    counts: dict[tuple[str, ...], int] = {("y", "d1"): 3, ("y", "d2"): 40, ("n", "d1"): 50, ("n", "d2"): 60}
    alone = protect("t", "f", ["answer", "district"], counts, 10)
    more = protect("t", "f", ["answer", "district"], counts, 10,
                   forced={freeze_key({"district": "d2"}), freeze_key({})})
    hidden = {freeze_key(c.key) for c in alone.cells if c.suppressed}
    assert hidden and not unprotected_cells(more)
    assert all(more.cell(**dict(k)).suppressed for k in hidden)  # type: ignore[union-attr]


def test_forcing_an_unknown_value_is_refused() -> None:
    with pytest.raises(ValueError):
        protect("t", "f", ["answer"], {("y",): 20}, 10, forced={freeze_key({"answer": "maybe"})})
    with pytest.raises(ValueError):
        protect("t", "f", ["answer"], {("y",): 20}, 10, forced={freeze_key({"sex": "f"})})


# -- random joint tables ------------------------------------------------------------------------


@st.composite
def joint_tables(draw: st.DrawFn) -> tuple[Joint, list[str], dict[str, list[str]], list[list[str]], int]:
    """answer x a x b x period with tables answer x a x period and answer x b x period (or answer x a x b x period)."""
    sizes = [draw(st.integers(2, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 2))]
    dims = ["answer", "a", "b", "period"]
    domains = {d: [f"{d}{i}" for i in range(n)] for d, n in zip(dims, sizes)}
    combos = list(itertools.product(*(domains[d] for d in dims)))
    values = draw(st.lists(st.sampled_from([0, 0, 1, 2, 4, 6, 9, 13, 30]), min_size=len(combos),
                           max_size=len(combos)))
    joint = dict(zip(combos, values))
    shapes = draw(st.sampled_from([
        [["answer", "a", "period"], ["answer", "b", "period"]],
        [["answer", "a", "period"], ["answer", "a", "b", "period"]],
        [["answer", "a", "period"], ["answer", "b", "period"], ["answer", "period"]],
    ]))
    threshold = draw(st.sampled_from([5, 10]))
    return joint, dims, domains, shapes, threshold


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joint_tables())
def test_linked_tables_hold_against_the_joint_attacker(
    case: tuple[Joint, list[str], dict[str, list[str]], list[list[str]], int],
) -> None:
    joint, dims, domains, shapes, threshold = case
    tables = protect_linked(requests_for(joint, dims, domains, shapes, threshold))
    assert narrow_cells(tables, dims, domains) == []
    for table in tables:
        assert all(c.count is None or c.count == 0 or c.count >= threshold for c in table.cells)
        assert all((c.count is None) == c.suppressed for c in table.cells)
    # shared cells agree across tables
    index = [{freeze_key(c.key): c for c in t.cells} for t in tables]
    for first, second in itertools.combinations(index, 2):
        for key in first.keys() & second.keys():
            assert first[key].suppressed == second[key].suppressed


# -- the fallbacks ------------------------------------------------------------------------------


def _shared_agree(tables: list[PublishedTable]) -> bool:
    index = [{freeze_key(c.key): c for c in t.cells} for t in tables]
    return all(first[k].suppressed == second[k].suppressed
               for first, second in itertools.combinations(index, 2) for k in first.keys() & second.keys())


def test_a_cell_the_joint_attacker_narrows_gets_its_lines_suppressed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    narrow_key = freeze_key({"answer": "n", "district": "d1"})

    def fake(tables: list[PublishedTable]) -> list[tuple[int, frozenset[tuple[str, str]]]]:
        calls.append(1)
        return [(0, narrow_key)] if len(calls) == 1 else []

    monkeypatch.setattr("napsurvey.privacy.linked.jointly_narrow", fake)
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10))
    assert len(calls) == 2  # checked again after the remedy
    a = tables[0]
    for key in ({"answer": "n", "district": "d1"}, {"answer": "y", "district": "d1"}, {"district": "d1"},
                {"answer": "n", "district": "d2"}, {"answer": "n"}):
        assert a.cell(**key).suppressed  # type: ignore[union-attr]
    assert _shared_agree(tables) and all(not unprotected_cells(t) for t in tables)


def test_when_nothing_else_works_nothing_is_published(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("napsurvey.privacy.linked.jointly_narrow", lambda tables: [(0, freeze_key({}))])
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10))
    assert all(c.suppressed and c.count is None for t in tables for c in t.cells)


def test_linking_that_does_not_settle_hides_every_shared_cell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("napsurvey.privacy.linked._LINK_ROUNDS", 0)
    tables = protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10), joint_check=False)
    for cell in tables[1].cells:
        if set(cell.key) <= {"answer"}:
            assert cell.suppressed
    assert _shared_agree(tables) and all(not unprotected_cells(t) for t in tables)


def test_a_joint_table_too_big_to_attack_is_only_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("napsurvey.privacy.linked.JOINT_CELL_LIMIT", 0)

    def refuse(tables: list[PublishedTable]) -> list[tuple[int, frozenset[tuple[str, str]]]]:
        raise AssertionError("the joint attacker must not run over the size limit")

    monkeypatch.setattr("napsurvey.privacy.linked.jointly_narrow", refuse)
    assert _shared_agree(protect_linked(requests_for(LEAKY, DIMS, DOMAINS, SHAPES, 10)))


def test_tables_of_different_records_are_not_attacked_as_one() -> None:
    """Two tables whose shared totals differ are not margins of one table: linked, never merged."""
    a: dict[tuple[str, ...], int] = {("y", "d1"): 30, ("y", "d2"): 3, ("n", "d1"): 40, ("n", "d2"): 50}
    b: dict[tuple[str, ...], int] = {("y", "f"): 20, ("y", "m"): 20, ("n", "f"): 45, ("n", "m"): 45}  # a different grand total
    tables = protect_linked([
        TableRequest("a", "form", ["answer", "district"], a, 10),
        TableRequest("b", "form", ["answer", "sex"], b, 10),
    ])
    assert _shared_agree(tables) and all(not unprotected_cells(t) for t in tables)
