"""JSON: the published tables with codes, for scripts.

Shape::

    {"protection": {"method": "cell-key", "max_deviation": 5, "threshold": 10, "note": "..."},
     "releases": [{"form_id": ..., "period": "2026-Q3", "edition": 2}],
     "tables": [{"indicator", "form_id", "dimensions", "threshold",
                 "cells": [{"key": {dimension: value}, "count": int | null}]}],
     "coverage": [{"form_id", "dimensions": ["period"], "threshold", "cells": [...]}]}

A cell whose key lacks a dimension is the published total over it. Every
count is perturbed (by at most ``max_deviation``), totals too, so tables may
not add up; ``count`` is ``null`` exactly when the published value is below
the table's threshold.
"""

from __future__ import annotations

import json
from typing import Any

from napsurvey.privacy.published import PublishedSet, PublishedTable

NOTE = ("Every count is changed by at most {d} to protect respondents, totals too, so a table may not add up "
        "exactly; the same people always get the same value. A null count is below the threshold: it may be 0, "
        "it is not zero, and it must not be added up.")


def _table(t: PublishedTable) -> dict[str, Any]:
    return {
        "indicator": t.indicator,
        "form_id": t.form_id,
        "dimensions": list(t.dimensions),
        "threshold": t.threshold,
        "cells": [{"key": dict(c.key), "count": c.count} for c in t.cells],
    }


def to_json_data(published: PublishedSet) -> dict[str, Any]:
    """The JSON document as Python data."""
    protection = published.protection
    block: dict[str, Any] = {"method": "cell-key", "threshold": published.threshold}
    if protection is not None:
        block = {"method": protection.method, "max_deviation": protection.max_deviation,
                 "threshold": protection.threshold, "note": NOTE.format(d=protection.max_deviation)}
    return {
        "protection": block,
        "releases": [r.model_dump() for r in published.releases],
        "tables": [_table(t) for t in published.tables],
        "coverage": [{k: v for k, v in _table(t).items() if k != "indicator"} for t in published.coverage],
    }


def to_json(published: PublishedSet) -> bytes:
    """The JSON file's bytes (UTF-8, indented)."""
    return (json.dumps(to_json_data(published), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
