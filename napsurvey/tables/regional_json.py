"""JSON of the regional tables: codes, for scripts, with the member dimension.

Shape::

    {"protection": {...}, "members": [{"member": "SL", "fingerprint": "..."}],
     "tables": [{"form_id", "indicator", "period", "dimensions", "members": ["SL", "LR"],
                 "pooled_members": [], "cells": [{"key": {dimension: value}, "regional": int|null,
                 "at_least": bool, "members": {"SL": int|null}}]}]}

A cell whose key lacks a dimension is the total over it. ``regional`` is
``null`` when no member shows the cell; ``at_least`` says that one or more
members show it only as below their threshold, so the regional figure is
the sum of the others. A member's value is ``null`` where that member shows
the cell below its threshold.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from napsurvey.tables.regional import RegionalTable

NOTE_SUMS = (
    "Each member's figures are its own published (perturbed) values. A regional figure is the sum of the "
    "members' published values, so it may differ from the true total by up to the maximum deviation times "
    "the number of members added; where members show a cell below their threshold the regional figure is "
    "the sum of the others and marked 'at least'."
)
NOTE_POOLED = (
    "Where raw counts were pooled, the pooled figure is perturbed once with the cell-key method "
    "(deviation at most {d}) and shown only from {t} on."
)


def to_json_data(
    tables: Sequence[RegionalTable],
    *,
    names: Mapping[str, str],
    max_deviation: int,
    pooled_threshold: int | None = None,
) -> dict[str, Any]:
    """The JSON document as Python data; ``names`` maps member ids to the names the tables show."""
    note = NOTE_SUMS
    if pooled_threshold is not None and any(t.pooled_members for t in tables):
        note += " " + NOTE_POOLED.format(d=max_deviation, t=pooled_threshold)
    return {
        "protection": {"method": "cell-key", "max_deviation": max_deviation, "regional": "sum of published values",
                       "pooled_threshold": pooled_threshold, "note": note},
        "members": [{"member": names.get(m, m), "fingerprint": m} for m in names],
        "tables": [
            {
                "form_id": t.form_id,
                "indicator": t.indicator,
                "period": t.period,
                "dimensions": list(t.dimensions),
                "members": [names.get(m, m) for m in t.members],
                "pooled_members": sorted(names.get(m, m) for m in t.pooled_members),
                "cells": [
                    {
                        "key": {d: v for d, v in zip(t.dimensions, c.key, strict=True) if v is not None},
                        "regional": c.value,
                        "at_least": c.at_least,
                        "members": {names.get(m, m): v for m, v in c.members.items()},
                    }
                    for c in t.cells
                ],
            }
            for t in tables
        ],
    }


def to_json(tables: Sequence[RegionalTable], **kwargs: Any) -> bytes:
    """The JSON file's bytes (UTF-8, indented); see :func:`to_json_data`."""
    return (json.dumps(to_json_data(tables, **kwargs), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
