"""Regional tables: what a hub publishes from its members' releases, with a member dimension.

For one indicator of one form and one period, every member's released table
is a column, and the regional figure of a cell is built only from what the
members released:

* **From released values (the default).** The regional figure is the sum of
  the members' published values. It is a function of figures already public,
  so it adds nothing a reader of the members' releases could not compute:
  it needs no further protection. It is not an exact count either — each
  member's value is off by at most D, so the sum is off by at most D times
  the number of members (the noise of independent cells adds up as its
  square root, about 1.4 × √members). A member that shows a cell only as
  "below the threshold" has no value to add: the regional figure is then
  the sum of the others marked "at least" (never an estimate of the missing
  part), and when no member shows the cell there is no regional figure.
* **From raw tallies (only where the hub asked for them and the member agreed,
  never for a ``sensitivity: high`` form).** The true counts and key sums of
  the members who sent them are pooled, and the pooled cell is perturbed once
  with the cell-key method — the same table the members use, so a pool of one
  member gives exactly that member's published value, and the key of a pooled
  cell is the sum of its members' keys. This *is* new: a pooled count exists
  nowhere else. It is protected like any cell of a release (deviation at most
  D, below the hub's threshold shown only as "below the threshold"), so with
  the members' own releases beside it, differencing yields noise. Members
  whose perturbation table differs from the pool's are not pooled (two tables
  would give the same people two values, which could be averaged); their
  released values are added as above.

Pooling also helps protection: a cell withheld in every country may carry a
regional number once its people are counted together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from napsurvey.bundle.upward import KEY_SPACE, Release, ReleasedTable

#: A cell key aligned with a table's dimensions; ``None`` is the total over that dimension.
CellKey = tuple[str | None, ...]
#: (count, key sum) of a set of records.
Tally = tuple[int, int]


@dataclass(frozen=True)
class MemberRelease:
    """One member's newest edition of one form's release for one period."""

    member_id: str
    release: Release
    #: True when this member's raw tallies may be pooled (the hub asked for them and the member sent them).
    poolable: bool = False


@dataclass(frozen=True)
class Pooling:
    """How the hub perturbs a pooled tally: the members' common table, and the hub's threshold."""

    table_id: str
    max_deviation: int
    threshold: int
    published: Callable[[int, int], int]  # (count, key) -> published value


@dataclass(frozen=True)
class RegionalCell:
    """One cell of a regional table.

    ``value`` is what the hub shows (``None``: nothing to show); ``at_least``
    says that some member's contribution is below its threshold and is not in
    ``value``. ``members`` holds each member's released value (``None``: below
    its threshold; a member absent from it did not release the indicator).
    """

    key: CellKey
    value: int | None
    at_least: bool
    shown: int
    withheld: int
    pooled: int
    members: dict[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class RegionalTable:
    """One indicator of one form for one period, across the members that released it."""

    form_id: str
    indicator: str
    period: str
    dimensions: tuple[str, ...]
    members: tuple[str, ...]
    cells: list[RegionalCell]
    #: Members whose release of this indicator has other breakdowns: shown apart, not summed.
    incompatible: tuple[str, ...] = ()
    pooled_members: tuple[str, ...] = ()

    def cell(self, key: CellKey) -> RegionalCell | None:
        """The cell with this key, if the table has it."""
        for c in self.cells:
            if c.key == key:
                return c
        return None


def pooled_tallies(keys: Iterable[CellKey], raw: Iterable[tuple[Sequence[str], int, int]]) -> dict[CellKey, Tally]:
    """The tally of every key from detail tallies: counts added, keys added modulo ``2**32``.

    A detail cell adds to every margin that covers it (each of its dimensions
    kept or summed over), so the work is 2^dimensions per detail cell.
    """
    sums: dict[CellKey, list[int]] = {}
    for detail, n, k in raw:
        width = len(detail)
        for mask in range(1 << width):
            margin = tuple(None if mask >> i & 1 else detail[i] for i in range(width))
            acc = sums.setdefault(margin, [0, 0])
            acc[0] += n
            acc[1] += k
    return {key: (sums[key][0], sums[key][1] % KEY_SPACE) if key in sums else (0, 0) for key in keys}


def _table_of(release: Release, indicator: str) -> ReleasedTable | None:
    return next((t for t in release.tables if t.indicator == indicator), None)


def _shown(value: int, threshold: int) -> int | None:
    # As a release shows it: a published value below the threshold (0 included) is not shown.
    return value if value >= threshold else None


def regional_table(
    form_id: str,
    indicator: str,
    period: str,
    releases: Sequence[MemberRelease],
    *,
    pooling: Pooling | None = None,
) -> RegionalTable | None:
    """The regional table of one indicator for one period, or None when no member released it."""
    tables = [(r, t) for r in releases if (t := _table_of(r.release, indicator)) is not None]
    if not tables:
        return None
    dimensions = tuple(tables[0][1].dimensions)
    compatible = [(r, t) for r, t in tables if tuple(t.dimensions) == dimensions]
    incompatible = tuple(r.member_id for r, t in tables if tuple(t.dimensions) != dimensions)
    keys: list[CellKey] = []
    seen: set[CellKey] = set()
    values: dict[str, dict[CellKey, int | None]] = {}
    for member, table in compatible:
        column = values.setdefault(member.member_id, {})
        for key, value in table.cells():
            column[key] = value
            if key not in seen:
                seen.add(key)
                keys.append(key)
    pool = [
        (m, t) for m, t in compatible
        if pooling is not None and m.poolable and t.has_raw
        and m.release.protection.table_id == pooling.table_id and m.release.sensitivity != "high"
    ]
    pooled_ids = {m.member_id for m, _ in pool}
    pooled: dict[CellKey, Tally] = {}
    if pool:
        pooled = pooled_tallies(keys, (r for _, t in pool for r in t.raw()))
    cells: list[RegionalCell] = []
    for key in keys:
        shown = withheld = 0
        total = 0
        if pool and pooling is not None:
            count, cell_key = pooled[key]
            value = _shown(pooling.published(count, cell_key), pooling.threshold)
            if value is None:
                withheld += 1
            else:
                total += value
                shown += 1
        for member_id, column in values.items():
            if member_id in pooled_ids or key not in column:
                continue
            released = column[key]
            if released is None:
                withheld += 1
            else:
                total += released
                shown += 1
        members = {m: column[key] for m, column in values.items() if key in column}
        cells.append(RegionalCell(key=key, value=total if shown else None, at_least=bool(shown and withheld),
                                  shown=shown, withheld=withheld, pooled=len(pool), members=members))
    return RegionalTable(form_id=form_id, indicator=indicator, period=period, dimensions=dimensions,
                         members=tuple(values), cells=cells, incompatible=incompatible,
                         pooled_members=tuple(sorted(pooled_ids)))


def regional_tables(
    releases: Iterable[MemberRelease],
    *,
    pooling: Mapping[str, Pooling] | None = None,
) -> list[RegionalTable]:
    """Every regional table: per form, period and indicator, in that order.

    ``releases`` are the members' newest editions; ``pooling`` maps the forms
    whose raw tallies the hub pools to how it perturbs them.
    """
    grouped: dict[tuple[str, str], list[MemberRelease]] = {}
    for r in releases:
        grouped.setdefault((r.release.form_id, r.release.period), []).append(r)
    out: list[RegionalTable] = []
    for (form_id, period), group in sorted(grouped.items()):
        indicators: list[str] = []
        for r in group:
            indicators.extend(t.indicator for t in r.release.tables if t.indicator not in indicators)
        for indicator in indicators:
            table = regional_table(form_id, indicator, period, group,
                                   pooling=(pooling or {}).get(form_id))
            if table is not None:
                out.append(table)
    return out
