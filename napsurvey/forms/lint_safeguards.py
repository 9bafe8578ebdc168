"""Lint rules for napsurvey's additions: WHO safeguards, privacy columns, indicators."""

from __future__ import annotations

import math

from napsurvey.errors import ErrorCode
from napsurvey.forms.domain import grouped_values, stored_choices
from napsurvey.forms.lint_context import LintContext
from napsurvey.forms.model import SELECT_TYPES, Indicator


def check_high_sensitivity(ctx: LintContext) -> None:
    """A ``sensitivity: high`` form has no free text, no identifiers, and both consent and referral."""
    if not ctx.form.is_high:
        return
    for index, row in enumerate(ctx.rows):
        if row.base_type == "text":
            ctx.add(ctx.location(index), ErrorCode.FORM_HIGH_FREE_TEXT)
        if row.privacy == "identifier":
            ctx.add(ctx.location(index), ErrorCode.FORM_HIGH_IDENTIFIER)
    if ctx.form.consent is None:
        ctx.add("consent", ErrorCode.FORM_CONSENT, reason="a sensitivity: high form needs a consent block")
    if ctx.form.referral is None:
        ctx.add("referral", ErrorCode.FORM_REFERRAL, reason="a sensitivity: high form needs a referral block")
    elif ctx.form.referral.required is False:
        ctx.add("referral", ErrorCode.FORM_REFERRAL, reason="required cannot be false in a sensitivity: high form")


def check_consent(ctx: LintContext) -> None:
    """The consent question exists, is a select_one, is always asked, and offers the agree value."""
    consent = ctx.form.consent
    if consent is None:
        return
    row = ctx.question(consent.question)
    if row is None:
        ctx.add("consent", ErrorCode.FORM_CONSENT, reason=f"question '{consent.question}' is not in the survey")
        return
    if row.base_type != "select_one":
        ctx.add("consent", ErrorCode.FORM_CONSENT, reason=f"question '{consent.question}' must be a select_one question")
        return
    if row.relevant:
        ctx.add("consent", ErrorCode.FORM_CONSENT, reason=f"question '{consent.question}' must always be asked (no relevant)")
    choices = ctx.form.choices.get(row.list_name or "")
    if choices is not None and consent.agree not in {c.name for c in choices}:
        reason = f"agree value '{consent.agree}' is not a choice of list '{row.list_name}'"
        ctx.add("consent", ErrorCode.FORM_CONSENT, reason=reason)


def check_child_protocol(ctx: LintContext) -> None:
    """The age question exists and is an integer; a route names a group of the survey."""
    protocol = ctx.form.child_protocol
    if protocol is None:
        return
    row = ctx.question(protocol.age_question)
    if row is None:
        ctx.add("child_protocol", ErrorCode.FORM_CHILD_PROTOCOL, reason=f"age question '{protocol.age_question}' is not in the survey")
    elif row.base_type != "integer":
        reason = f"age question '{protocol.age_question}' must be an integer question"
        ctx.add("child_protocol", ErrorCode.FORM_CHILD_PROTOCOL, reason=reason)
    if protocol.action == "route":
        if not protocol.group:
            ctx.add("child_protocol", ErrorCode.FORM_CHILD_PROTOCOL, reason="action: route needs a group")
        elif protocol.group not in ctx.blocks or ctx.rows[ctx.blocks[protocol.group]].base_type != "begin_group":
            ctx.add("child_protocol", ErrorCode.FORM_CHILD_PROTOCOL, reason=f"group '{protocol.group}' is not a group of the survey")


def check_referral(ctx: LintContext) -> None:
    """The referral area question, when given, exists and is a select_one."""
    referral = ctx.form.referral
    if referral is None or not referral.area_question:
        return
    row = ctx.question(referral.area_question)
    if row is None:
        ctx.add("referral", ErrorCode.FORM_REFERRAL, reason=f"area question '{referral.area_question}' is not in the survey")
    elif row.base_type != "select_one":
        ctx.add("referral", ErrorCode.FORM_REFERRAL, reason=f"area question '{referral.area_question}' must be a select_one question")


