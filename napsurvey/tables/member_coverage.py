"""Coverage and gaps per member and period at a hub.

Coverage is what each member released: per form and period, the newest
edition, its day and its published interview count. A *gap* is a period a
member did not release although it is due: from the member's first release
of a form up to the newest period any member released of it (a country that
joined later is not asked for the periods before it joined). Bundle gaps
(a member's sequence numbers with a hole) are the import's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def _index(period: str) -> tuple[str, int]:
    if m := _MONTH.match(period):
        return "month", int(m[1]) * 12 + int(m[2]) - 1
    if m := _QUARTER.match(period):
        return "quarter", int(m[1]) * 4 + int(m[2]) - 1
    if m := _YEAR.match(period):
        return "year", int(m[1])
    raise ValueError(f"not a period: {period!r}")


def _name(kind: str, index: int) -> str:
    if kind == "month":
        return f"{index // 12}-{index % 12 + 1:02d}"
    if kind == "quarter":
        return f"{index // 4}-Q{index % 4 + 1}"
    return str(index)


def period_span(first: str, last: str) -> list[str]:
    """Every period from ``first`` to ``last`` inclusive, of their kind (both must be of one kind)."""
    kind, start = _index(first)
    other, end = _index(last)
    if kind != other:
        raise ValueError("periods of different kinds")
    return [_name(kind, i) for i in range(start, end + 1)]


@dataclass(frozen=True)
class PeriodGap:
    """A period a member has not released a form for."""

    member_id: str
    form_id: str
    period: str


def period_gaps(released: Mapping[tuple[str, str], Iterable[str]]) -> list[PeriodGap]:
    """Gaps from ``(member_id, form_id) -> periods released``, by member, form and period.

    Periods of another kind than the form's newest are left out of the
    calendar (a form's period kind does not change between its releases).
    """
    by_form: dict[str, set[str]] = {}
    for (_member, form_id), periods in released.items():
        by_form.setdefault(form_id, set()).update(periods)
    newest = {form_id: max(periods, key=_index) for form_id, periods in by_form.items() if periods}
    gaps: list[PeriodGap] = []
    for (member_id, form_id), periods in sorted(released.items()):
        last = newest.get(form_id)
        if last is None:
            continue
        kind = _index(last)[0]
        mine = sorted((p for p in set(periods) if _index(p)[0] == kind), key=_index)
        if not mine:
            continue
        gaps.extend(PeriodGap(member_id, form_id, p) for p in period_span(mine[0], last) if p not in mine)
    return gaps
