"""The words next to a field: one style for every message, in the interface language.

A message next to a field is a short sentence with a capital and a full
stop, and no error code (the code is for dialogs and support; here the
monitor is with a respondent). A form's own required or constraint message
is shown as the form author wrote it, in the form's language, completed into
a sentence if needed; when the form has none, the app says it in its own
words, translated, instead of the engine's English default. A form whose
check ran out of its time or size limits is the form's fault, not the
respondent's: that message says so and carries the code for the coordinator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from napsurvey.errors import ErrorCode, NapError
from napsurvey.interview import Prompt

_CONTEXT = "FieldMessages"
#: The expression engine's limits: a check that could not run (the form's fault, not the answer's).
_FORM_LIMITS = frozenset({ErrorCode.EXPR_TIME_BUDGET, ErrorCode.EXPR_INTERRUPTED, ErrorCode.EXPR_STRING_TOO_LONG})


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital first letter and a closing full stop (or its own ?, !, …)."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!…؟" else text + "."


def default_message(code: ErrorCode) -> str:
    """The app's words for a problem the form gave no message for."""
    if code is ErrorCode.INTERVIEW_REQUIRED:
        return QCoreApplication.translate(
            "FieldMessages", "This question needs an answer, or Decline if the respondent prefers not to say."
        )
    if code is ErrorCode.INTERVIEW_CONSENT_REQUIRED:
        return QCoreApplication.translate("FieldMessages", "Ask for consent and record the answer before going on.")
    if code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE:
        return QCoreApplication.translate("FieldMessages", "This choice no longer applies after an earlier answer. Choose again.")
    if code in _FORM_LIMITS:
        return QCoreApplication.translate(
            "FieldMessages", "The questionnaire could not check this answer. Decline or try another, and tell your coordinator (%1)."
        ).replace("%1", code.name)
    return QCoreApplication.translate("FieldMessages", "This answer is not possible here. Check it with the respondent.")


def prompt_message(prompt: Prompt) -> str:
    """What to show next to the question ('' for nothing)."""
    if not prompt.message:
        return ""
    if prompt.message_from_form or prompt.problem is None:
        return sentence(prompt.message)
    return default_message(prompt.problem)


def refusal_message(exc: NapError) -> str:
    """Why the engine refused a value that was typed or chosen (never contains the value)."""
    if exc.code is ErrorCode.INTERVIEW_BAD_VALUE:
        reason = str(exc.params.get("reason", ""))
        if "whole number" in reason:
            return QCoreApplication.translate("FieldMessages", "Type a whole number.")
        if "number" in reason:
            return QCoreApplication.translate("FieldMessages", "Type a number.")
        if "date" in reason:
            return QCoreApplication.translate("FieldMessages", "Enter a date as year-month-day.")
        if "longer than" in reason:
            return QCoreApplication.translate("FieldMessages", "This text is too long.")
    if exc.code in (ErrorCode.INTERVIEW_CONSTRAINT, ErrorCode.INTERVIEW_REQUIRED, ErrorCode.INTERVIEW_UNKNOWN_CHOICE):
        return default_message(exc.code)
    return QCoreApplication.translate("FieldMessages", "This answer cannot be recorded. Check it and try again.")
