"""Tables in "long" form: one row per published cell, labels not codes.

Shared by the CSV and XLSX writers. A suppressed cell's count is ``None``
and is written as the marker word, never as 0; a total row is a published
margin, computed from the true counts before suppression, never by adding
up what is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from napsurvey.privacy.published import PublishedCell, PublishedTable
from napsurvey.tables.labels import ANSWER, PERIOD, TableLabels

_LEGEND: dict[str, str] = {
    "en": (
        "'{marker}': the count is withheld to protect respondents (fewer than {threshold} people, "
        "or a cell that would let such a count be worked out). It is not zero and must not be added up. "
        "'{total}' rows are published totals over a category."
    ),
    "fr": (
        "« {marker} » : le nombre est retenu pour protéger les personnes interrogées (moins de {threshold} "
        "personnes, ou une case qui permettrait de le retrouver). Ce n'est pas zéro et il ne faut pas "
        "l'additionner. Les lignes « {total} » sont des totaux publiés sur une catégorie."
    ),
    "ar": (
        "«{marker}»: حُجب العدد لحماية المستجيبين (أقل من {threshold} أشخاص، أو خانة تسمح باستنتاج ذلك العدد). "
        "إنه ليس صفرًا ولا يجوز جمعه. صفوف «{total}» هي مجاميع منشورة لفئة ما."
    ),
}


def legend(labels: TableLabels, threshold: int) -> str:
    """The one-line legend of the suppression marker in the labels' language."""
    template = _LEGEND.get(labels.language, _LEGEND["en"])
    return template.format(marker=labels.suppressed, threshold=threshold, total=labels.total)


@dataclass(frozen=True)
class LongRow:
    """One published cell with its labels."""

    answer: str
    by: list[tuple[str, str]]  # (dimension title, value label), one per disaggregation
    period: str
    count: int | None
    suppressed: bool

    def shown(self, marker: str) -> str:
        """The count as text, or the marker for a suppressed cell."""
        return marker if self.count is None else str(self.count)


def long_rows(table: PublishedTable, labels: TableLabels) -> Iterator[LongRow]:
    """Every cell of ``table``: detail cells, then totals, as the table lists them."""
    by_dims = [d for d in table.dimensions if d not in (ANSWER, PERIOD)]
    for cell in table.cells:
        yield _row(cell, by_dims, labels)


def _row(cell: PublishedCell, by_dims: list[str], labels: TableLabels) -> LongRow:
    return LongRow(
        answer=labels.value(ANSWER, cell.key.get(ANSWER)),
        by=[(labels.dimension_titles.get(d, d), labels.value(d, cell.key.get(d))) for d in by_dims],
        period=labels.value(PERIOD, cell.key.get(PERIOD)),
        count=cell.count,
        suppressed=cell.suppressed,
    )
