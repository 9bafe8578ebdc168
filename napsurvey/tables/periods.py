"""Period filters: ``FROM..TO`` with ``YYYY-MM`` values, and DHIS2 period codes.

Indicators are counted per month (``2026-11``), quarter (``2026-Q4``) or
year (``2026``). A filter keeps a period only when *all* its months fall
inside ``FROM..TO``: a quarter half inside the range would otherwise bring in
answers from outside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_PERIOD = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$")


@dataclass(frozen=True)
class PeriodRange:
    """An inclusive range of months, ``start`` and ``end`` as ``YYYY-MM``."""

    start: str
    end: str

    def contains(self, period: str) -> bool:
        """True when every month of ``period`` (month, quarter or year) is inside the range."""
        first, last = months_of(period)
        return self.start <= first and last <= self.end

    def __str__(self) -> str:
        return f"{self.start}..{self.end}"


def parse_period_range(text: str) -> PeriodRange:
    """``'2026-01..2026-06'`` -> :class:`PeriodRange`; ``TABLES_PERIOD`` otherwise.

    A single month (``'2026-03'``) is the range of that month alone.
    """
    start, sep, end = text.strip().partition("..")
    if not sep:
        end = start
    start, end = start.strip(), end.strip()
    if not _MONTH.match(start) or not _MONTH.match(end) or start > end:
        raise NapError(ErrorCode.TABLES_PERIOD, period=text[:40])
    return PeriodRange(start, end)


def months_of(period: str) -> tuple[str, str]:
    """First and last month of a period code (``2026-Q4`` -> ``('2026-10', '2026-12')``)."""
    match = _PERIOD.match(period)
    if match is None:
        raise ValueError(f"not a period: {period!r}")
    year, month, quarter = match.groups()
    if month:
        return f"{year}-{month}", f"{year}-{month}"
    if quarter:
        q = int(quarter)
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}"
    return f"{year}-01", f"{year}-12"


def dhis2_period(period: str) -> str:
    """DHIS2 period code: ``2026-11`` -> ``202611``, ``2026-Q4`` -> ``2026Q4``, ``2026`` -> ``2026``."""
    months_of(period)  # validates
    return period.replace("-", "")
