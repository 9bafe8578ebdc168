"""An attacker over everything above the coordinators: the members' releases and what the hub publishes.

It imports nothing from napsurvey. It reads the members' releases (the JSON
of each release edition, as the hub received it) and the hub's regional
tables (the JSON file ``tables --format json`` writes at the hub), knows the
published maximum deviation ``D`` and the thresholds, and asks, for every
cell of every member's table: how small and how large can its true count be,
given all of it?

Unknowns are the true counts of each member's detail cells (every dimension
kept), per form, indicator and period, integers >= 0. Each published value
``v`` of a member's cell says ``max(0, v - D) <= cell <= v + D`` (and
``cell >= 1`` when ``v > 0``: a true zero is always published as 0); a cell
shown below the threshold ``T`` says ``0 <= cell <= T - 1 + D``. Each
regional figure of the hub says the same of the sum it stands for: over the
pooled members' cells where the hub pooled raw counts (with the hub's ``D``
and threshold), or over the members' published values where it summed them
(which the members' own bounds already imply). The bounds come from linear
programs (HiGHS) and, where the LP leaves less than two units, from integer
programs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

Key = tuple[str | None, ...]


@dataclass
class Attack:
    """The unknowns and the constraints; :meth:`interval` answers for one sum of unknowns."""

    columns: dict[tuple[str, str, str, str, tuple[str, ...]], int] = field(default_factory=dict)
    rows: list[tuple[list[int], float, float]] = field(default_factory=list)
    _cache: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def column(self, member: str, form: str, indicator: str, period: str, detail: tuple[str, ...]) -> int:
        return self.columns.setdefault((member, form, indicator, period, detail), len(self.columns))

    def add(self, cols: Sequence[int], low: float, high: float) -> None:
        self.rows.append((list(cols), low, high))

    def _matrices(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._cache is not None and self._cache[0].shape == (len(self.rows), len(self.columns)):
            return self._cache
        a = np.zeros((len(self.rows), len(self.columns)))
        lo = np.zeros(len(self.rows))
        hi = np.zeros(len(self.rows))
        for r, (cols, low, high) in enumerate(self.rows):
            a[r, cols] = 1
            lo[r], hi[r] = low, high
        self._cache = (a, lo, hi)
        return self._cache

    def interval(self, cols: Sequence[int]) -> tuple[int, int]:
        """Least and greatest integer value of the sum of ``cols`` consistent with every constraint."""
        a, lo, hi = self._matrices()
        c = np.zeros(len(self.columns))
        c[list(cols)] = 1
        out = []
        for sign in (1, -1):
            lp = linprog(sign * c, A_ub=np.vstack([a, -a]), b_ub=np.concatenate([hi, -lo]),
                         bounds=[(0, None)] * len(c), method="highs")
            assert lp.status == 0, lp.message
            out.append(sign * lp.fun)
        low, high = out
        if high - low < 2:  # the LP may be loose by less than a unit: ask for integers
            found = []
            for sign in (1, -1):
                res = milp(sign * c, constraints=LinearConstraint(a, lo, hi), integrality=np.ones(len(c)),
                           bounds=Bounds(0, np.inf))
                assert res.status == 0, res.message
                found.append(round(sign * res.fun))
            return found[0], found[1]
        return int(np.ceil(low - 1e-6)), int(np.floor(high + 1e-6))


def _covered(key: Key, details: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [d for d in details if all(k is None or k == v for k, v in zip(key, d, strict=True))]


def _details(keys: Iterable[Key], width: int) -> list[tuple[str, ...]]:
    domains: list[set[str]] = [set() for _ in range(width)]
    for key in keys:
        for i, part in enumerate(key):
            if part is not None:
                domains[i].add(part)
    return [tuple(d) for d in itertools.product(*(sorted(s) for s in domains))]


def _bound(attack: Attack, cols: Sequence[int], value: int | None, d: int, threshold: int) -> None:
    if value is None:
        attack.add(cols, 0, threshold - 1 + d)
    else:
        attack.add(cols, max(1 if value > 0 else 0, value - d), value + d)


def build(
    releases: Sequence[tuple[str, Mapping[str, Any]]],
    hub: Mapping[str, Any] | None,
    *,
    names: Mapping[str, str],
) -> tuple[Attack, dict[tuple[str, str, str, str, Key], list[int]]]:
    """The attack from ``(member id, release JSON)`` pairs and the hub's regional JSON (None: without it).

    Returns the attack and, for every published cell of every member, the
    unknowns it is the sum of (what the attacker targets).
    """
    attack = Attack()
    targets: dict[tuple[str, str, str, str, Key], list[int]] = {}
    details: dict[tuple[str, str, str, str], list[tuple[str, ...]]] = {}
    for member, release in releases:
        d = int(release["protection"]["max_deviation"])
        t = int(release["protection"]["threshold"])
        for table in release["tables"]:
            keys = [tuple(k) for k in table["keys"]]
            where = (member, release["form_id"], table["indicator"], release["period"])
            cells = details.setdefault(where, _details(keys, len(table["dimensions"])))
            for key, value in zip(keys, table["values"], strict=True):
                cols = [attack.column(*where, c) for c in _covered(key, cells)]
                _bound(attack, cols, value, d, t)
                targets[(*where, key)] = cols
    if hub is not None:
        d_hub = d_members = int(hub["protection"]["max_deviation"])
        t_hub = int(hub["protection"].get("pooled_threshold") or 0)
        by_name = {v: k for k, v in names.items()}
        for table in hub["tables"]:
            pooled = [by_name[m] for m in table["pooled_members"]]
            dims = table["dimensions"]
            for cell in table["cells"]:
                key = tuple(cell["key"].get(dim) for dim in dims)
                if not pooled:
                    # A sum of published values: what it says of the shown members' cells (their own bounds imply it).
                    shown = [by_name[m] for m, v in cell["members"].items() if v is not None]
                    if cell["regional"] is not None:
                        cols = [attack.column(m, table["form_id"], table["indicator"], table["period"], c)
                                for m in shown
                                for c in _covered(key, details.get((m, table["form_id"], table["indicator"],
                                                                     table["period"]), []))]
                        spread = d_members * len(shown)
                        attack.add(cols, max(0, cell["regional"] - spread), cell["regional"] + spread)
                    continue
                # The pooled part is the regional figure less the published values of the others
                # (a shown part is at least the hub's threshold, so 0 left means it was withheld).
                others = sum(v for m, v in cell["members"].items() if by_name[m] not in pooled and v is not None)
                regional = cell["regional"]
                part = None if regional is None or regional == others else regional - others
                cols = [attack.column(m, table["form_id"], table["indicator"], table["period"], c)
                        for m in pooled
                        for c in _covered(key, details.get((m, table["form_id"], table["indicator"],
                                                             table["period"]), []))]
                _bound(attack, cols, part, d_hub, t_hub)
    return attack, targets
