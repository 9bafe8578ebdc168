"""The cell-key method: exact key sums, margins from tallies, one value per set of records."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from napsurvey.privacy.cellkey import (
    ZERO,
    Tally,
    margin_tallies,
    protect_tallies,
    published_value,
    regroup,
    shown,
    total,
)
from napsurvey.privacy.ptable import KEY_SPACE, PerturbationParameters, build_table
from napsurvey.vault.repo.records import new_record_key, new_record_keys

TABLE = build_table(PerturbationParameters(5, 2.0, 2))
keys = st.integers(0, KEY_SPACE - 1)


@given(st.lists(keys, max_size=30), st.lists(keys, max_size=30))
def test_tallies_add_exactly_modulo_the_key_space(a, b):
    assert Tally.of(a) + Tally.of(b) == Tally.of(a + b) == total([Tally.of(a), Tally.of(b)])
    assert Tally.of(a) + ZERO == Tally.of(a)


@pytest.mark.parametrize("draw", [lambda n: [new_record_key() for _ in range(n)], new_record_keys], ids=["one", "batch"])
def test_record_keys_cover_the_key_space(draw):
    drawn = draw(2000)
    assert len(drawn) == 2000 and all(0 <= k < KEY_SPACE for k in drawn)
    assert len(set(drawn)) > 1990
    assert min(drawn) < KEY_SPACE // 10 and max(drawn) > KEY_SPACE * 9 // 10


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_margin_is_the_tally_of_its_records(data):
    sizes = data.draw(st.lists(st.integers(1, 4), min_size=1, max_size=3))
    dims = [f"d{i}" for i in range(len(sizes))]
    domains = [[f"v{j}" for j in range(n)] for n in sizes]
    records = data.draw(st.lists(st.tuples(st.tuples(*(st.sampled_from(d) for d in domains)), keys), max_size=60))
    detail: dict[tuple[str, ...], Tally] = {}
    for cell, key in records:
        detail[cell] = detail.get(cell, ZERO) + Tally(1, key)
    margins = margin_tallies(dims, domains, detail)
    assert len(margins) == pytest.approx(
        __import__("math").prod(n + 1 for n in sizes))
    for margin, tally in margins.items():
        fixed = dict(margin)
        members = [k for c, k in records if all(c[dims.index(d)] == v for d, v in fixed.items())]
        assert tally == Tally.of(members)


def test_margins_come_finest_first_in_a_fixed_order():
    dims, domains = ["a", "b", "c"], [["x", "y"], ["p", "q", "r"], ["u"]]
    detail = {("x", "q", "u"): Tally(3, 7), ("y", "r", "u"): Tally(2, KEY_SPACE - 1)}
    expected = [
        tuple((dims[i], v) for i, v in zip(kept, combo, strict=True))
        for size in range(3, -1, -1)
        for kept in itertools.combinations(range(3), size)
        for combo in itertools.product(*(domains[i] for i in kept))
    ]
    margins = margin_tallies(dims, domains, detail)
    assert list(margins) == expected  # the order outputs list cells in
    assert margins[()] == Tally(5, 6) and margins[(("b", "p"),)] == ZERO


def test_the_same_records_get_the_same_value_in_every_table():
    rng = random.Random(3)
    # 23 records, all in region north: the north column of a region x sex table and the
    # "north" row of a region x answer table hold the same records, as does the grand total.
    records = [(("north", rng.choice(["f", "m"]), rng.choice(["yes", "no"])), rng.randrange(KEY_SPACE))
               for _ in range(23)]
    by_sex: dict[tuple[str, ...], Tally] = {}
    by_answer: dict[tuple[str, ...], Tally] = {}
    for (region, sex, answer), key in records:
        by_sex[(region, sex)] = by_sex.get((region, sex), ZERO) + Tally(1, key)
        by_answer[(answer, region)] = by_answer.get((answer, region), ZERO) + Tally(1, key)
    one = protect_tallies(["region", "sex"], [["north", "south"], ["f", "m"]], by_sex, TABLE, 10)
    two = protect_tallies(["answer", "region"], [["yes", "no"], ["north", "south"]], by_answer, TABLE, 10)
    value = {c.key: c.value for c in one}
    other = {c.key: c.value for c in two}
    assert value[(("region", "north"),)] == other[(("region", "north"),)] == value[()] == other[()]
    assert value[(("region", "south"),)] is None  # nobody there: a published 0 is withheld


def test_margins_are_never_sums_of_published_values():
    # 40 cells of 3: each is withheld, but their total of 120 is published from the tallies.
    rng = random.Random(5)
    detail = {(f"c{i}",): Tally.of(rng.randrange(KEY_SPACE) for _ in range(3)) for i in range(40)}
    cells = {c.key: c.value for c in protect_tallies(["x"], [[f"c{i}" for i in range(40)]], detail, TABLE, 10)}
    assert all(cells[((("x", f"c{i}"),))] is None for i in range(40))
    assert abs(cells[()] - 120) <= TABLE.max_deviation


def test_regroup_merges_tallies():
    detail = {("ministry", "yes"): Tally(2, 5), ("parliament", "yes"): Tally(3, KEY_SPACE - 1),
              ("cso", "yes"): Tally(1, 7)}
    merged = regroup(detail, 0, {"ministry": "government", "parliament": "government"})
    assert merged == {("government", "yes"): Tally(5, 4), ("cso", "yes"): Tally(1, 7)}


def test_shown_withholds_below_the_threshold_and_zero():
    assert [shown(v, 10) for v in (0, 3, 9, 10, 57)] == [None, None, None, 10, 57]


@pytest.mark.parametrize("count", [0, 1, 2, 5, 9, 10, 11, 50])
def test_published_values_are_unbiased_and_within_d(count):
    # Over the whole key space the mean published value is the true count.
    row = TABLE.row(count)
    mean = sum((count + dv) * p for dv, p in row.probabilities().items())
    assert mean == pytest.approx(count, abs=1e-6)
    values = {published_value(TABLE, Tally(count, k)) for k in itertools.islice(range(0, KEY_SPACE, 4099), 2000)}
    assert all(abs(v - count) <= TABLE.max_deviation for v in values)


def test_a_tally_outside_the_rules_is_refused():
    with pytest.raises(ValueError):
        Tally(-1, 0)
    with pytest.raises(ValueError):
        Tally(1, KEY_SPACE)
    with pytest.raises(ValueError):
        margin_tallies(["x"], [["a"]], {("b",): Tally(1, 1)})
