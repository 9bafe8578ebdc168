"""The publishability estimate a form author sees before fieldwork."""

from __future__ import annotations

import copy

import pytest
import yaml

from napsurvey.forms.loader import load_form, load_form_text
from napsurvey.paths import shipped_forms_dir
from napsurvey.privacy.ptable import PerturbationParameters, build_table
from napsurvey.privacy.publishability import publishability, release_kind

TABLE = build_table(PerturbationParameters(5, 2.0, 2))

FORM = {
    "settings": {"form_id": "ki", "form_title": {"en": "KI"}, "version": "1", "default_language": "en"},
    "survey": [
        {"type": "select_one who", "name": "who", "label": {"en": "Who"}},
        {"type": "select_one status", "name": "status", "label": {"en": "Status"}},
    ],
    "choices": {
        "who": [{"name": f"type_{i}", "label": {"en": f"Type {i}"}} for i in range(9)],
        "status": [{"name": n, "label": {"en": n}} for n in ("current", "expired", "drafting", "none", "dont_know")],
    },
    "indicators": [{"name": "status_by_who", "label": {"en": "Status by who"}, "question": "status", "by": ["who"],
                    "period": "year"}],
}


def _form(data):
    return load_form_text(yaml.safe_dump(data), "t.yaml").form


def _grouped():
    data = copy.deepcopy(FORM)
    data["indicators"][0]["groups"] = {
        "who": [{"name": "government", "label": {"en": "Government"}, "choices": [f"type_{i}" for i in range(5)]},
                {"name": "civil_society", "label": {"en": "Civil society"}, "choices": [f"type_{i}" for i in (5, 6, 7)]},
                {"name": "international", "label": {"en": "International"}, "choices": ["type_8"]}],
        "status": [{"name": "current", "label": {"en": "In force"}, "choices": ["current"]},
                   {"name": "not_current", "label": {"en": "Not in force"}, "choices": ["expired", "drafting", "none"]},
                   {"name": "dont_know", "label": {"en": "DK"}, "choices": ["dont_know"]}],
    }
    data["indicators"][0]["declined_in"] = "dont_know"
    return _form(data)


def test_thirty_informants_over_nine_types_and_five_answers_leave_the_table_blank():
    (outlook,) = publishability(_form(FORM), 30, 10, TABLE)
    assert outlook.detail_below_share > 0.95 and outlook.below_share > 0.85
    assert outlook.total_below < 0.01  # the total of 30 is published
    assert outlook.cells == 7 * 10 * 2  # (5 answers, declined, total) x (9 types, total) x (period, total)


def test_grouping_makes_the_same_interviews_publish_more():
    (plain,) = publishability(_form(FORM), 30, 10, TABLE)
    (grouped,) = publishability(_grouped(), 30, 10, TABLE)
    assert grouped.below_share < plain.below_share - 0.15
    assert grouped.cells == 4 * 4 * 2


@pytest.mark.parametrize("threshold", [5, 10, 20])
def test_more_interviews_never_publish_less(threshold):
    shares = [publishability(_grouped(), n, threshold, TABLE)[0].below_share for n in (0, 10, 30, 100, 400)]
    assert shares == sorted(shares, reverse=True)
    assert shares[0] == 1.0 and shares[-1] < 0.2


def test_a_higher_threshold_withholds_more():
    low, high = (publishability(_grouped(), 60, t, TABLE)[0].below_share for t in (5, 20))
    assert high > low


def test_the_shipped_forms_publish_at_their_field_sizes():
    sizes = {"community_safety": (400, 10), "crsv_incident": (80, 20), "nap_key_informant": (30, 10),
             "security_sector_audit": (12, 10)}
    for form_id, (n, threshold) in sizes.items():
        form = load_form(shipped_forms_dir() / f"{form_id}.yaml").form
        outlooks = publishability(form, n, threshold, TABLE)
        assert len(outlooks) == len(form.indicators)
        # every indicator's total reaches the threshold at field size (questions asked of
        # only some respondents count at half, and may fall short)
        asked_of_all = [o for o in outlooks if o.total_below < 0.5]
        assert len(asked_of_all) >= len(outlooks) - 1, form_id
    community = load_form(shipped_forms_dir() / "community_safety.yaml").form
    assert all(o.below_share < 0.4 for o in publishability(community, 400, 10, TABLE))


def test_release_kind_is_the_coarsest_indicator_period():
    assert release_kind(_form(FORM)) == "year"
    data = copy.deepcopy(FORM)
    data["indicators"][0]["period"] = "month"
    assert release_kind(_form(data)) == "month"


def test_a_negative_expectation_is_refused():
    with pytest.raises(ValueError):
        publishability(_form(FORM), -1, 10, TABLE)
