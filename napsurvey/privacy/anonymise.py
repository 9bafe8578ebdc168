"""Anonymisation of a completed interview, applied before anything is stored.

DESIGN section 5: at completion the record is anonymised in the same
transaction that destroys the draft. The rules, per question:

* ``privacy: identifier`` — dropped (used during the interview only).
* ``privacy: quasi`` — generalised: numbers to their band (``bands``), dates to
  the month, places to the coarser ``admin_level`` column of their choice list.
* ``text`` answers in a ``sensitivity: high`` form — dropped (the linter
  refuses such questions; this is the second line of defence).
* a declined answer is kept as :data:`DECLINED`, so tables can count it as its
  own category.

The stored record body is a flat JSON object: question name -> value, where a
value is a string, a number, a list of choice names (``select_multiple``), a
list of such objects (a repeat), or :data:`DECLINED`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

from napsurvey.forms.model import DECLINED_VALUE, Form, SurveyRow

#: Stored in place of a declined answer; counted as its own category.
DECLINED = DECLINED_VALUE


def band_label(value: float, edges: list[float], integer: bool) -> str:
    """Name the band ``value`` falls in: ``<15``, ``18-24``, ``65+`` (integers) or ``18-<25``."""
    ordered = sorted(edges)
    if not ordered:
        return str(value)
    if value < ordered[0]:
        return f"<{_num(ordered[0])}"
    for low, high in zip(ordered, ordered[1:], strict=False):
        if low <= value < high:
            if integer and float(low).is_integer() and float(high).is_integer():
                return f"{_num(low)}-{_num(high - 1)}"
            return f"{_num(low)}-<{_num(high)}"
    return f"{_num(ordered[-1])}+"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def month_of(value: Any) -> str | None:
    """``2026-11-23`` (date or ISO text) -> ``2026-11``; None if not a date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
        return f"{parsed.year:04d}-{parsed.month:02d}"
    return None


#: Bands kept per anonymiser, at most (any number may be answered).
_MAX_BANDED = 4096


class Anonymiser:
    """Anonymises completed interviews of one form (build once, apply many times)."""

    def __init__(self, form: Form) -> None:
        self.form = form
        #: (question, number) -> its band: back-entry bands an age in every questionnaire.
        self._banded: dict[tuple[str | None, float], str] = {}
        self._rows: dict[str, SurveyRow] = {r.name: r for r in form.survey if r.name}
        self._admin: dict[str, dict[str, str]] = {}
        for row in form.survey:
            if row.name and row.privacy == "quasi" and row.admin_level and row.list_name:
                mapping: dict[str, str] = {}
                for choice in form.choices.get(row.list_name, []):
                    coarse = choice.extra(row.admin_level)
                    if coarse is not None:
                        mapping[choice.name] = str(coarse)
                self._admin[row.name] = mapping
        # Names whose answers _one() keeps unchanged: no privacy rule, and not a note,
        # acknowledgement, repeat, or text of a high-sensitivity form.
        self._plain: frozenset[str] = frozenset(
            row.name
            for row in form.survey
            if row.name
            and row.privacy is None
            and row.base_type not in ("begin_repeat", "note", "acknowledge")
            and not (row.base_type == "text" and form.is_high)
        )

    def apply(self, answers: Mapping[str, Any], declined: Iterable[str] = ()) -> dict[str, Any]:
        """Return the storable body for ``answers`` (names not in the form are dropped)."""
        declined_set = set(declined)
        out: dict[str, Any] = {}
        plain = self._plain
        for name, value in answers.items():
            if name in plain and value != DECLINED and name not in declined_set:
                if value is not None and value != "":
                    out[name] = value  # an ordinary answer: kept as it is (the common case)
                continue
            row = self._rows.get(name)
            if row is None:
                continue
            if name in declined_set or value == DECLINED:
                if row.privacy != "identifier":
                    out[name] = DECLINED
                continue
            if row.base_type == "begin_repeat":
                kept: Any = self._repeat(name, value, declined_set)
            else:
                kept = self._one(row, value)
            if kept is not None:
                out[name] = kept
        for name in declined_set:
            row = self._rows.get(name)  # names inside repeats ("r[0].q") are handled per instance
            if row is not None and row.privacy != "identifier":
                out.setdefault(name, DECLINED)
        return out

    def _repeat(self, name: str, value: Any, declined: set[str]) -> list[dict[str, Any]] | None:
        # The engine names a declined answer inside a repeat "repeat[i].question".
        if not isinstance(value, list):
            return None
        out = []
        for i, item in enumerate(value):
            prefix = f"{name}[{i}]."
            inner = {d[len(prefix) :] for d in declined if d.startswith(prefix)}
            out.append(self.apply(item if isinstance(item, Mapping) else {}, inner))
        return out

    def _one(self, row: SurveyRow, value: Any) -> Any:
        if row.privacy == "identifier":
            return None
        kind = row.base_type
        if kind in ("note", "acknowledge") and row.privacy is None:
            return value if kind == "acknowledge" else None
        if kind == "text" and self.form.is_high:
            return None
        if value is None or value == "":
            return None
        if row.privacy != "quasi":
            return value
        return self._generalise(row, value)

    def _generalise(self, row: SurveyRow, value: Any) -> Any:
        kind = row.base_type
        if kind in ("integer", "decimal") or (kind == "calculate" and row.bands):
            try:
                number = float(value)
            except (TypeError, ValueError):
                return None
            if math.isnan(number):
                return None
            # Without bands a quasi number cannot be generalised safely: drop it.
            if not row.bands:
                return None
            key = (row.name, number)  # the band depends on comparisons only: -0.0 bands as 0.0
            label = self._banded.get(key)
            if label is None:
                label = band_label(number, row.bands, kind == "integer")
                if len(self._banded) < _MAX_BANDED:
                    self._banded[key] = label
            return label
        if kind == "date":
            return month_of(value)
        if kind == "select_one" and row.name in self._admin:
            return self._admin[row.name].get(str(value))
        if kind == "select_multiple" and row.name in self._admin:
            values = value if isinstance(value, list) else str(value).split()
            return sorted({self._admin[row.name][v] for v in values if v in self._admin[row.name]})
        # A quasi question of any other shape is dropped rather than stored raw.
        return None


def interview_month(day: dt.date) -> str:
    """The interview date as stored: the month only."""
    return f"{day.year:04d}-{day.month:02d}"
