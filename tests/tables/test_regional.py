"""Regional tables from members' releases: sums of what they published, and pooled tallies protected again."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import pytest

from napsurvey.bundle.upward import KEY_SPACE, Protection, Release, ReleasedTable
from napsurvey.tables.regional import MemberRelease, Pooling, pooled_tallies, regional_table, regional_tables

DIMS = ("answer", "sex")
DOMAINS = (("yes", "no"), ("f", "m"))
TABLE = "a" * 64
THRESHOLD = 10


def perturbed(count: int, key: int) -> int:
    """A toy cell-key table (deviation at most 2, a true zero stays 0)."""
    return 0 if count == 0 else max(0, count + key % 5 - 2)


def margins(detail: dict[tuple[str, ...], tuple[int, int]]) -> dict[tuple[str | None, ...], tuple[int, int]]:
    out: dict[tuple[str | None, ...], tuple[int, int]] = {}
    for kept in itertools.product(*[(*d, None) for d in DOMAINS]):
        count = key = 0
        for dk, (n, k) in detail.items():
            if all(m is None or m == v for m, v in zip(kept, dk, strict=True)):
                count += n
                key += k
        out[kept] = (count, key % KEY_SPACE)
    return out


def member_release(detail: dict[tuple[str, ...], tuple[int, int]], *, table_id: str = TABLE, raw: bool = False,
                   threshold: int = THRESHOLD, dims: Sequence[str] = DIMS) -> Release:
    keys, values = [], []
    for key, (n, k) in margins(detail).items():
        value = perturbed(n, k)
        keys.append(list(key))
        values.append(value if value >= threshold else None)
    columns = {"raw_keys": [list(k) for k in detail], "raw_counts": [n for n, _ in detail.values()],
               "raw_key_sums": [k for _, k in detail.values()]} if raw else {}
    table = ReleasedTable(indicator="ind", dimensions=list(dims), keys=keys, values=values, **columns)
    return Release(form_id="survey", form_versions=["1"], sensitivity="normal", period="2026-Q3", edition=1,
                   released_day="2026-11-02",
                   protection=Protection(method="cell-key", max_deviation=2, threshold=threshold, table_id=table_id),
                   interviews=None, tables=[table])


def random_detail(rng: random.Random, scale: int) -> dict[tuple[str, ...], tuple[int, int]]:
    return {key: (rng.randint(0, scale), rng.randrange(KEY_SPACE)) for key in itertools.product(*DOMAINS)}


POOLING = Pooling(table_id=TABLE, max_deviation=2, threshold=THRESHOLD, published=perturbed)


def test_released_values_are_summed_and_withheld_ones_mark_the_sum_as_at_least() -> None:
    rng = random.Random(3)
    members = [MemberRelease(f"M{i}", member_release(random_detail(rng, 14))) for i in range(4)]
    table = regional_table("survey", "ind", "2026-Q3", members)
    assert table is not None and table.members == ("M0", "M1", "M2", "M3")
    for cell in table.cells:
        published = [m.release.tables[0] for m in members]
        values = [dict(t.cells())[cell.key] for t in published]
        shown = [v for v in values if v is not None]
        assert cell.value == (sum(shown) if shown else None)
        assert cell.at_least == bool(shown and len(shown) < len(values))
        assert (cell.shown, cell.withheld) == (len(shown), len(values) - len(shown))
        assert cell.members == dict(zip(table.members, values, strict=True))


def test_a_pool_of_one_member_gives_exactly_its_published_values() -> None:
    """The key of a pooled cell is the sum of its members' keys: one member's pool is that member's cell."""
    rng = random.Random(5)
    detail = random_detail(rng, 30)
    member = MemberRelease("M0", member_release(detail, raw=True), poolable=True)
    table = regional_table("survey", "ind", "2026-Q3", [member], pooling=POOLING)
    assert table is not None and table.pooled_members == ("M0",)
    for cell in table.cells:
        assert cell.value == cell.members["M0"], cell.key


def test_pooled_cells_are_perturbed_once_from_the_summed_tallies() -> None:
    rng = random.Random(7)
    details = [random_detail(rng, 6) for _ in range(3)]
    members = [MemberRelease(f"M{i}", member_release(d, raw=True), poolable=True) for i, d in enumerate(details)]
    table = regional_table("survey", "ind", "2026-Q3", members, pooling=POOLING)
    assert table is not None
    pooled_margins = margins({k: (sum(d[k][0] for d in details), sum(d[k][1] for d in details) % KEY_SPACE)
                              for k in details[0]})
    shown_somewhere = 0
    for cell in table.cells:
        n, key = pooled_margins[cell.key]
        expected = perturbed(n, key)
        assert cell.value == (expected if expected >= THRESHOLD else None)
        assert abs((cell.value or 0) - n) <= 2 or cell.value is None
        shown_somewhere += cell.value is not None and all(v is None for v in cell.members.values())
    assert shown_somewhere, "pooling should show cells that no member could show alone"


def test_members_with_another_table_or_without_consent_are_summed_not_pooled() -> None:
    rng = random.Random(9)
    pooled = MemberRelease("A", member_release(random_detail(rng, 20), raw=True), poolable=True)
    other_table = MemberRelease("B", member_release(random_detail(rng, 20), raw=True, table_id="b" * 64), poolable=True)
    not_agreed = MemberRelease("C", member_release(random_detail(rng, 20), raw=True), poolable=False)
    table = regional_table("survey", "ind", "2026-Q3", [pooled, other_table, not_agreed], pooling=POOLING)
    assert table is not None and table.pooled_members == ("A",)
    for cell in table.cells:
        parts = [cell.members["A"], cell.members["B"], cell.members["C"]]
        shown = [v for v in parts if v is not None]
        assert cell.value == (sum(shown) if shown else None)


def test_a_member_with_other_breakdowns_is_set_apart() -> None:
    rng = random.Random(11)
    same = MemberRelease("A", member_release(random_detail(rng, 20)))
    other = MemberRelease("B", member_release(random_detail(rng, 20), dims=("answer", "region")))
    table = regional_table("survey", "ind", "2026-Q3", [same, other])
    assert table is not None and table.members == ("A",) and table.incompatible == ("B",)


def test_pooled_tallies_of_every_margin() -> None:
    raw = [(("yes", "f"), 2, KEY_SPACE - 1), (("yes", "m"), 3, 5), (("no", "f"), 1, 7)]
    got = pooled_tallies([("yes", None), (None, "f"), (None, None), ("no", "m")], raw)
    assert got == {("yes", None): (5, 4), (None, "f"): (3, 6), (None, None): (6, 11), ("no", "m"): (0, 0)}


@pytest.mark.parametrize("seed", range(3))
def test_tables_are_grouped_by_form_period_and_indicator(seed: int) -> None:
    rng = random.Random(seed)
    q3 = [MemberRelease(f"M{i}", member_release(random_detail(rng, 20))) for i in range(2)]
    q4 = [MemberRelease(m.member_id, m.release.model_copy(update={"period": "2026-Q4"})) for m in q3]
    tables = regional_tables([*q4, *q3])
    assert [(t.form_id, t.period, t.indicator) for t in tables] == [("survey", "2026-Q3", "ind"),
                                                                   ("survey", "2026-Q4", "ind")]
