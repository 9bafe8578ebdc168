"""CSV: every published cell of every table, one row each, labels in one language.

A value below the threshold is written "< 10", with the status "below the
threshold"; the legend after the data says that every count, totals too, is
perturbed.

UTF-8 with a byte-order mark so spreadsheet programs read accents and Arabic
script correctly. The legend follows the data after an empty row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from napsurvey.privacy.published import PublishedSet
from napsurvey.tables.labels import TableLabels, below_mark
from napsurvey.tables.long_format import DEFAULT_D, legend, long_rows

_HEADER: dict[str, list[str]] = {
    "en": ["Indicator", "Questionnaire", "Answer", "Disaggregation 1", "Value 1", "Disaggregation 2", "Value 2",
           "Period", "Count", "Status"],
    "fr": ["Indicateur", "Questionnaire", "Réponse", "Ventilation 1", "Valeur 1", "Ventilation 2", "Valeur 2",
           "Période", "Effectif", "Statut"],
    "ar": ["المؤشر", "الاستبيان", "الإجابة", "التصنيف 1", "القيمة 1", "التصنيف 2", "القيمة 2", "الفترة", "العدد",
           "الحالة"],
}
_PUBLISHED = {"en": "published", "fr": "publié", "ar": "منشور"}
_BELOW = {"en": "below the threshold", "fr": "sous le seuil", "ar": "دون العتبة"}


def to_csv(published: PublishedSet, labels: Sequence[TableLabels], language: str) -> bytes:
    """The CSV file's bytes; ``labels[i]`` labels ``published.tables[i]``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_HEADER.get(language, _HEADER["en"]))
    status_ok = _PUBLISHED.get(language, _PUBLISHED["en"])
    status_below = _BELOW.get(language, _BELOW["en"])
    for table, lab in zip(published.tables, labels, strict=True):
        marker = below_mark(table.threshold)
        for row in long_rows(table, lab):
            by = [part for pair in row.by for part in pair] + ["", ""] * (2 - len(row.by))
            writer.writerow([lab.title, lab.form_title, row.answer, *by, row.period, row.shown(marker),
                             status_below if row.suppressed else status_ok])
    writer.writerow([])
    if labels:
        d = published.protection.max_deviation if published.protection else DEFAULT_D
        writer.writerow([legend(labels[0], published.threshold, d)])
        thresholds = sorted({t.threshold for t in published.tables})
        if len(thresholds) > 1:
            writer.writerow([_mixed(language, thresholds)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _mixed(language: str, thresholds: list[int]) -> str:
    text = {
        "en": "Thresholds used: {values} (higher for highly sensitive questionnaires).",
        "fr": "Seuils appliqués : {values} (plus élevé pour les questionnaires très sensibles).",
        "ar": "العتبات المطبقة: {values} (أعلى للاستبيانات شديدة الحساسية).",
    }
    return text.get(language, text["en"]).format(values=", ".join(map(str, thresholds)))
