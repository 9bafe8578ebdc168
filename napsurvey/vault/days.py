"""Coarse dates: the vault never stores a time of day."""

from __future__ import annotations

from datetime import date


def today_iso(day: date | None = None) -> str:
    """``YYYY-MM-DD`` (local calendar day)."""
    return (day or date.today()).isoformat()


def month_iso(day: date | None = None) -> str:
    """``YYYY-MM`` (local calendar month)."""
    return (day or date.today()).strftime("%Y-%m")
