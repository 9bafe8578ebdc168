"""Generated answer sets for benchmarks and load tests: valid interviews of a shipped form.

A random walk through the real engine picks answers screen by screen, so every
generated interview passes back-entry's checks (relevance, constraints).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from napsurvey.forms.loader import load_form
from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext
from napsurvey.paths import shipped_forms_dir

TODAY = dt.date(2026, 3, 15)


def shipped(form_id: str) -> Form:
    """A shipped form by id."""
    return load_form(shipped_forms_dir() / f"{form_id}.yaml").form


def _value(prompt: Any, rng: random.Random) -> Any:
    kind = prompt.type.split(" ")[0]
    names = [c.name for c in prompt.choices]
    if kind == "select_one" and names:
        return rng.choice(names)
    if kind == "select_multiple" and names:
        return rng.sample(names, rng.randint(1, min(3, len(names))))
    if kind == "integer":
        return rng.randint(18, 80) if prompt.name == "age" else rng.randint(1, 5)
    if kind == "decimal":
        return round(rng.uniform(0, 5), 1)
    if kind == "date":
        return TODAY.isoformat()
    if kind == "acknowledge":
        return "OK"
    return None


def random_interview(form: Form, rng: random.Random, *, consent: str = "yes") -> dict[str, Any]:
    """One valid answer object (with repeats as lists) for back-entry."""
    iv = Interview.start(form, StartContext(today=TODAY, trained=True, protocol=True, referrals=[{"name": "x"}]))
    for _ in range(1000):
        screen = iv.current()
        if screen.kind in ("end", "ended"):
            break
        if screen.kind == "repeat":
            iv.next()
            continue
        for prompt in screen.prompts:
            if prompt.read_only or prompt.type in ("note", "calculate"):
                continue
            value = consent if prompt.name == (form.consent.question if form.consent else None) else _value(prompt, rng)
            problems = iv.answer(prompt.name, value, prompt.path) if value is not None else ["skip"]
            if problems:
                iv.decline(prompt.name, prompt.path)
        if iv.next():
            break
    done = iv.complete()
    calculated = {r.name for r in form.survey if r.base_type == "calculate"}
    answers = {k: v for k, v in done.answers.items() if k not in calculated}
    for name in done.declined:
        if "[" not in name:
            answers[name] = {"declined": True}
    return answers
