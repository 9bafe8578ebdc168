"""Periods: a month (``2026-07``), a quarter (``2026-Q3``) or a year (``2026``), and ranges of them.

Indicators are counted per month, quarter or year; a form is released per the
coarsest period of its indicators. What a coordinator types is read here:
``2026Q3``, ``2026-Q3``, ``2026-07``, ``2026``, ``2026H1`` (a semester), or a
range ``2026Q1..2026Q2`` of any of these. A range keeps a period only when
*all* its months are inside it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_PERIOD = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$")
_TYPED = re.compile(r"^(\d{4})(?:-?(?:(0[1-9]|1[0-2])|[Qq]([1-4])|[Hh]([12])|[Ss]([12])))?$")
_KINDS = {"month": 0, "quarter": 1, "year": 2}


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
        return self.start if self.start == self.end else f"{self.start}..{self.end}"


def _one(text: str) -> tuple[str, str]:
    """First and last month of one period as typed (``TABLES_PERIOD`` if it is not one)."""
    match = _TYPED.match(text.strip())
    if match is None:
        raise NapError(ErrorCode.TABLES_PERIOD, period=text[:40])
    year, month, quarter, half, semester = match.groups()
    if month:
        return f"{year}-{month}", f"{year}-{month}"
    if quarter:
        return months_of(f"{year}-Q{quarter}")
    if half or semester:
        h = int(half or semester)
        return f"{year}-{6 * h - 5:02d}", f"{year}-{6 * h:02d}"
    return f"{year}-01", f"{year}-12"


def parse_period_range(text: str) -> PeriodRange:
    """``'2026Q1..2026Q2'``, ``'2026-07'``, ``'2026H1'``, ``'2026'`` -> :class:`PeriodRange`; ``TABLES_PERIOD`` otherwise."""
    start, sep, end = text.strip().partition("..")
    first, _ = _one(start)
    _, last = _one(end if sep else start)
    if first > last:
        raise NapError(ErrorCode.TABLES_PERIOD, period=text[:40])
    return PeriodRange(first, last)


def period_code(text: str, kind: str) -> str | None:
    """The canonical code of one period of ``kind`` as typed (``2026Q3`` -> ``2026-Q3``), else None."""
    match = _TYPED.match(text.strip())
    if match is None:
        return None
    year, month, quarter, half, semester = match.groups()
    if kind == "month" and month:
        return f"{year}-{month}"
    if kind == "quarter" and quarter:
        return f"{year}-Q{quarter}"
    if kind == "year" and not (month or quarter or half or semester):
        return year
    return None


def example_of(kind: str) -> str:
    """How a coordinator types one period of ``kind``."""
    return {"month": "2026-07", "quarter": "2026Q3", "year": "2026"}[kind]


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


def month_list(period: str) -> list[str]:
    """Every month of a period code, in order."""
    first, last = months_of(period)
    year, month = int(first[:4]), int(first[5:])
    out = []
    while True:
        code = f"{year:04d}-{month:02d}"
        out.append(code)
        if code == last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def period_of(month: str, kind: str) -> str:
    """``2026-11`` as a month, quarter (``2026-Q4``) or year (``2026``)."""
    if kind == "month":
        return month
    if kind == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"
    return month[:4]


def sub_periods(period: str, kind: str) -> list[str]:
    """The periods of ``kind`` inside ``period`` (the months of a quarter, the quarters of a year)."""
    return list(dict.fromkeys(period_of(m, kind) for m in month_list(period)))


def last_day(period: str) -> dt.date:
    """The last day of a period."""
    _, last = months_of(period)
    year, month = int(last[:4]), int(last[5:])
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def closing_day(period: str, grace_days: int) -> dt.date:
    """The first day ``period`` counts as closed: once ``grace_days`` whole days have passed after its end.

    Until then late bundles for it are still expected, so it is not released
    (RELEASE_NOT_CLOSED) and the coordinator's status shows it as open.
    """
    return last_day(period) + dt.timedelta(days=grace_days + 1)


def coarser(kind: str, other: str) -> bool:
    """True when periods of ``kind`` are longer than periods of ``other``."""
    return _KINDS[kind] > _KINDS[other]


def dhis2_period(period: str) -> str:
    """DHIS2 period code: ``2026-11`` -> ``202611``, ``2026-Q4`` -> ``2026Q4``, ``2026`` -> ``2026``."""
    months_of(period)  # validates
    return period.replace("-", "")


def kind_of(period: str) -> str:
    """``month``, ``quarter`` or ``year`` for a period code."""
    match = _PERIOD.match(period)
    if match is None:
        raise ValueError(f"not a period: {period!r}")
    return "month" if match.group(2) else "quarter" if match.group(3) else "year"
