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
        "Every count is changed by at most {d} to protect respondents (the same people always get the same "
        "value); totals are changed too, so rows may not add up exactly to their totals. '< {threshold}': the "
        "count is below {threshold}; it may be 0, it is not zero, and it must not be added up. "
        "'{total}' rows are published totals over a category."
    ),
    "fr": (
        "Chaque effectif est modifié d'au plus {d} pour protéger les personnes interrogées (les mêmes personnes "
        "ont toujours la même valeur) ; les totaux aussi, et les lignes peuvent ne pas tomber exactement sur leur "
        "total. « < {threshold} » : l'effectif est inférieur à {threshold} ; ce peut être 0, ce n'est pas zéro, "
        "et il ne faut pas l'additionner. Les lignes « {total} » sont des totaux publiés sur une catégorie."
    ),
    "ar": (
        "يُعدَّل كل عدد بما لا يزيد على {d} لحماية المستجيبين (ويحصل الأشخاص أنفسهم دائمًا على القيمة نفسها)، "
        "وتُعدَّل المجاميع أيضًا، لذا قد لا تساوي الصفوف مجاميعها تمامًا. «< {threshold}»: العدد أقل من {threshold}؛ "
        "قد يكون 0، وليس صفرًا بالضرورة، ولا يجوز جمعه. صفوف «{total}» هي مجاميع منشورة لفئة ما."
    ),
}

#: The perturbation's maximum deviation when a caller does not give it (napsurvey's D).
DEFAULT_D = 5


def legend(labels: TableLabels, threshold: int, max_deviation: int = DEFAULT_D) -> str:
    """The one-line legend: counts are perturbed, totals too, and what "< threshold" means."""
    template = _LEGEND.get(labels.language, _LEGEND["en"])
    return template.format(d=max_deviation, threshold=threshold, total=labels.total)


@dataclass(frozen=True)
class LongRow:
    """One published cell with its labels."""

    answer: str
    by: list[tuple[str, str]]  # (dimension title, value label), one per disaggregation
    period: str
    count: int | None
    suppressed: bool

    def shown(self, marker: str) -> str:
        """The count as text, or the marker ("< 10") for a value below the threshold."""
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
