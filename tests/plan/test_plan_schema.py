"""The published JSON Schemas of plan and assessments files match the models and accept the examples."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from plankit import EXAMPLE, EXAMPLE_ASSESSMENTS, action, plan_dict

from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.plan.jsonschema import assessments_json_schema, plan_json_schema, schema_text

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _as_json(path: Path) -> object:
    # Editors check the JSON form of the YAML, where every mapping key is a string.
    return json.loads(json.dumps(read_yaml(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(("name", "schema"), [("plan.schema.json", plan_json_schema),
                                              ("plan-assessments.schema.json", assessments_json_schema)])
def test_docs_copies_are_up_to_date(name: str, schema) -> None:  # type: ignore[no-untyped-def]
    # Regenerate with: napsurvey plan schema > docs/plan.schema.json (--assessments for the other)
    assert (DOCS / name).read_text(encoding="utf-8") == schema_text(schema())


def test_the_examples_match_their_schemas() -> None:
    jsonschema.validate(_as_json(EXAMPLE), plan_json_schema())
    jsonschema.validate(_as_json(EXAMPLE_ASSESSMENTS), assessments_json_schema())


def test_the_schema_refuses_a_field_that_could_hold_a_person() -> None:
    data = plan_dict()
    action(data)["contact"] = "someone"
    data = json.loads(json.dumps(data))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, plan_json_schema())


def test_translated_text_may_be_a_string_or_a_mapping() -> None:
    title = plan_json_schema()["$defs"]["Action"]["properties"]["title"]
    assert [alt["type"] for alt in title["anyOf"]] == ["string", "object"]
