"""Every lint rule, fed a small broken form, reports its own code at the right place."""

from __future__ import annotations

import copy

import pytest
from lintkit import YES_NO, form, messages, problems, q

from napsurvey.errors import ErrorCode as E

# --- a valid form ------------------------------------------------------------------


def test_minimal_valid_form_has_no_problems():
    data = form(
        q("select_one yes_no", "consent"),
        q("integer", "age", constraint=". >= 15", privacy="quasi", bands=[15, 18, 25]),
        q("select_one yes_no", "safe", relevant="${age} >= 18", required="yes"),
        q("calculate", "adult", label=None, calculation="if(${age} >= 18, 1, 0)"),
        consent={"question": "consent"},
        indicators=[{"name": "safe", "label": "Safe", "question": "safe", "by": ["consent"]}],
    )
    assert problems(data, strict=True) == []


def test_problem_line_names_file_place_and_code():
    data = form(q("select_one nowhere", "where"))
    assert messages(data) == ["t.yaml: where: FORM_MISSING_CHOICE_LIST: choice list 'nowhere' is not defined in choices"]


# --- structure -----------------------------------------------------------------------


def test_duplicate_question_name_reported_at_second_row():
    data = form(q("integer", "age"), q("integer", "age"))
    assert problems(data) == [(E.FORM_DUPLICATE_NAME, "survey row 2")]


def test_duplicate_choice_name_within_a_list():
    data = form(choices={"yes_no": [*YES_NO, {"name": "yes", "label": "Yes again"}]})
    assert problems(data) == [(E.FORM_DUPLICATE_NAME, "choices.yes_no")]


def test_same_choice_name_in_two_lists_is_fine():
    data = form(choices={"yes_no": YES_NO, "other": YES_NO})
    assert problems(data) == []


def test_duplicate_indicator_names():
    ind = {"name": "safe", "label": "Safe", "question": "safe"}
    assert problems(form(indicators=[ind, ind])) == [(E.FORM_DUPLICATE_NAME, "indicators[2]")]


def test_missing_choice_list():
    assert problems(form(q("select_multiple colours", "fav"))) == [(E.FORM_MISSING_CHOICE_LIST, "fav")]


def test_select_without_list_name():
    assert problems(form(q("select_one", "fav"))) == [(E.FORM_MISSING_CHOICE_LIST, "fav")]


def test_unknown_type():
    assert problems(form(q("number", "n"))) == [(E.FORM_UNKNOWN_TYPE, "n")]


def test_parameters_on_a_non_select_type_are_unknown():
    assert problems(form(q("integer big", "n"))) == [(E.FORM_UNKNOWN_TYPE, "n")]


@pytest.mark.parametrize("type_", ["geopoint", "image", "audio", "video", "barcode", "select_one_from_file places.csv", "start", "range"])
def test_known_xlsform_types_we_do_not_support(type_):
    assert problems(form(q(type_, "x"))) == [(E.FORM_UNSUPPORTED, "x")]


def test_or_other_is_unsupported():
    assert problems(form(q("select_one yes_no or_other", "x"))) == [(E.FORM_UNSUPPORTED, "x")]


def test_row_without_name():
    assert problems(form(q("integer", None))) == [(E.FORM_SCHEMA, "survey row 1")]


def test_empty_choice_list():
    assert problems(form(choices={"yes_no": YES_NO, "empty": []})) == [(E.FORM_SCHEMA, "choices.empty")]


def test_select_default_must_be_a_choice():
    assert problems(form(q("select_one yes_no", "x", default="maybe"))) == [(E.FORM_SCHEMA, "x")]


def test_unclosed_group():
    data = form(q("begin_group", "g"), q("integer", "n"))
    assert problems(data) == [(E.FORM_UNCLOSED_BLOCK, "g")]


def test_unclosed_repeat_in_xlsform_spelling():
    data = form(q("begin repeat", "people"), q("integer", "n"))
    assert problems(data) == [(E.FORM_UNCLOSED_BLOCK, "people")]


