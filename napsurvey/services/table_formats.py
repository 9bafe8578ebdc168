"""The table formats the outputs service writes.

A light module: the command line lists the formats in its parser without
loading the table writers, the disclosure control or the report.
"""

from __future__ import annotations

from napsurvey.tables.formats import FORMATS, TableFormat

__all__ = ["FORMATS", "TableFormat"]
