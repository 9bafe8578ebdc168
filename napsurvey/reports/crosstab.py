"""Two-way views of a published table: the grid the report and the screens print.

Only published cells are read: a view is ``answer`` by one other dimension,
with every dimension not shown taken from the table's published totals over
it (never computed here by adding cells up). Percentages are of the column
total and exist only when both counts are published.
"""

from __future__ import annotations

from dataclasses import dataclass

from napsurvey.privacy.published import PublishedTable
from napsurvey.reports.model import TableText


@dataclass(frozen=True)
class CrossCell:
    """One cell of the grid."""

    count: int | None
    suppressed: bool
    percent: float | None = None


@dataclass
class Crosstab:
    """Rows are values of ``row_dim`` then its total; columns likewise for ``col_dim``."""

    row_dim: str
    col_dim: str | None
    row_codes: list[str | None]  # None = the total
    col_codes: list[str | None]
    row_labels: list[str]
    col_labels: list[str]
    cells: list[list[CrossCell]]
    corner: str


def dimension_values(table: PublishedTable, dimension: str) -> list[str]:
    """Values of ``dimension`` in the order the table lists them (the form's order)."""
    seen: dict[str, None] = {}
    for cell in table.cells:
        value = cell.key.get(dimension)
        if value is not None:
            seen.setdefault(value, None)
    return list(seen)


def crosstab(table: PublishedTable, labels: TableText, row_dim: str, col_dim: str | None,
             *, percentages: bool = True) -> Crosstab:
    """The grid ``row_dim`` x ``col_dim`` (or one column of totals when ``col_dim`` is None)."""
    rows: list[str | None] = [*dimension_values(table, row_dim), None]
    cols: list[str | None] = [*dimension_values(table, col_dim), None] if col_dim else [None]
    grid: list[list[CrossCell]] = []
    for r in rows:
        line: list[CrossCell] = []
        for c in cols:
            key = _key(row_dim, r, col_dim, c)
            cell = table.cell(**key)
            if cell is None:
                line.append(CrossCell(None, True))
                continue
            pct = table.percentage(key, _key(row_dim, None, col_dim, c)) if percentages and r is not None else None
            line.append(CrossCell(cell.count, cell.suppressed, pct))
        grid.append(line)
    return Crosstab(
        row_dim=row_dim,
        col_dim=col_dim,
        row_codes=rows,
        col_codes=cols,
        row_labels=[labels.value(row_dim, r) for r in rows],
        col_labels=[labels.value(col_dim, c) for c in cols] if col_dim else [labels.total],
        cells=grid,
        corner=labels.dimension_titles.get(row_dim, row_dim),
    )


def _key(row_dim: str, row: str | None, col_dim: str | None, col: str | None) -> dict[str, str]:
    key: dict[str, str] = {}
    if row is not None:
        key[row_dim] = row
    if col_dim is not None and col is not None:
        key[col_dim] = col
    return key


def views(table: PublishedTable) -> list[tuple[str, str | None]]:
    """The grids a section shows: answer by each disaggregation, then by period if several."""
    answer, *by, period = table.dimensions
    out: list[tuple[str, str | None]] = [(answer, b) for b in by]
    if len(dimension_values(table, period)) > 1 or not by:
        out.append((answer, period))
    return out