def test_unmatched_end():
    data = form(q("integer", "n"), q("end_group", None, label=None))
    assert problems(data) == [(E.FORM_UNMATCHED_END, "survey row 2")]


def test_end_repeat_closing_a_group():
    data = form(q("begin_group", "g"), q("integer", "n"), q("end_repeat", None, label=None))
    assert problems(data) == [(E.FORM_BLOCK_MISMATCH, "survey row 3")]


def test_nested_blocks_closed_in_order_are_fine():
    data = form(
        q("begin_group", "g"),
        q("begin_repeat", "r", repeat_count=2),
        q("integer", "n"),
        q("end_repeat", None, label=None),
        q("end group", None, label=None),
    )
    assert problems(data) == []


# --- expressions ---------------------------------------------------------------------


@pytest.mark.parametrize("column", ["relevant", "constraint", "calculation", "required", "choice_filter", "repeat_count"])
def test_unknown_reference_in_every_expression_column(column):
    row = q("select_one yes_no", "x", **{column: "${ghost} = 1"})
    if column == "repeat_count":
        data = form(q("begin_repeat", "x", repeat_count="${ghost}"), q("integer", "n"), q("end_repeat", None, label=None))
    else:
        data = form(row)
    assert problems(data) == [(E.FORM_UNKNOWN_REFERENCE, "x")]


def test_default_is_a_literal_not_an_expression():
    assert problems(form(q("integer", "n", default="${ghost}"))) == []


def test_relevant_may_not_refer_forward():
    data = form(q("integer", "a", relevant="${b} > 1"), q("integer", "b"))
    assert problems(data) == [(E.FORM_FORWARD_REFERENCE, "a")]


@pytest.mark.parametrize("column", ["constraint", "required"])
def test_constraint_and_required_may_not_refer_forward(column):
    data = form(q("integer", "a", **{column: "${b} > 1"}), q("integer", "b"))
    assert problems(data) == [(E.FORM_FORWARD_REFERENCE, "a")]


def test_relevant_may_not_refer_to_itself():
    assert problems(form(q("integer", "a", relevant="${a} > 1"))) == [(E.FORM_FORWARD_REFERENCE, "a")]


def test_constraint_may_name_its_own_question():
    assert problems(form(q("integer", "a", constraint="${a} > 1"))) == []


def test_forward_reference_allowed_inside_one_field_list_group():
    data = form(
        q("begin_group", "page", appearance="field-list"),
        q("integer", "a", constraint="${b} >= 0"),
        q("integer", "b"),
        q("end_group", None, label=None),
    )
    assert problems(data) == []


def test_forward_reference_out_of_a_field_list_group_is_refused():
    data = form(
        q("begin_group", "page", appearance="field-list"),
        q("integer", "a", relevant="${b} >= 0"),
        q("end_group", None, label=None),
        q("integer", "b"),
    )
    assert problems(data) == [(E.FORM_FORWARD_REFERENCE, "a")]


def test_group_relevant_may_not_read_its_own_questions():
    data = form(q("begin_group", "g", relevant="${a} = 1"), q("integer", "a"), q("end_group", None, label=None))
    assert problems(data) == [(E.FORM_FORWARD_REFERENCE, "g")]


def test_calculations_may_refer_forward():
    data = form(q("calculate", "total", label=None, calculation="${a} + 1"), q("integer", "a"))
    assert problems(data) == []


def test_calculation_cycle_is_reported_with_its_path():
    data = form(
        q("calculate", "a", label=None, calculation="${c} + 1"),
        q("calculate", "b", label=None, calculation="${a} + 1"),
        q("calculate", "c", label=None, calculation="${b} + 1"),
    )
    assert problems(data) == [(E.FORM_CALCULATION_CYCLE, "a")]
    assert messages(data)[0].endswith("calculations form a cycle: a -> c -> b -> a")


def test_calculation_referring_to_itself_is_a_cycle():
    data = form(q("calculate", "a", label=None, calculation="${a} + 1"))
    assert messages(data) == ["t.yaml: a: FORM_CALCULATION_CYCLE: calculations form a cycle: a -> a"]