def check_privacy(ctx: LintContext) -> None:
    """``privacy: quasi`` answers can be generalised: numbers have bands, places a valid admin_level."""
    for index, row in enumerate(ctx.rows):
        where = ctx.location(index)
        base = row.base_type
        if row.admin_level is not None and (base != "select_one" or row.privacy != "quasi"):
            ctx.add(where, ErrorCode.FORM_PRIVACY, reason="admin_level applies only to privacy: quasi select_one questions")
        if row.privacy != "quasi":
            continue
        if base in ("integer", "decimal"):
            _check_bands(ctx, where, row.bands)
        elif base == "select_one":
            level = row.admin_level
            choices = ctx.form.choices.get(row.list_name or "", [])
            if level is not None and any(c.extra(level) in (None, "") for c in choices):
                reason = f"admin_level '{level}' is not a column of choice list '{row.list_name}' (for every choice)"
                ctx.add(where, ErrorCode.FORM_PRIVACY, reason=reason)
        elif base != "date":
            ctx.add(where, ErrorCode.FORM_PRIVACY, reason=f"a {base} answer cannot be generalised; quasi is for numbers, dates and places")


def _check_bands(ctx: LintContext, where: str, bands: list[float] | None) -> None:
    if not bands:
        ctx.add(where, ErrorCode.FORM_PRIVACY, reason="a quasi-identifying number needs bands")
    elif not all(math.isfinite(b) for b in bands) or any(a >= b for a, b in zip(bands, bands[1:])):
        ctx.add(where, ErrorCode.FORM_PRIVACY, reason="bands must be finite numbers in increasing order")


def check_indicators(ctx: LintContext) -> None:
    """Indicators count select questions by at most two select disaggregations."""
    if not ctx.form.indicators and ctx.strict:
        ctx.add("indicators", ErrorCode.FORM_NO_INDICATORS)
    for position, indicator in enumerate(ctx.form.indicators, start=1):
        where = f"indicators[{position}]"
        if len(indicator.by) > 2:
            ctx.add(where, ErrorCode.FORM_INDICATOR_TOO_MANY_BY, indicator=indicator.name, count=len(indicator.by))
        for name in [indicator.question, *indicator.by]:
            row = ctx.question(name)
            if row is None:
                ctx.add(where, ErrorCode.FORM_INDICATOR_UNKNOWN_QUESTION, indicator=indicator.name, name=name)
            elif row.base_type not in SELECT_TYPES:
                ctx.add(where, ErrorCode.FORM_INDICATOR_NOT_CATEGORICAL, indicator=indicator.name, name=name)
            elif row.privacy == "identifier":
                reason = f"indicator '{indicator.name}' counts identifier question '{name}', which is never stored"
                ctx.add(where, ErrorCode.FORM_PRIVACY, reason=reason)
        _check_groups(ctx, where, indicator)
        _check_declined_in(ctx, where, indicator)


def _check_declined_in(ctx: LintContext, where: str, indicator: Indicator) -> None:
    if indicator.declined_in is None or ctx.question(indicator.question) is None:
        return
    values = grouped_values(ctx.form, indicator, indicator.question)
    if indicator.declined_in not in values:
        ctx.add(where, ErrorCode.FORM_INDICATOR_GROUP, indicator=indicator.name, name=indicator.question,
                reason=f"declined_in '{indicator.declined_in}' is not one of the values its table shows")


def _check_groups(ctx: LintContext, where: str, indicator: Indicator) -> None:
    """Groups partition the choices of one of the indicator's own questions."""
    for name, groups in indicator.groups.items():

        def problem(reason: str, name: str = name) -> None:
            ctx.add(where, ErrorCode.FORM_INDICATOR_GROUP, indicator=indicator.name, name=name, reason=reason)

        if name not in (indicator.question, *indicator.by):
            problem("not the indicator's question nor one of its disaggregations")
            continue
        if ctx.question(name) is None:
            continue  # reported above
        known = [c.name for c in stored_choices(ctx.form, name)]
        names = [g.name for g in groups]
        for dup in sorted({n for n in names if names.count(n) > 1}):
            problem(f"group '{dup}' is named twice")
        placed: dict[str, str] = {}
        for group in groups:
            for choice in group.choices:
                if choice not in known:
                    problem(f"group '{group.name}' names '{choice}', which is not one of its choices")
                elif choice in placed:
                    problem(f"choice '{choice}' is in groups '{placed[choice]}' and '{group.name}'")
                else:
                    placed[choice] = group.name
        missing = [c for c in known if c not in placed]
        if missing:
            problem(f"choice(s) {', '.join(missing)} are in no group; every choice needs one")
