"""The inline form tables the tests write forms with."""

from __future__ import annotations

from napsurvey.forms.loader import load_form_text
from tests.form_tables import form_dict_from_table, form_from_table, yaml_from_table

MINI = """
| survey     |
|            | type              | name    | label    | label::fr | required | relevant             |
|            | select_one yes_no | consent | Consent? | Accord ?  |          |                      |
|            | integer           | age     | Age      | Âge       | true     | ${consent} = 'yes'   |
| choices    |
|            | list_name         | name    | label    | label::fr |
|            | yes_no            | yes     | Yes      | Oui       |
|            | yes_no            | no      | No       | Non       |
| settings   |
|            | form_id           | version | form_title | form_title::fr |
|            | mini              | 2026.1  | Mini       | Mini           |
| indicators |
|            | name              | label   | label::fr | question | by      | period |
|            | consent_by_age    | Consent | Accord    | consent  |         | month  |
"""


def test_a_table_becomes_the_dict_the_yaml_reader_gives() -> None:
    form = form_dict_from_table(MINI)
    assert form["settings"] == {"form_id": "mini", "form_title": {"en": "Mini", "fr": "Mini"}, "version": "2026.1"}
    assert form["survey"][0] == {"type": "select_one yes_no", "name": "consent",
                                 "label": {"en": "Consent?", "fr": "Accord ?"}}
    assert form["survey"][1]["required"] is True and form["survey"][1]["relevant"] == "${consent} = 'yes'"
    assert form["choices"] == {"yes_no": [{"name": "yes", "label": {"en": "Yes", "fr": "Oui"}},
                                          {"name": "no", "label": {"en": "No", "fr": "Non"}}]}
    assert form["indicators"] == [{"name": "consent_by_age", "label": {"en": "Consent", "fr": "Accord"},
                                   "question": "consent", "period": "month"}]


def test_the_form_validates_and_its_yaml_lints_clean() -> None:
    form = form_from_table(MINI, default_language="en")
    assert form.form_id == "mini" and [q.name for q in form.survey] == ["consent", "age"]
    loaded = load_form_text(yaml_from_table(MINI), "mini.yaml")
    assert loaded.form.version == "2026.1"