def test_bad_expression_syntax_names_the_column():
    data = form(q("integer", "a", constraint=". >= "))
    assert problems(data) == [(E.FORM_BAD_EXPRESSION, "a")]
    assert ": constraint: " in messages(data)[0]


def test_unknown_function_is_a_bad_expression():
    assert problems(form(q("integer", "a", constraint="frobnicate(.)"))) == [(E.FORM_BAD_EXPRESSION, "a")]


def test_bare_name_outside_choice_filter_is_a_bad_expression():
    assert problems(form(q("integer", "a"), q("integer", "b", relevant="a > 1"))) == [(E.FORM_BAD_EXPRESSION, "b")]


def test_choice_filter_may_use_the_lists_columns():
    places = [{"name": "n1", "label": "North 1", "region": "north"}, {"name": "s1", "label": "South 1", "region": "south"}]
    regions = [{"name": "north", "label": "North"}, {"name": "south", "label": "South"}]
    data = form(
        q("select_one regions", "region"),
        q("select_one places", "place", choice_filter="region = ${region}"),
        choices={"places": places, "regions": regions},
    )
    assert problems(data) == []
    data["survey"][1]["choice_filter"] = "province = ${region}"
    assert problems(data) == [(E.FORM_BAD_EXPRESSION, "place")]


# --- translations -----------------------------------------------------------------


def _bilingual():
    yes_no = [{"name": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"name": "no", "label": {"en": "No", "fr": "Non"}}]
    return form(
        q("select_one yes_no", "safe", label={"en": "Safe?", "fr": "Sûre ?"}),
        settings={"form_title": {"en": "T", "fr": "T"}},
        choices={"yes_no": yes_no},
    )


def test_bilingual_form_is_fine():
    assert problems(_bilingual()) == []


def test_missing_translation_of_a_hint():
    data = _bilingual()
    data["survey"][0]["hint"] = {"en": "Think of last month"}
    assert messages(data) == ["t.yaml: safe: FORM_MISSING_TRANSLATION: hint has no text for language 'fr'"]


def test_xlsform_translated_columns_count_as_translations():
    data = _bilingual()
    data["survey"][0].pop("label")
    data["survey"][0]["label::English (en)"] = "Safe?"
    data["survey"][0]["label::Français (fr)"] = "Sûre ?"
    assert problems(data) == []


def test_missing_translation_of_a_choice_label():
    data = _bilingual()
    data["choices"]["yes_no"][1]["label"] = {"en": "No"}
    assert problems(data) == [(E.FORM_MISSING_TRANSLATION, "choices.yes_no")]


def test_declared_language_missing_everywhere_is_reported_per_text():
    data = form(settings={"languages": ["en", "ar"]})
    found = problems(data)
    assert set(found) == {(E.FORM_MISSING_TRANSLATION, loc) for loc in ("settings", "safe", "choices.yes_no")}
    assert len(found) == 4  # title, label, two choices


def test_question_without_label():
    assert problems(form(q("integer", "n", label=None))) == [(E.FORM_MISSING_TRANSLATION, "n")]


def test_missing_translation_of_an_indicator_label():
    data = _bilingual()
    data["indicators"] = [{"name": "safe", "label": {"en": "Safe"}, "question": "safe"}]
    assert problems(data) == [(E.FORM_MISSING_TRANSLATION, "indicators[1]")]


# --- high sensitivity ----------------------------------------------------------------


def _high(*rows, **blocks):
    blocks.setdefault("consent", {"question": "consent"})
    blocks.setdefault("referral", {"required": True})
    return form(q("select_one yes_no", "consent"), *rows, settings={"sensitivity": "high"}, **blocks)


def test_valid_high_form():
    assert problems(_high(q("select_one yes_no", "safe"))) == []


def test_free_text_refused_in_high_form():
    assert problems(_high(q("text", "story"))) == [(E.FORM_HIGH_FREE_TEXT, "story")]


def test_identifier_refused_in_high_form():
    assert problems(_high(q("integer", "phone", privacy="identifier"))) == [(E.FORM_HIGH_IDENTIFIER, "phone")]


