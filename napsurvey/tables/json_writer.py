"""JSON: the published tables with codes, for scripts.

Shape: ``{"threshold": N, "tables": [{"indicator", "form_id", "dimensions",
"threshold", "cells": [{"key": {dimension: value}, "count": int|null,
"suppressed": bool}]}]}``. A cell whose key lacks a dimension is the
published total over it. Why a cell was suppressed (under the threshold, or
to protect another) is deliberately *not* written: knowing that a cell was
under the threshold would narrow it to ``1..threshold-1``.
"""

from __future__ import annotations

import json
from typing import Any

from napsurvey.privacy.published import PublishedSet


def to_json_data(published: PublishedSet) -> dict[str, Any]:
    """The JSON document as Python data."""
    return {
        "threshold": published.threshold,
        "tables": [
            {
                "indicator": t.indicator,
                "form_id": t.form_id,
                "dimensions": list(t.dimensions),
                "threshold": t.threshold,
                "cells": [{"key": dict(c.key), "count": c.count, "suppressed": c.suppressed} for c in t.cells],
            }
            for t in published.tables
        ],
    }


def to_json(published: PublishedSet) -> bytes:
    """The JSON file's bytes (UTF-8, indented)."""
    return (json.dumps(to_json_data(published), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
