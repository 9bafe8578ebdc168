"""Small inline forms for engine tests."""

from __future__ import annotations

import datetime
from typing import Any

from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext

TODAY = datetime.date(2026, 3, 15)
YES_NO = [{"name": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"name": "no", "label": {"en": "No", "fr": "Non"}}]


def make_form(survey: list[dict[str, Any]], choices: dict[str, Any] | None = None, **extra: Any) -> Form:
    settings = {"form_id": "t", "form_title": "T", "version": "1", **extra.pop("settings", {})}
    return Form.model_validate({"settings": settings, "survey": survey, "choices": {"yes_no": YES_NO, **(choices or {})}, **extra})


def context(**kw: Any) -> StartContext:
    return StartContext(**{"today": TODAY, **kw})


def start(form: Form, **kw: Any) -> Interview:
    return Interview.start(form, context(**kw))