def test_free_text_is_fine_in_a_normal_form():
    assert problems(form(q("text", "story"))) == []


def test_high_form_needs_consent_and_referral():
    data = form(settings={"sensitivity": "high"})
    assert problems(data) == [(E.FORM_CONSENT, "consent"), (E.FORM_REFERRAL, "referral")]


def test_high_form_cannot_turn_referral_off():
    assert problems(_high(referral={"required": False})) == [(E.FORM_REFERRAL, "referral")]


# --- consent, child protocol, referral -------------------------------------------------


def test_consent_question_missing():
    assert problems(form(consent={"question": "agree"})) == [(E.FORM_CONSENT, "consent")]


def test_consent_question_from_settings_shorthand():
    assert problems(form(settings={"consent_question": "agree"})) == [(E.FORM_CONSENT, "consent")]


def test_consent_question_not_a_select_one():
    assert problems(form(q("integer", "agree"), consent={"question": "agree"})) == [(E.FORM_CONSENT, "consent")]


def test_consent_agree_value_not_in_its_list():
    data = form(q("select_one yes_no", "agree"), consent={"question": "agree", "agree": "oui"})
    assert problems(data) == [(E.FORM_CONSENT, "consent")]


def test_consent_question_with_relevant():
    data = form(q("integer", "a"), q("select_one yes_no", "agree", relevant="${a} > 1"), consent={"question": "agree"})
    assert problems(data) == [(E.FORM_CONSENT, "consent")]


def test_child_protocol_age_question_missing():
    assert problems(form(child_protocol={"age_question": "age"})) == [(E.FORM_CHILD_PROTOCOL, "child_protocol")]


def test_child_protocol_age_question_not_integer():
    data = form(q("decimal", "age"), child_protocol={"age_question": "age"})
    assert problems(data) == [(E.FORM_CHILD_PROTOCOL, "child_protocol")]


def test_child_protocol_route_group_missing():
    data = form(q("integer", "age"), child_protocol={"age_question": "age", "action": "route", "group": "kids"})
    assert problems(data) == [(E.FORM_CHILD_PROTOCOL, "child_protocol")]


def test_child_protocol_route_without_group():
    data = form(q("integer", "age"), child_protocol={"age_question": "age", "action": "route"})
    assert problems(data) == [(E.FORM_CHILD_PROTOCOL, "child_protocol")]


def test_child_protocol_route_to_existing_group_is_fine():
    data = form(
        q("integer", "age"),
        q("begin_group", "kids"),
        q("select_one yes_no", "school"),
        q("end_group", None, label=None),
        child_protocol={"age_question": "age", "action": "route", "group": "kids"},
    )
    assert problems(data) == []


def test_referral_area_question_missing():
    assert problems(form(referral={"area_question": "district"})) == [(E.FORM_REFERRAL, "referral")]


# --- privacy columns ----------------------------------------------------------------


def test_quasi_number_without_bands():
    assert problems(form(q("integer", "age", privacy="quasi"))) == [(E.FORM_PRIVACY, "age")]


def test_quasi_bands_out_of_order():
    assert problems(form(q("integer", "age", privacy="quasi", bands=[18, 15]))) == [(E.FORM_PRIVACY, "age")]


def test_quasi_place_admin_level_must_be_a_column_of_the_list():
    places = [{"name": "v1", "label": "Village 1", "district": "d1"}, {"name": "v2", "label": "Village 2"}]
    data = form(q("select_one places", "village", privacy="quasi", admin_level="district"), choices={"places": places})
    assert problems(data) == [(E.FORM_PRIVACY, "village")]
    places[1]["district"] = "d1"
    assert problems(data) == []


def test_quasi_date_is_fine_and_quasi_text_is_not():
    assert problems(form(q("date", "when", privacy="quasi"))) == []
    assert problems(form(q("text", "where", privacy="quasi"))) == [(E.FORM_PRIVACY, "where")]


# --- indicators ------------------------------------------------------------------


