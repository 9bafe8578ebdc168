"""Small inline plans for tests: a valid plan as a dict, changed in place, then read as YAML."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from napsurvey.forms.catalog import load_cached, shipped_catalog
from napsurvey.forms.model import Form
from napsurvey.forms.problem import Problem
from napsurvey.paths import resources_dir
from napsurvey.plan.assessment import Assessments
from napsurvey.plan.model import Plan
from napsurvey.plan.reader import read_assessments, read_assessments_data, read_plan, read_plan_data

PLANS = resources_dir() / "plans"
EXAMPLE = PLANS / "example_republic.yaml"
EXAMPLE_ASSESSMENTS = PLANS / "example_republic.assessments.yaml"

_PLAN: dict[str, Any] = {
    "plan": {"id": "test_plan", "title": "Test plan", "country": "Example Republic", "start_year": 2026,
             "end_year": 2030, "currency": "EXD"},
    "pillars": [{
        "id": "protection", "title": "Protection",
        "objectives": [{
            "id": "O1", "title": "Justice",
            "actions": [{"id": "A1", "title": "Open gender desks", "start": "2026-01", "end": "2027-12",
                         "responsible": {"institution": "National Police", "unit": "Family Protection Unit"},
                         "cost": {"by_year": {2026: 1000}}}],
        }],
    }],
    "indicators": [{"id": "I1", "pillar": "protection", "title": "Cases in court", "unit": "percent",
                    "baseline": {"value": 10, "year": 2025}, "target": {"value": 30, "year": 2029},
                    "frameworks": [{"scheme": "SDG", "code": "16.3"}]}],
}

_ASSESSMENTS: dict[str, Any] = {
    "plan": "test_plan",
    "periods": [{
        "period": {"id": "2026-H1", "start": "2026-01", "end": "2026-06"},
        "assessed_on": "2026-07-01",
        "actions": [{"action": "A1", "status": "on_track",
                     "government": {"text": "Desks opened.",
                                    "evidence": [{"title": "Police report", "issuer": "National Police", "date": "2026-06"}]},
                     "civil_society": {"text": "Fewer desks than reported.", "evidence": ["confidential"]}}],
        "indicators": [{"indicator": "I1", "value": 12,
                        "source": {"title": "Judicial statistics", "issuer": "Ministry of Justice", "date": "2026"}}],
        "finance": [{"action": "A1", "fiscal_year": "2026", "allocated": 800, "disbursed": 500,
                     "womens_organisations": [{"category": "local", "modality": "core", "amount": 100}]}],
    }],
}


def plan_dict() -> dict[str, Any]:
    """A fresh copy of a small valid plan."""
    return copy.deepcopy(_PLAN)


def assessments_dict() -> dict[str, Any]:
    """A fresh copy of valid assessments of :func:`plan_dict`."""
    return copy.deepcopy(_ASSESSMENTS)


def action(data: dict[str, Any]) -> dict[str, Any]:
    """The first action of a plan dict."""
    return data["pillars"][0]["objectives"][0]["actions"][0]


def as_yaml(data: Any) -> bytes:
    """``data`` as YAML bytes."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def shipped_forms() -> dict[str, Form]:
    """The shipped questionnaires by id."""
    return {s.form_id: load_cached(s.path).form for s in shipped_catalog().forms if s.path is not None}


def lint(data: Any, forms: dict[str, Form] | None = None) -> list[Problem]:
    """Every problem of a plan given as data."""
    return read_plan_data(as_yaml(data), "plan.yaml", forms)[1]


def lint_assessments(data: Any, plan: Any = None) -> list[Problem]:
    """Every problem of assessments (given as data) of ``plan`` (a dict, default :func:`plan_dict`)."""
    parsed, problems = read_plan_data(as_yaml(plan or plan_dict()), "plan.yaml")
    assert parsed is not None and not problems, problems
    return read_assessments_data(as_yaml(data), parsed, "assessments.yaml")[1]


def codes(problems: list[Problem]) -> list[str]:
    """The codes of ``problems``, in order."""
    return [p.code.name for p in problems]


def example() -> tuple[Plan, Assessments]:
    """The shipped Example Republic plan and its assessments (both checked clean)."""
    plan, problems = read_plan(EXAMPLE, shipped_forms())
    assert plan is not None and problems == []
    assessments, problems = read_assessments(EXAMPLE_ASSESSMENTS, plan)
    assert assessments is not None and problems == []
    return plan, assessments


def write(tmp: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``tmp/name`` and return the path."""
    path = tmp / name
    path.write_bytes(data)
    return path
