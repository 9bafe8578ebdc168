"""The published JSON Schema matches the models and accepts what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from lintkit import form, q

from napsurvey.forms.catalog import form_files
from napsurvey.forms.jsonschema import form_json_schema, form_json_schema_text
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.paths import shipped_forms_dir

DOCS_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "form.schema.json"


def test_docs_copy_is_up_to_date():
    # Regenerate with: napsurvey forms schema > docs/form.schema.json
    assert DOCS_SCHEMA.read_text(encoding="utf-8") == form_json_schema_text()


def test_schema_describes_the_form_blocks():
    schema = form_json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) >= {"settings", "survey", "choices", "consent", "referral", "child_protocol", "indicators"}
    assert schema["required"] == ["settings", "survey"]
    row = schema["$defs"]["SurveyRow"]
    assert row["properties"]["privacy"]["description"].startswith("identifier")


def test_translated_text_may_be_a_string_or_a_mapping():
    label = form_json_schema()["$defs"]["SurveyRow"]["properties"]["label"]
    assert [alt["type"] for alt in label["anyOf"]] == ["string", "object"]


def test_xlsform_translated_columns_are_allowed_on_rows():
    row = form_json_schema()["$defs"]["SurveyRow"]
    assert row["additionalProperties"] is False
    (pattern,) = row["patternProperties"]
    assert "label" in pattern and "::" in pattern


@pytest.mark.parametrize("path", form_files(shipped_forms_dir()), ids=lambda p: p.name)
def test_shipped_forms_match_the_schema(path):
    data = read_yaml(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, form_json_schema())


def test_schema_is_plain_json():
    assert json.loads(form_json_schema_text()) == form_json_schema()


def test_schema_accepts_xlsform_style_rows_and_refuses_unknown_columns():
    data = form(q("integer", "age", label="Age", **{"label::Français (fr)": "Âge"}))
    data = yaml.safe_load(yaml.safe_dump(data))
    jsonschema.validate(data, form_json_schema())
    data["survey"][0]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, form_json_schema())
