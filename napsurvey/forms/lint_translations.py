"""Lint rule: every text exists in every language the form uses."""

from __future__ import annotations

from napsurvey.errors import ErrorCode
from napsurvey.forms.lint_context import LintContext
from napsurvey.forms.model import Text

#: Row types shown without a label of their own (a group may be a silent container).
_UNLABELLED = frozenset({"calculate", "begin_group", "end_group", "begin_repeat", "end_repeat"})


def _missing(text: Text, languages: list[str]) -> list[str]:
    return [lang for lang in languages if not (text.get(lang) or "").strip()]


def check_translations(ctx: LintContext) -> None:
    """Labels, hints and messages have text in every language (declared, else used)."""
    form = ctx.form
    languages = form.languages()

    def need(where: str, column: str, text: Text, always: bool = False) -> None:
        if not text and not always:
            return
        for language in _missing(text, languages):
            ctx.add(where, ErrorCode.FORM_MISSING_TRANSLATION, column=column, language=language)

    need("settings", "form_title", form.settings.form_title, always=True)
    need("settings", "description", form.settings.description)
    for index, row in enumerate(ctx.rows):
        where = ctx.location(index)
        need(where, "label", row.label, always=row.base_type not in _UNLABELLED)
        for column in ("hint", "guidance_hint", "constraint_message", "required_message"):
            need(where, column, getattr(row, column))
    shown = {row.list_name for row in ctx.rows if row.list_name}
    for list_name, choices in form.choices.items():
        if list_name not in shown:
            continue  # a list only read by lookups (pulldata, instance()) is never shown
        for choice in choices:
            need(f"choices.{list_name}", f"label of '{choice.name}'", choice.label, always=True)
    if form.consent is not None:
        need("consent", "on_refusal", form.consent.on_refusal)
    if form.referral is not None:
        need("referral", "intro", form.referral.intro)
    if form.child_protocol is not None:
        need("child_protocol", "message", form.child_protocol.message)
    for position, indicator in enumerate(form.indicators, start=1):
        need(f"indicators[{position}]", "label", indicator.label, always=True)
        need(f"indicators[{position}]", "description", indicator.description)
        for question, groups in indicator.groups.items():
            for group in groups:
                need(f"indicators[{position}]", f"label of group '{question}.{group.name}'", group.label, always=True)
