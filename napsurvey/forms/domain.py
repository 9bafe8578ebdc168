"""The values a select question's stored answers come from, an indicator's grouping of them,
and the period a form is reported and released by."""

from __future__ import annotations

from napsurvey.forms.model import Choice, Form, Indicator

_COARSENESS = {"month": 0, "quarter": 1, "year": 2}


def release_kind(form: Form) -> str:
    """The period a form is released by: the coarsest period of its indicators (month if none)."""
    kinds = [i.period for i in form.indicators]
    return max(kinds, key=_COARSENESS.__getitem__, default="month")


def stored_choices(form: Form, name: str) -> list[Choice]:
    """The choices stored for question ``name`` (empty if it is not a select question).

    A ``privacy: quasi`` place question with ``admin_level`` stores the
    coarser place: its values are the choice list named like that column
    when the form has one, else the codes found in that column.
    """
    row = next((r for r in form.survey if r.name == name), None)
    if row is None or row.list_name is None:
        return []
    choices = form.choices.get(row.list_name, [])
    if row.privacy == "quasi" and row.admin_level:
        coarser = form.choices.get(row.admin_level)
        if coarser:
            return list(coarser)
        seen = dict.fromkeys(str(c.extra(row.admin_level)) for c in choices if c.extra(row.admin_level) is not None)
        return [Choice(name=code, label={}) for code in seen]
    return list(choices)


def grouped_values(form: Form, indicator: Indicator, name: str) -> list[str]:
    """The values one of an indicator's questions shows in its table: group names, else choice names."""
    groups = indicator.groups.get(name)
    if groups:
        return [g.name for g in groups]
    return [c.name for c in stored_choices(form, name)]
