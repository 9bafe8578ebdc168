"""The attacker over the members' releases and the hub's regional tables: what it can and cannot learn."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from napsurvey.tables.regional import MemberRelease, Pooling, regional_tables
from napsurvey.tables.regional_json import to_json_data
from tests.hub.regional_attacker import build
from tests.tables.test_regional import POOLING, margins, member_release, perturbed, random_detail

THRESHOLD = 10


def _world(seed: int, scale: int) -> tuple[list[MemberRelease], dict[str, dict[tuple[str, ...], tuple[int, int]]]]:
    rng = random.Random(seed)
    details = {f"M{i}": random_detail(rng, scale) for i in range(2)}
    members = [MemberRelease(m, member_release(d, raw=True), poolable=True) for m, d in details.items()]
    return members, details


def _hub_json(members: list[MemberRelease], pooling: Pooling | None) -> dict[str, object]:
    names = {m.member_id: m.member_id for m in members}
    tables = regional_tables(members, pooling={"survey": pooling} if pooling else None)
    return json.loads(json.dumps(to_json_data(tables, names=names, max_deviation=pooling.max_deviation if pooling else 2,
                                              pooled_threshold=pooling.threshold if pooling else None)))


def _pinned_small(members: list[MemberRelease], details: dict[str, dict[tuple[str, ...], tuple[int, int]]],
                  hub: dict[str, object] | None) -> list[tuple[object, ...]]:
    releases = [(m.member_id, json.loads(m.release.model_dump_json())) for m in members]
    attack, targets = build(releases, hub, names={m.member_id: m.member_id for m in members})
    pinned = []
    for (member, _form, _ind, _period, key), cols in targets.items():
        true = margins(details[member])[key][0]
        low, high = attack.interval(cols)
        assert low <= true <= high, (member, key, low, true, high)  # the attacker is never wrong
        if 0 < true < THRESHOLD and low == high:
            pinned.append((member, key, true))
    return pinned


def test_summed_regional_tables_teach_the_attacker_nothing() -> None:
    """Released values only: every interval is the same with and without the hub's file."""
    members, details = _world(1, 8)
    members = [MemberRelease(m.member_id, m.release, poolable=False) for m in members]
    releases = [(m.member_id, json.loads(m.release.model_dump_json())) for m in members]
    names = {m.member_id: m.member_id for m in members}
    alone, targets = build(releases, None, names=names)
    with_hub, _ = build(releases, _hub_json(members, None), names=names)
    assert len(with_hub.rows) > len(alone.rows)  # the hub's figures are in the attack
    for cols in list(targets.values())[:40]:
        assert alone.interval(cols) == with_hub.interval(cols)


def test_pooled_cells_perturbed_once_pin_no_small_count() -> None:
    members, details = _world(2, 6)
    assert _pinned_small(members, details, _hub_json(members, POOLING)) == []


def _naive(count: int, key: int) -> int:
    return count  # a hub that publishes pooled counts as they are


def test_the_attacker_pins_small_counts_a_naive_hub_publishes() -> None:
    """A pool of one member published without perturbation gives that member's small cells away."""
    members, details = _world(3, 6)
    one = [MemberRelease("M0", members[0].release, poolable=True), MemberRelease("M1", members[1].release)]
    naive: Callable[[int, int], int] = _naive
    pooling = Pooling(table_id=POOLING.table_id, max_deviation=0, threshold=1, published=naive)
    pinned = _pinned_small(one, details, _hub_json(one, pooling))
    assert pinned and all(member == "M0" for member, _, _ in pinned)
    assert perturbed(0, 0) == 0
