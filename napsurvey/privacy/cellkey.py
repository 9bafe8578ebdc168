"""The cell-key method: record keys, cell keys, and protected tables built from counts and key sums.

Every completed record gets a random *record key*, an integer modulo
``2**32`` (``napsurvey.vault.repo.records.new_record_key``), on the monitor's device. A set of records
is summed up by a :class:`Tally`: how many records, and the sum of their keys
modulo ``2**32`` — still an aggregate; bundles carry one tally per cell. The
tally of any union of disjoint cells is the sum of their tallies, so the key
of a margin, a period range or a grouped category is computed exactly from
the cells, never from published values. The same set of records therefore
always has the same key and gets the same published value, in every table
and every output; two outputs can only be differenced into noise.

The published value of a tally is its count plus the perturbation table's
deviation for (count, key) (:mod:`napsurvey.privacy.ptable`). A published
value below the threshold is shown only as "below the threshold"
(:func:`shown`), and so is a published 0 (see :func:`shown` for why).

Why no secret of the coordinator is mixed into the keys: the protection
rests on the cell key of every aggregate being unknown to the reader, and
it is, as long as the aggregate holds one record whose key the reader does
not know (a sum of independent uniform keys modulo 2**32 is uniform). Record
keys never leave the monitor except summed inside encrypted bundles, and are
never published. A monitor (or whoever takes its laptop) knows the keys of
its own records, so it knows the key, and the noise, of a cell made only of
its own records — a cell whose true count it already knows. For any cell
that also holds another device's record the key is uniform to it. A key
shared by every cell (a coordinator's salt) would add nothing against that
reader: it would be learnt from the monitor's own cells. A salt per output
or per edition would give one count two independent noises, and the two
could then be averaged or intersected: that is exactly what the method
exists to prevent.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from napsurvey.privacy.ptable import KEY_SPACE, PerturbationTable

#: A detail-cell key: one value per dimension, in the table's dimension order.
DetailKey = tuple[str, ...]
#: A published cell key: dimension -> value; a dimension left out is the total over it.
MarginKey = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Tally:
    """A set of records summed up: how many, and the sum of their keys modulo ``2**32``."""

    count: int
    key: int

    def __post_init__(self) -> None:
        if isinstance(self.count, bool) or self.count < 0:
            raise ValueError("a count cannot be negative")
        if not 0 <= self.key < KEY_SPACE:
            raise ValueError("a key sum must be reduced modulo 2**32")

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.count + other.count, (self.key + other.key) % KEY_SPACE)

    @classmethod
    def of(cls, record_keys: Iterable[int]) -> Tally:
        """The tally of records with these keys."""
        count = 0
        total = 0
        for key in record_keys:
            if not 0 <= key < KEY_SPACE:
                raise ValueError("a record key must be in 0 .. 2**32 - 1")
            count += 1
            total += key
        return cls(count, total % KEY_SPACE)


ZERO = Tally(0, 0)


def total(tallies: Iterable[Tally]) -> Tally:
    """The tally of the union of disjoint sets of records."""
    count = 0
    key = 0
    for t in tallies:
        count += t.count
        key += t.key
    return Tally(count, key % KEY_SPACE)


def published_value(table: PerturbationTable, tally: Tally) -> int:
    """The perturbed count of a set of records (0 for an empty set)."""
    return table.published(tally.count, tally.key)


def shown(value: int, threshold: int) -> int | None:
    """What an output prints for a published value: the value, or None ("below the threshold").

    A published 0 is shown as "below the threshold" too. A true zero is
    always published as 0, and a positive count is never published as a
    value in ``1..js``; printing the zeros would tell the reader which
    "below the threshold" cells hold at least one person, and that one-sided
    bound is what lets combinations of outputs pin small counts.
    """
    return value if value >= threshold else None


def margin_tallies(
    dimensions: Sequence[str], domains: Sequence[Sequence[str]], detail: Mapping[DetailKey, Tally]
) -> dict[MarginKey, Tally]:
    """Tallies of every detail cell and every margin (a total over any subset of the dimensions).

    ``domains[i]`` lists every value of ``dimensions[i]``; a detail cell
    missing from ``detail`` is an empty cell. Keys are ``((dimension, value),
    ...)`` in dimension order, without the summed dimensions; ``()`` is the
    grand total. A detail key with a value outside its domain is refused.
    """
    if len(dimensions) != len(domains):
        raise ValueError("one domain per dimension")
    positions = [{v: i for i, v in enumerate(domain)} for domain in domains]
    for key in detail:
        if len(key) != len(dimensions) or any(v not in positions[a] for a, v in enumerate(key)):
            raise ValueError(f"cell {key!r} does not fit the table's dimensions and domains")
    # Each margin is summed from a finer one (one dimension more) rather than from every
    # detail cell again: 2**k passes over the details became one (a 10,000-cell table of four
    # dimensions spent half its publishing time here). Same tallies, same order of keys.
    k = len(dimensions)
    sums: dict[tuple[int, ...], dict[tuple[str, ...], list[int]]] = {}
    everything = tuple(range(k))
    finest: dict[tuple[str, ...], list[int]] = {}
    for cell, tally in detail.items():
        finest[cell] = [tally.count, tally.key]
    sums[everything] = finest
    out: dict[MarginKey, Tally] = {}
    for kept_size in range(k, -1, -1):
        for kept in itertools.combinations(range(k), kept_size):
            if kept != everything:
                summed = next(a for a in range(k) if a not in kept)
                parent = tuple(sorted((*kept, summed)))
                at = parent.index(summed)
                acc: dict[tuple[str, ...], list[int]] = {}
                for values, (count, key_sum) in sums[parent].items():
                    coarse = values[:at] + values[at + 1 :]
                    slot = acc.get(coarse)
                    if slot is None:
                        acc[coarse] = [count, key_sum]
                    else:
                        slot[0] += count
                        slot[1] += key_sum
                sums[kept] = acc
            table = sums[kept]
            for combo in itertools.product(*(domains[a] for a in kept)):
                count, key_sum = table.get(combo, (0, 0))
                out[tuple((dimensions[a], v) for a, v in zip(kept, combo, strict=True))] = Tally(count, key_sum % KEY_SPACE)
    return out


def regroup(
    detail: Mapping[DetailKey, Tally], axis: int, group_of: Mapping[str, str]
) -> dict[DetailKey, Tally]:
    """Merge the values of one dimension into groups (``group_of``: value -> group; others kept)."""
    merged: dict[DetailKey, list[Tally]] = {}
    for key, tally in detail.items():
        value = key[axis]
        new = (*key[:axis], group_of.get(value, value), *key[axis + 1 :])
        merged.setdefault(new, []).append(tally)
    return {key: total(parts) for key, parts in merged.items()}


@dataclass(frozen=True)
class ProtectedCell:
    """One cell as an output may show it: its key and the shown value (None: below the threshold)."""

    key: MarginKey
    value: int | None


def protect_tallies(
    dimensions: Sequence[str],
    domains: Sequence[Sequence[str]],
    detail: Mapping[DetailKey, Tally],
    table: PerturbationTable,
    threshold: int,
) -> list[ProtectedCell]:
    """Every detail cell and margin of a table, perturbed from its tally and shown or withheld."""
    return [
        ProtectedCell(key, shown(published_value(table, tally), threshold))
        for key, tally in margin_tallies(dimensions, domains, detail).items()
    ]
