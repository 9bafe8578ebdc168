import datetime as dt

import pytest

from napsurvey.forms.model import Form
from napsurvey.privacy.anonymise import DECLINED, Anonymiser, band_label, interview_month, month_of


def _form(high: bool = False) -> Form:
    return Form.model_validate(
        {
            "settings": {"form_id": "t", "form_title": "T", "version": "1", "sensitivity": "high" if high else "normal"},
            "survey": [
                {"type": "text", "name": "name", "label": "Name", "privacy": "identifier"},
                {"type": "integer", "name": "age", "label": "Age", "privacy": "quasi", "bands": [15, 18, 25, 65]},
                {"type": "decimal", "name": "weight", "label": "W", "privacy": "quasi"},
                {"type": "date", "name": "born", "label": "Born", "privacy": "quasi"},
                {"type": "select_one village", "name": "village", "label": "V", "privacy": "quasi", "admin_level": "district"},
                {"type": "select_one yn", "name": "safe", "label": "Safe?"},
                {"type": "text", "name": "comment", "label": "Comment"},
                {"type": "begin_repeat", "name": "kids", "label": "Kids"},
                {"type": "integer", "name": "kid_age", "label": "Age", "privacy": "quasi", "bands": [5, 10]},
                {"type": "text", "name": "kid_name", "label": "Name", "privacy": "identifier"},
                {"type": "end_repeat"},
            ],
            "choices": {
                "village": [{"name": "v1", "label": "V1", "district": "d1"}, {"name": "v2", "label": "V2", "district": "d2"}],
                "yn": [{"name": "yes", "label": "Yes"}, {"name": "no", "label": "No"}],
            },
        }
    )


def test_identifiers_dropped_quasi_generalised_ordinary_kept() -> None:
    body = Anonymiser(_form()).apply(
        {
            "name": "Amina CANARY",
            "age": 31,
            "weight": 61.5,
            "born": "1995-03-14",
            "village": "v2",
            "safe": "no",
            "comment": "fine",
            "kids": [{"kid_age": 7, "kid_name": "Zed"}, {"kid_age": 12, "kid_name": "Yo"}],
        }
    )
    assert body == {
        "age": "25-64",
        "born": "1995-03",
        "village": "d2",
        "safe": "no",
        "comment": "fine",
        "kids": [{"kid_age": "5-9"}, {"kid_age": "10+"}],
    }
    assert "Amina" not in repr(body) and "Zed" not in repr(body)


def test_declined_is_kept_as_its_own_category_but_never_for_identifiers() -> None:
    body = Anonymiser(_form()).apply({"safe": DECLINED, "name": DECLINED}, declined=["age"])
    assert body == {"safe": DECLINED, "age": DECLINED}


def test_high_sensitivity_forms_keep_no_free_text() -> None:
    body = Anonymiser(_form(high=True)).apply({"comment": "something identifying", "safe": "yes"})
    assert body == {"safe": "yes"}


@pytest.mark.parametrize(
    ("value", "label"), [(3, "<15"), (15, "15-17"), (17, "15-17"), (18, "18-24"), (64, "25-64"), (65, "65+"), (99, "65+")]
)
def test_band_edges(value: int, label: str) -> None:
    assert band_label(value, [15, 18, 25, 65], integer=True) == label


def test_month_helpers() -> None:
    assert month_of(dt.date(2026, 1, 9)) == "2026-01"
    assert month_of("not a date") is None
    assert interview_month(dt.date(2026, 11, 23)) == "2026-11"


def test_declined_inside_a_repeat_instance_is_kept_per_instance() -> None:
    body = Anonymiser(_form()).apply({"kids": [{"kid_age": 3}, {}]}, declined=["kids[1].kid_age", "kids[0].kid_name"])
    assert body == {"kids": [{"kid_age": "<5"}, {"kid_age": DECLINED}]}
