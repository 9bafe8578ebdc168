"""Human labels for a published table, in one language, taken from its form.

Codes stay codes in JSON; CSV, XLSX, the report and the screens show these
labels. A disaggregation by a ``privacy: quasi`` place question with
``admin_level`` holds the coarser place (e.g. the region of a district), so
its values are labelled from the choice list named like that column when the
form has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from napsurvey.forms.model import Choice, Form, Indicator, SurveyRow
from napsurvey.privacy.published import PublishedTable

#: Dimension names of every assembled table besides the indicator's ``by`` questions.
ANSWER = "answer"
PERIOD = "period"
#: Category codes the counting uses (see napsurvey.bundle.aggregate).
DECLINED = "__declined__"
ABSENT = "__absent__"

_WORDS: dict[str, dict[str, str]] = {
    "declined": {"en": "Declined to answer", "fr": "Refus de répondre", "ar": "رفض الإجابة"},
    "absent": {"en": "Not asked", "fr": "Question non posée", "ar": "لم يُطرح السؤال"},
    "answer": {"en": "Answer", "fr": "Réponse", "ar": "الإجابة"},
    "period": {"en": "Period", "fr": "Période", "ar": "الفترة"},
    "total": {"en": "Total", "fr": "Total", "ar": "المجموع"},
    "suppressed": {"en": "suppressed", "fr": "masqué", "ar": "محجوب"},
    "or_declined": {"en": "{label} (or declined)", "fr": "{label} (ou refus)", "ar": "{label} (أو رفض الإجابة)"},
}

#: How a value below the threshold is shown: "< 10".
BELOW = "< {threshold}"

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}
_QUARTER = {"en": "Q{q} {year}", "fr": "T{q} {year}", "ar": "الربع {q} {year}"}


def period_label(period: str, language: str) -> str:
    """A period code in words: ``2026-Q3`` -> ``Q3 2026`` / ``T3 2026``; ``2026-07`` -> ``July 2026``."""
    lang = language if language in _MONTHS else "en"
    if len(period) == 7 and period[4] == "-" and period[5] != "Q":
        return f"{_MONTHS[lang][int(period[5:]) - 1]} {period[:4]}"
    if "-Q" in period:
        return _QUARTER[lang].format(q=period[-1], year=period[:4])
    return period


def below_mark(threshold: int) -> str:
    """What an output prints for a value below the threshold."""
    return BELOW.format(threshold=threshold)


def word(key: str, language: str) -> str:
    """A fixed word of the outputs (``total``, ``suppressed`` ...) in ``language`` (English fallback)."""
    texts = _WORDS[key]
    return texts.get(language) or texts["en"]


@dataclass
class TableLabels:
    """Everything needed to show one published table to a reader."""

    title: str
    form_title: str
    #: dimension -> its title (``answer`` -> the question's label ...)
    dimension_titles: dict[str, str]
    #: dimension -> value code -> label
    value_labels: dict[str, dict[str, str]]
    source: str = ""
    total: str = "Total"
    suppressed: str = "suppressed"
    language: str = "en"
    extra: dict[str, str] = field(default_factory=dict)

    def value(self, dimension: str, code: str | None) -> str:
        """Label of ``code`` on ``dimension``; the word for "total" when the key lacks it; periods in words."""
        if code is None:
            return self.total
        if dimension == PERIOD:
            return period_label(code, self.language)
        return self.value_labels.get(dimension, {}).get(code, code)


def question_row(form: Form, name: str) -> SurveyRow | None:
    """The survey row named ``name``."""
    return next((r for r in form.survey if r.name == name), None)


def question_domain(form: Form, name: str) -> list[Choice]:
    """The choices the stored values of question ``name`` come from (empty if not a select)."""
    row = question_row(form, name)
    if row is None or row.list_name is None:
        return []
    choices = form.choices.get(row.list_name, [])
    if row.privacy == "quasi" and row.admin_level:
        coarser = form.choices.get(row.admin_level)
        if coarser:
            return list(coarser)
        # No list for the coarser level: its codes, labelled by themselves.
        seen = dict.fromkeys(str(c.extra(row.admin_level)) for c in choices if c.extra(row.admin_level) is not None)
        return [Choice(name=code, label={}) for code in seen]
    return list(choices)


def dimension_names(indicator: Indicator) -> list[str]:
    """``['answer', *by, 'period']``; a ``by`` question named like a fixed dimension gets a ``_`` suffix."""
    by = [f"{b}_" if b in (ANSWER, PERIOD) else b for b in indicator.by]
    return [ANSWER, *by, PERIOD]


def by_question(dimension: str) -> str:
    """The question name behind a ``by`` dimension (inverse of the suffixing above)."""
    return dimension[:-1] if dimension in (ANSWER + "_", PERIOD + "_") else dimension


def label_table(table: PublishedTable, form: Form, language: str) -> TableLabels:
    """Labels of ``table`` (built from ``form``'s indicator) in ``language``."""
    indicator = next((i for i in form.indicators if i.name == table.indicator), None)
    titles: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    special = {DECLINED: word("declined", language), ABSENT: word("absent", language)}
    for dim in table.dimensions:
        if dim == PERIOD:
            titles[dim] = word("period", language)
            values[dim] = {}
            continue
        name = (indicator.question if indicator else dim) if dim == ANSWER else by_question(dim)
        row = question_row(form, name)
        if dim == ANSWER:
            titles[dim] = word("answer", language)
        else:
            titles[dim] = form.text(row.label, language) if row is not None and row.label else name
        labels = dict(special)
        if indicator is not None:
            for choice in question_domain(form, name):
                labels[choice.name] = form.text(choice.label, language) or choice.name
            for group in indicator.groups.get(name, []):
                labels[group.name] = form.text(group.label, language) or group.name
            if dim == ANSWER and indicator.declined_in in labels:
                labels[indicator.declined_in] = word("or_declined", language).format(
                    label=labels[indicator.declined_in])
        values[dim] = labels
    values[PERIOD] = {}
    return TableLabels(
        title=form.text(indicator.label, language) if indicator else table.indicator,
        form_title=form.text(form.settings.form_title, language) or form.form_id,
        dimension_titles=titles,
        value_labels=values,
        source=form.text(indicator.source, language) if indicator else "",
        total=word("total", language),
        suppressed=word("suppressed", language),
        language=language,
    )
