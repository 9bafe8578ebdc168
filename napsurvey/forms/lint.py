"""The form linter: every rule a form must pass before it reaches a monitor.

:func:`lint_form` runs the rules on a validated :class:`Form` and returns all
problems; each rule lives in a small module by theme:

* :mod:`lint_structure`: types, names, choice lists, group/repeat blocks, defaults;
* :mod:`lint_expressions`: syntax, unknown and forward references, calculation cycles;
* :mod:`lint_translations`: every text in every language;
* :mod:`lint_safeguards`: high sensitivity, consent, child protocol, referral,
  privacy columns and indicators.
"""

from __future__ import annotations

from napsurvey.forms import lint_expressions, lint_safeguards, lint_structure, lint_translations
from napsurvey.forms.lint_context import LintContext
from napsurvey.forms.model import Form
from napsurvey.forms.problem import Problem

__all__ = ["Problem", "lint_form"]


def lint_form(form: Form, source: str = "<form>", *, strict: bool = False) -> list[Problem]:
    """Every problem of ``form`` (empty: the form is fine).

    ``strict`` adds the rules for forms we ship (indicators must be declared).
    """
    ctx = LintContext.build(form, source, strict)
    lint_structure.check_types(ctx)
    lint_structure.check_names(ctx)
    lint_structure.check_blocks(ctx)
    lint_structure.check_defaults(ctx)
    lint_structure.check_repeat_counts(ctx)
    calc_refs = lint_expressions.check_expressions(ctx)
    lint_expressions.check_cycles(ctx, calc_refs)
    lint_translations.check_translations(ctx)
    lint_safeguards.check_high_sensitivity(ctx)
    lint_safeguards.check_consent(ctx)
    lint_safeguards.check_child_protocol(ctx)
    lint_safeguards.check_referral(ctx)
    lint_safeguards.check_privacy(ctx)
    lint_safeguards.check_indicators(ctx)
    return ctx.problems
