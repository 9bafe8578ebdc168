"""Protecting linked tables together.

Two indicator tables of one form that count the same question at the same
period kind publish some of the same counts: ``answer x district x period``
and ``answer x sex x period`` both hold the ``answer x period`` totals, the
per-period totals and the grand total. A cell hidden in one table and shown in
the other is not hidden at all. :func:`protect_linked` makes the tables agree:

1. Each table is protected on its own (:func:`~napsurvey.privacy.suppression.protect`).
2. Every *shared* cell (a key found in more than one table: it names only
   dimensions the tables have in common) that is suppressed in any table is
   forced into every table that holds it, and those tables are protected
   again, until nothing changes. Forced cells only grow, so this ends; after
   a bounded number of rounds every shared cell is suppressed everywhere.
3. When the tables fit one joint cross-classification of a size we can
   attack, the joint attacker (:mod:`napsurvey.privacy.joint_attacker`)
   checks every suppressed cell of every table against everything published
   in all of them. A cell left too narrow makes the lines through it
   suppressed (and linked again); then every shared cell; then everything.

The caller decides what is linked: only tables that count the very same
records. Different questions are different populations (relevance, declines,
multiple answers) and are never linked here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from napsurvey.privacy.attacker import InconsistentPublication, table_grid
from napsurvey.privacy.joint_attacker import JointLayout, jointly_narrow
from napsurvey.privacy.published import CellKey, PublishedTable, freeze_key
from napsurvey.privacy.suppression import protect

#: rounds of "force what another table hides" before every shared cell is forced
_LINK_ROUNDS = 6
#: the joint attacker runs only when the joint table has at most this many cells
JOINT_CELL_LIMIT = 2_000


@dataclass(frozen=True)
class TableRequest:
    """One table to protect: the arguments of :func:`~napsurvey.privacy.suppression.protect`."""

    indicator: str
    form_id: str
    dimensions: list[str]
    counts: Mapping[tuple[str, ...], int]
    threshold: int
    domains: Mapping[str, Sequence[str]] | None = None

    def protect(self, forced: set[CellKey]) -> PublishedTable:
        """This table protected with ``forced`` cells suppressed."""
        return protect(
            self.indicator, self.form_id, self.dimensions, self.counts, self.threshold,
            domains=self.domains, forced=forced,
        )


def protect_linked(
    requests: Sequence[TableRequest], *, joint_check: bool = True, link: bool = True
) -> list[PublishedTable]:
    """Protect tables that count the same records so their shared cells agree.

    Every returned table is protected on its own (as ``protect`` promises);
    a shared cell is either published in every table that holds it (with the
    same count) or suppressed in all of them. With ``joint_check`` the tables
    are also attacked together when their joint table has at most
    :data:`JOINT_CELL_LIMIT` cells. ``link=False`` protects each table alone
    (only to show what linking prevents).
    """
    forced: list[set[CellKey]] = [set() for _ in requests]
    tables = [r.protect(set()) for r in requests]
    if not link or len(requests) < 2:
        return tables
    keys = [{freeze_key(c.key) for c in t.cells} for t in tables]
    held = Counter(k for ks in keys for k in ks)
    shared = {k for k, n in held.items() if n > 1}
    if not shared:
        return tables
    tables = _settle(requests, tables, forced, keys, shared)
    if not joint_check:
        return tables
    layout = JointLayout(tables)
    if layout.detail_cells > JOINT_CELL_LIMIT:
        return tables
    for remedy in (_lines_through, _all_shared, _everything):
        try:
            narrow = jointly_narrow(tables)
        except InconsistentPublication:
            return tables  # not margins of one table: they do not count the same records
        if not narrow:
            return tables
        for i, extra in remedy(tables, narrow, keys, shared).items():
            forced[i] |= extra
        tables = _settle(requests, [r.protect(f) for r, f in zip(requests, forced, strict=True)],
                         forced, keys, shared)
    return tables


def _settle(
    requests: Sequence[TableRequest],
    tables: list[PublishedTable],
    forced: list[set[CellKey]],
    keys: list[set[CellKey]],
    shared: set[CellKey],
) -> list[PublishedTable]:
    """Force every shared cell hidden anywhere into every table holding it, until stable."""
    for _ in range(_LINK_ROUNDS):
        hidden = {k for t in tables for c in t.cells if c.suppressed and (k := freeze_key(c.key)) in shared}
        stale = False
        for i, request in enumerate(requests):
            shown = {freeze_key(c.key) for c in tables[i].cells if not c.suppressed}
            missing = hidden & keys[i] & shown
            if missing:
                stale = True
                forced[i] |= hidden & keys[i]
                tables[i] = request.protect(forced[i])
        if not stale:
            return tables
    # last resort: every shared cell hidden everywhere (then they agree by construction)
    for i, request in enumerate(requests):
        forced[i] |= shared & keys[i]
        tables[i] = request.protect(forced[i])
    return tables


def _lines_through(
    tables: Sequence[PublishedTable], narrow: list[tuple[int, CellKey]], keys: list[set[CellKey]],
    shared: set[CellKey],
) -> dict[int, set[CellKey]]:
    """For each narrow cell, every cell of its table on a line through it (one dimension varies)."""
    extra: dict[int, set[CellKey]] = {}
    for i, key in narrow:
        table = tables[i]
        _, domains = table_grid(table)
        named = dict(key)
        for dim, domain in zip(table.dimensions, domains, strict=True):
            for value in [*domain, None]:
                cell = {d: v for d, v in named.items() if d != dim}
                if value is not None:
                    cell[dim] = value
                extra.setdefault(i, set()).add(freeze_key(cell))
    return extra


def _all_shared(
    tables: Sequence[PublishedTable], narrow: list[tuple[int, CellKey]], keys: list[set[CellKey]],
    shared: set[CellKey],
) -> dict[int, set[CellKey]]:
    """Every shared cell, in every table."""
    return {i: shared & keys[i] for i in range(len(tables))}


def _everything(
    tables: Sequence[PublishedTable], narrow: list[tuple[int, CellKey]], keys: list[set[CellKey]],
    shared: set[CellKey],
) -> dict[int, set[CellKey]]:
    """Every cell of every table: nothing published, nothing derivable."""
    return {i: set(keys[i]) for i in range(len(tables))}
