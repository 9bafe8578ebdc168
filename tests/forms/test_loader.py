"""Reading form files: YAML quirks, bad files and schema errors become coded problems."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from lintkit import form, q

from napsurvey.errors import ErrorCode as E
from napsurvey.errors import NapError
from napsurvey.forms.loader import MAX_FORM_BYTES, lint_file, lint_text, load_form, load_form_text

VALID = textwrap.dedent(
    """\
    settings: {form_id: tiny, form_title: Tiny, version: "1"}
    survey:
      - {type: select_one yes_no, name: no, label: Safe}
    choices:
      yes_no:
        - {name: yes, label: Yes}
        - {name: no, label: No}
        - {name: on, label: Off}
    """
)


def codes(text: str | bytes) -> list[tuple[E, str]]:
    return [(p.code, p.location) for p in lint_text(text, "f.yaml")]


def test_yes_no_on_off_stay_strings():
    loaded = load_form_text(VALID, "f.yaml")
    assert loaded.form.survey[0].name == "no"
    assert [c.name for c in loaded.form.choices["yes_no"]] == ["yes", "no", "on"]
    assert [c.label["en"] for c in loaded.form.choices["yes_no"]] == ["Yes", "No", "Off"]


def test_loaded_form_keeps_text_and_hash():
    loaded = load_form_text(VALID, "f.yaml")
    assert loaded.text == VALID and len(loaded.sha256) == 64 and loaded.form_id == "tiny"


def test_dates_and_leading_zero_codes_stay_strings():
    text = VALID.replace("label: Yes}", "label: 2026-01-01}").replace("name: on,", "name: 007,")
    loaded = load_form_text(text, "f.yaml")
    assert loaded.form.choices["yes_no"][0].label["en"] == "2026-01-01"
    assert loaded.form.choices["yes_no"][2].name == "007"


def test_load_form_reads_a_file(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert load_form(path).form.form_id == "tiny"


def test_utf8_bom_is_accepted():
    assert codes(b"\xef\xbb\xbf" + VALID.encode()) == []


def test_malformed_yaml_gives_the_line():
    problems = lint_text("settings: {form_id: x\nsurvey: [\n", "f.yaml")
    assert [(p.code, p.location) for p in problems] == [(E.FORM_YAML, "file")]
    assert "line " in problems[0].message


def test_duplicate_keys_are_refused():
    text = VALID + "choices:\n  other: []\n"
    problems = lint_text(text, "f.yaml")
    assert [p.code for p in problems] == [E.FORM_YAML]
    assert "line 9" in problems[0].message and "twice" in problems[0].message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", E.FORM_NOT_A_FORM),
        ("# only a comment\n", E.FORM_NOT_A_FORM),
        ("- a\n- b\n", E.FORM_NOT_A_FORM),
        ("just a string\n", E.FORM_NOT_A_FORM),
        ("name: value\n", E.FORM_NOT_A_FORM),
        ("a: 1\n---\nb: 2\n", E.FORM_YAML),
        ("a: !!python/object/apply:os.system [ls]\n", E.FORM_YAML),
        ("[" * 5000 + "]" * 5000, E.FORM_YAML),
        ("survey: " + "[" * 100 + "]" * 100, E.FORM_YAML),
        ("survey: [\ud800]", E.FORM_YAML),
        ("a: " + "9" * 10000, E.FORM_YAML),
        ("a: &a [*a]\n", E.FORM_YAML),
    ],
)
def test_non_forms_are_coded_errors(text, code):
    assert codes(text) == [(code, "file")]


def test_binary_junk_is_not_a_form():
    assert codes(bytes(range(256)) * 4) == [(E.FORM_NOT_A_FORM, "file")]


def test_control_characters_are_refused():
    assert codes("settings: {form_id: x\x00}\n") == [(E.FORM_YAML, "file")]


def test_alias_bomb_is_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    lines += ["survey: *a9"]
    assert codes("\n".join(lines)) == [(E.FORM_YAML, "file")]


def test_the_alias_bomb_refusal_names_the_aliases():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (problem,) = lint_text("\n".join(lines) + "\nsurvey: *a9")
    assert "aliases expand to more than" in problem.message


def test_a_large_form_without_aliases_is_not_blamed_on_aliases(monkeypatch):
    from napsurvey.forms import yaml_reader

    monkeypatch.setattr(yaml_reader, "MAX_NODES", 1000)
    rows = "".join(f"  - {{type: integer, name: q{i}, label: Question {i}}}\n" for i in range(300))
    (problem,) = lint_text("settings: {form_id: big, form_title: Big, version: '1'}\nsurvey:\n" + rows)
    assert problem.code is E.FORM_YAML
    assert "the document holds more than 1,000 values, more than a form file may hold" in problem.message
    assert "alias" not in problem.message


def test_a_plain_form_under_the_size_cap_never_meets_the_value_limit():
    from napsurvey.forms import yaml_reader

    # every value takes at least two bytes of text ("a," in a flow list)
    assert yaml_reader.MAX_NODES > MAX_FORM_BYTES // 2


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# x\n" * (MAX_FORM_BYTES // 4 + 1))
    assert [(p.code, p.location) for p in lint_file(path)] == [(E.FORM_TOO_LARGE, "file")]
    with pytest.raises(NapError) as info:
        load_form(path)
    assert info.value.code is E.FORM_TOO_LARGE


def test_huge_text_is_refused():
    assert codes("#" * (MAX_FORM_BYTES + 1)) == [(E.FORM_TOO_LARGE, "file")]


def test_missing_file(tmp_path):
    with pytest.raises(NapError) as info:
        load_form(tmp_path / "nope.yaml")
    assert info.value.code is E.FORM_NOT_FOUND
    assert [p.code for p in lint_file(tmp_path / "nope.yaml")] == [E.FORM_NOT_FOUND]


def test_folder_is_not_a_form(tmp_path):
    assert [p.code for p in lint_file(tmp_path)] == [E.FORM_NOT_A_FORM]


def test_schema_error_names_question_and_column():
    data = form(q("integer", "age", relevant=["not", "a", "string"]))
    problems = lint_text(yaml.safe_dump(data), "f.yaml")
    assert [(p.code, p.location) for p in problems] == [(E.FORM_SCHEMA, "age")]
    assert problems[0].message.startswith("relevant: ")


def test_schema_error_on_unnamed_row_uses_its_position():
    data = form(q("integer", "age"), {"type": "integer", "name": "bad name!", "label": "x"})
    assert codes(yaml.safe_dump(data)) == [(E.FORM_SCHEMA, "survey row 2")]


def test_unknown_column_is_a_schema_error():
    data = form(q("integer", "age", colour="red"))
    problems = lint_text(yaml.safe_dump(data), "f.yaml")
    assert [(p.code, p.location) for p in problems] == [(E.FORM_SCHEMA, "age")]
    assert problems[0].message.startswith("colour: ")


def test_missing_settings_fields_are_reported_under_settings():
    data = form()
    del data["settings"]["version"]
    assert codes(yaml.safe_dump(data)) == [(E.FORM_SCHEMA, "settings")]


def test_all_schema_errors_are_listed():
    data = form(q("integer", "a", relevant=1), q("integer", "b", constraint=[1]))
    data["indicators"] = [{"name": "BAD", "label": "x", "question": "a"}]
    locations = [loc for _, loc in codes(yaml.safe_dump(data))]
    assert locations == ["a", "b", "indicators[1]"]


def test_load_form_raises_the_first_lint_problem_with_file_and_place():
    data = form(q("integer", "age"), q("integer", "age"))
    with pytest.raises(NapError) as info:
        load_form_text(yaml.safe_dump(data), "dup.yaml")
    assert info.value.code is E.FORM_DUPLICATE_NAME
    assert str(info.value) == "FORM_DUPLICATE_NAME: dup.yaml: survey row 2: name 'age' is used more than once"


def test_strict_load_requires_indicators():
    with pytest.raises(NapError) as info:
        load_form_text(VALID, "f.yaml", strict=True)
    assert info.value.code is E.FORM_NO_INDICATORS
