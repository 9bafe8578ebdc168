"""Labels of a regional table in one language, from the questionnaire it was released with.

A hub may lack a member's questionnaire (it was never sent): the table is
then labelled with its codes, which is what the JSON shows anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from napsurvey.forms.model import Form
from napsurvey.tables.labels import ABSENT, ANSWER, DECLINED, PERIOD, by_question, question_domain, question_row, word

_CODE = re.compile(r"S/2010/498[^;,)]*|GNWP[^;,)]*")


@dataclass
class RegionalLabels:
    """Titles and value labels of one regional table."""

    title: str
    form_title: str
    source: str
    dimension_titles: dict[str, str]
    value_labels: dict[str, dict[str, str]]
    total: str
    codes: list[str] = field(default_factory=list)

    def value(self, dimension: str, code: str | None) -> str:
        """Label of ``code`` on ``dimension``; the word for "total" when the key lacks it."""
        if code is None:
            return self.total
        return self.value_labels.get(dimension, {}).get(code, code)


def label_regional(form: Form | None, form_id: str, indicator: str, dimensions: tuple[str, ...],
                   language: str) -> RegionalLabels:
    """Labels of one indicator's regional table (codes where the questionnaire is unknown)."""
    total = word("total", language)
    if form is None:
        return RegionalLabels(indicator, form_id, "", {d: d for d in dimensions}, {}, total)
    spec = next((i for i in form.indicators if i.name == indicator), None)
    special = {DECLINED: word("declined", language), ABSENT: word("absent", language)}
    titles: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    for axis, dim in enumerate(dimensions):
        if dim == PERIOD:
            titles[dim], values[dim] = word("period", language), {}
            continue
        name = (spec.question if spec is not None else dim) if axis == 0 else by_question(dim)
        row = question_row(form, name)
        if axis == 0 or dim == ANSWER:
            titles[dim] = word("answer", language)
        else:
            titles[dim] = form.text(row.label, language) if row is not None and row.label else name
        labels = dict(special)
        for choice in question_domain(form, name):
            labels[choice.name] = form.text(choice.label, language) or choice.name
        values[dim] = labels
    source = form.text(spec.source, language) if spec is not None else ""
    cited = form.text(spec.source, "en") if spec is not None else ""  # the codes are cited in English
    return RegionalLabels(
        title=form.text(spec.label, language) if spec is not None else indicator,
        form_title=form.text(form.settings.form_title, language) or form_id,
        source=source,
        dimension_titles=titles,
        value_labels=values,
        total=total,
        codes=[m.strip() for m in _CODE.findall(cited)],
    )
