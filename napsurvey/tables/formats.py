"""The table formats a coordinator can export (a light module: the CLI parser imports it)."""

from __future__ import annotations

from typing import Literal

TableFormat = Literal["csv", "xlsx", "json", "dhis2"]
FORMATS: tuple[TableFormat, ...] = ("csv", "xlsx", "json", "dhis2")