def _ind(**kw):
    return {"name": "ind", "label": "Indicator", "question": "safe", **kw}


def test_indicator_unknown_question():
    assert problems(form(indicators=[_ind(question="ghost")])) == [(E.FORM_INDICATOR_UNKNOWN_QUESTION, "indicators[1]")]


def test_indicator_unknown_disaggregation():
    assert problems(form(indicators=[_ind(by=["ghost"])])) == [(E.FORM_INDICATOR_UNKNOWN_QUESTION, "indicators[1]")]


def test_indicator_on_a_number_is_not_categorical():
    data = form(q("select_one yes_no", "safe"), q("integer", "age"), indicators=[_ind(by=["age"])])
    assert problems(data) == [(E.FORM_INDICATOR_NOT_CATEGORICAL, "indicators[1]")]


def test_indicator_with_three_disaggregations():
    rows = [q("select_one yes_no", n) for n in ("safe", "a", "b", "c")]
    data = form(*rows, indicators=[_ind(by=["a", "b", "c"])])
    assert problems(data) == [(E.FORM_INDICATOR_TOO_MANY_BY, "indicators[1]")]


def test_indicator_on_an_identifier_is_refused():
    data = form(q("select_one yes_no", "safe", privacy="identifier"), indicators=[_ind()])
    assert problems(data) == [(E.FORM_PRIVACY, "indicators[1]")]


def test_no_indicators_is_an_error_only_when_strict():
    assert problems(form()) == []
    assert problems(form(), strict=True) == [(E.FORM_NO_INDICATORS, "indicators")]


# --- indicator choice groups ------------------------------------------------------


_WHO = [{"name": n, "label": n.upper()} for n in ("ministry", "parliament", "cso", "un")]


def _grouped(groups):
    rows = [q("select_one yes_no", "safe"), q("select_one who", "who")]
    data = form(*rows, indicators=[_ind(by=["who"], groups=groups)])
    data["choices"]["who"] = copy.deepcopy(_WHO)
    return data


def _g(name, *choices):
    return {"name": name, "label": name.title(), "choices": list(choices)}


def test_groups_partitioning_the_choices_pass():
    data = _grouped({"who": [_g("government", "ministry", "parliament"), _g("civil_society", "cso"),
                             _g("international", "un")],
                     "safe": [_g("yes", "yes"), _g("no", "no")]})
    assert problems(data) == []


@pytest.mark.parametrize(
    ("groups", "reason"),
    [
        ({"who": [_g("a", "ministry", "parliament", "cso")]}, "un are in no group"),
        ({"who": [_g("a", "ministry", "parliament"), _g("b", "cso", "un", "ministry")]}, "'ministry' is in groups"),
        ({"who": [_g("a", "ministry", "parliament", "ghost"), _g("b", "cso", "un")]}, "names 'ghost'"),
        ({"who": [_g("a", "ministry", "parliament"), _g("a", "cso", "un")]}, "'a' is named twice"),
        ({"age": [_g("a", "x")]}, "not the indicator's question"),
    ],
)
def test_groups_that_do_not_partition_are_refused(groups, reason):
    data = _grouped(groups)
    found = problems(data)
    assert found and all(p == (E.FORM_INDICATOR_GROUP, "indicators[1]") for p in found)
    assert any(reason in line for line in messages(data))


def test_group_labels_need_every_language():
    data = _grouped({"who": [_g("government", "ministry", "parliament"), _g("rest", "cso", "un")]})
    data["settings"]["languages"] = ["en", "fr"]
    data["settings"]["form_title"] = {"en": "T", "fr": "T"}
    assert any("label of group 'who.government'" in line for line in messages(data))


def test_declined_in_must_be_a_value_of_the_table():
    ok = form(q("select_one yes_no", "safe"), indicators=[_ind(declined_in="no")])
    assert problems(ok) == []
    bad = form(q("select_one yes_no", "safe"), indicators=[_ind(declined_in="maybe")])
    assert problems(bad) == [(E.FORM_INDICATOR_GROUP, "indicators[1]")]
