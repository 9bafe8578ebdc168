"""Protected tables for tests, made from true counts the way releases make them (cell-key method).

Each record gets a key from a seeded generator, so a test's table is the same
on every run.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from napsurvey.privacy.cellkey import Tally
from napsurvey.privacy.ptable import DEFAULT_PARAMETERS, KEY_SPACE, build_table
from napsurvey.privacy.published import PublishedTable
from napsurvey.tables.release_tables import protected_table

TABLE = build_table(DEFAULT_PARAMETERS)


def tallies(counts: Mapping[tuple[str, ...], int], seed: int = 1) -> dict[tuple[str, ...], Tally]:
    """Counts as tallies of records with seeded random keys."""
    rng = random.Random(seed)
    return {key: Tally.of(rng.randrange(KEY_SPACE) for _ in range(n)) for key, n in counts.items()}


def perturbed(indicator: str, form_id: str, dimensions: Sequence[str], counts: Mapping[tuple[str, ...], int],
              threshold: int, domains: Mapping[str, Sequence[str]] | None = None, seed: int = 1) -> PublishedTable:
    """The protected table of ``counts`` (domains default to the values seen)."""
    doms = []
    for axis, dim in enumerate(dimensions):
        given = list((domains or {}).get(dim, []))
        seen = sorted({key[axis] for key in counts} - set(given))
        doms.append(given + seen)
    return protected_table(indicator, form_id, dimensions, doms, tallies(counts, seed), TABLE, threshold)
