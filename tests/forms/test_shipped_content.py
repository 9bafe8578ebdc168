"""The four shipped questionnaires: their content, safeguards, and a run through the engine.

Each form is filled with a realistic answer set, with a refused consent and with a child
respondent; the safeguards a protection officer relies on are checked on the form itself
(no free text, referral required, age asked first, "already documented?" before the incident).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form, SurveyRow
from napsurvey.interview.fill import fill
from napsurvey.interview.model import StartContext
from napsurvey.paths import shipped_forms_dir
from napsurvey.privacy.anonymise import Anonymiser
from tests.answer_sets import ANSWERS

FORMS_DIR = shipped_forms_dir()
EXPECTED = {
    "community_safety": "normal",
    "nap_key_informant": "normal",
    "security_sector_audit": "normal",
    "crsv_incident": "high",
}
LANGUAGES = ["en", "fr", "ar"]
ARABIC = re.compile(r"[\u0600-\u06FF]")
TODAY = datetime.date(2026, 3, 15)


def _raw(form_id: str) -> dict[str, Any]:
    data = yaml.safe_load((FORMS_DIR / f"{form_id}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _form(form_id: str) -> Form:
    return Form.model_validate(_raw(form_id))


def _rows(form: Form) -> dict[str, SurveyRow]:
    return {row.name: row for row in form.survey if row.name}


def _texts(form: Form) -> list[tuple[str, dict[str, str]]]:
    """Every translated text of a form, with where it is."""
    out: list[tuple[str, dict[str, str]]] = [("form_title", form.settings.form_title)]
    out.append(("description", form.settings.description))
    for row in form.survey:
        for column in ("label", "hint", "constraint_message", "required_message"):
            text = getattr(row, column)
            if text:
                out.append((f"{row.name}.{column}", text))
    for list_name, choices in form.choices.items():
        out += [(f"{list_name}.{c.name}", c.label) for c in choices]
    out += [(f"indicator {i.name}", i.label) for i in form.indicators]
    if form.consent:
        out.append(("consent.on_refusal", form.consent.on_refusal))
    if form.child_protocol:
        out.append(("child_protocol.message", form.child_protocol.message))
    if form.referral and form.referral.intro:
        out.append(("referral.intro", form.referral.intro))
    return out


# --- the files --------------------------------------------------------------------------------


def test_the_four_forms_are_shipped_with_their_sensitivity() -> None:
    found = {p.stem for p in Path(FORMS_DIR).glob("*.yaml")}
    assert set(EXPECTED) <= found
    for form_id, sensitivity in EXPECTED.items():
        form = _form(form_id)
        assert form.form_id == form_id
        assert form.version == "2026.2"
        assert form.settings.sensitivity == sensitivity
        assert form.languages() == LANGUAGES
        assert form.settings.source and form.settings.description


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_choice_names_survive_a_yaml_1_1_reader(form_id: str) -> None:
    # PyYAML (YAML 1.1) reads unquoted yes/no/on/off as booleans: other tools would get True/False.
    for list_name, choices in _raw(form_id)["choices"].items():
        for choice in choices:
            assert isinstance(choice["name"], str), f"{list_name}: quote the choice name {choice['name']!r}"


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_every_text_is_complete_in_english_french_and_arabic(form_id: str) -> None:
    for where, text in _texts(_form(form_id)):
        for lang in LANGUAGES:
            assert text.get(lang, "").strip(), f"{where}: no {lang} text"
        assert ARABIC.search(text["ar"]), f"{where}: the Arabic text has no Arabic letters"


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_sentences_are_translated_not_copied(form_id: str) -> None:
    # Short labels may coincide ("Police", "Radio"); a whole question may not.
    for where, text in _texts(_form(form_id)):
        if len(text["en"].split()) >= 4:
            assert text["fr"] != text["en"], f"{where}: French text is the English one"


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_indicators_count_select_questions_and_cite_a_source(form_id: str) -> None:
    form = _form(form_id)
    rows = _rows(form)
    assert len(form.indicators) >= 5
    for indicator in form.indicators:
        assert indicator.source, indicator.name
        assert len(indicator.by) <= 2
        for name in [indicator.question, *indicator.by]:
            assert rows[name].list_name is not None, f"{indicator.name}: {name} is not a select question"
            assert rows[name].privacy is None, f"{indicator.name}: {name} would be tabulated before generalising"


def test_indicator_citations_do_not_claim_unchecked_numbers() -> None:
    # The annex numbering has not been checked: cite the pillar and wording, never "indicator 11".
    for form_id in EXPECTED:
        form = _form(form_id)
        citations = [t for i in form.indicators for t in i.source.values()] + [r.source or "" for r in form.survey]
        for citation in citations:
            assert not re.search(r"indicator\s*\d", citation, re.IGNORECASE), citation


def test_key_informant_questions_behind_indicators_cite_their_source() -> None:
    form = _form("nap_key_informant")
    rows = _rows(form)
    for indicator in form.indicators:
        assert rows[indicator.question].source, indicator.question
    cited = " ".join(r.source or "" for r in form.survey)
    assert "S/2010/498" in cited and "GNWP" in cited


# --- safeguards written into the forms --------------------------------------------------------


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_no_form_asks_a_name_or_an_identifier(form_id: str) -> None:
    form = _form(form_id)
    assert all(row.privacy != "identifier" for row in form.survey)
    assert all(row.base_type != "text" for row in form.survey)
    assert form.consent is not None
    assert form.survey[0].name == form.consent.question


@pytest.mark.parametrize("form_id", ["community_safety", "crsv_incident"])
def test_age_is_asked_right_after_consent_and_kept_only_as_a_band(form_id: str) -> None:
    form = _form(form_id)
    assert form.child_protocol is not None and form.child_protocol.action == "end"
    assert form.child_protocol.adult_age == 18
    answerable = [r for r in form.survey if r.is_question and r.base_type != "begin_group"]
    assert [r.name for r in answerable[:2]] == ["consent", "age"]
    age = _rows(form)["age"]
    assert age.privacy == "quasi" and age.bands and age.bands[0] == 18
    district = _rows(form)["district"]
    assert district.privacy == "quasi" and district.admin_level == "region"


def test_incident_form_keeps_survivors_safe_by_construction() -> None:
    form = _form("crsv_incident")
    assert form.is_high
    assert form.referral is not None and form.referral.required is True
    assert form.referral.area_question == "district"
    names = [r.name for r in form.survey]
    incident_group = names.index("incident")
    assert names.index("already_documented") < incident_group
    assert form.survey[incident_group].relevant == "${already_documented} != 'yes'"
    for question in ("incident_type", "perpetrator_category", "location_type", "incident_period"):
        assert names.index(question) > incident_group
    gbvims = [c.name for c in form.choices["incident_type"]]
    assert gbvims == [
        "rape", "sexual_assault", "physical_assault", "forced_marriage", "denial_of_resources", "psychological_abuse",
    ]
    assert {c.name for c in form.choices["perpetrator"]} == {
        "armed_group", "security_forces", "intimate_partner", "family", "peacekeeper", "aid_worker", "other", "unknown",
    }
    # Referral is offered whatever the answer to consent, and said so in the script.
    assert "whatever you decide" in form.survey[0].label["en"]
    assert form.consent is not None
    assert "referral" in form.consent.on_refusal["en"]


# --- through the engine -----------------------------------------------------------------------



@pytest.fixture(scope="module")
def engine() -> Any:
    return fill, StartContext


def _run(engine: Any, form_id: str, answers: dict[str, Any], **context: Any) -> Any:
    fill, start_context = engine
    ready = {"trained": True, "referrals": [{"service": "placeholder"}], "protocol": True}
    return fill(_form(form_id), start_context(today=TODAY, **{**ready, **context}), answers)


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_a_realistic_interview_completes_and_feeds_every_indicator(engine: Any, form_id: str) -> None:
    result = _run(engine, form_id, ANSWERS[form_id])
    assert result.status == "complete"
    for indicator in _form(form_id).indicators:
        for name in [indicator.question, *indicator.by]:
            assert name in result.answers, f"{indicator.name}: {name} has no answer"


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_a_refused_consent_keeps_nothing(engine: Any, form_id: str) -> None:
    result = _run(engine, form_id, {"consent": "no"})
    assert result.status == "refused"
    assert result.answers == {}


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_nothing_can_be_answered_after_a_refusal(engine: Any, form_id: str) -> None:
    with pytest.raises(NapError) as info:
        _run(engine, form_id, ANSWERS[form_id] | {"consent": "no"})
    assert info.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


@pytest.mark.parametrize("form_id", ["community_safety", "crsv_incident"])
def test_a_child_respondent_is_thanked_and_nothing_is_kept(engine: Any, form_id: str) -> None:
    result = _run(engine, form_id, {"consent": "yes", "age": 15})
    assert result.status == "ended_child"
    assert result.answers == {}
    assert result.message == _form(form_id).child_protocol.message["en"]  # type: ignore[union-attr]


@pytest.mark.parametrize("form_id", ["community_safety", "crsv_incident"])
def test_a_child_cannot_be_asked_the_rest(engine: Any, form_id: str) -> None:
    with pytest.raises(NapError) as info:
        _run(engine, form_id, ANSWERS[form_id] | {"age": 16})
    assert info.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


def test_community_follow_ups_open_only_when_they_apply(engine: Any) -> None:
    calm = ANSWERS["community_safety"] | {
        "access_health": "easily", "access_police": "easily", "access_justice": "easily", "access_psychosocial": "easily",
    }
    calm.pop("service_barriers")
    result = _run(engine, "community_safety", calm)
    assert result.answers["service_problem"] == 0
    with pytest.raises(NapError) as exc:
        _run(engine, "community_safety", calm | {"service_barriers": ["distance"]})
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


def test_districts_are_filtered_by_region(engine: Any) -> None:
    with pytest.raises(NapError) as exc:
        _run(engine, "community_safety", ANSWERS["community_safety"] | {"district": "south_1"})
    assert exc.value.code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE


@pytest.mark.parametrize(
    ("form_id", "bad"),
    [
        ("community_safety", {"age": 120}),
        ("community_safety", {"participation_barriers": ["none", "custom"]}),
        ("community_safety", {"service_barriers": ["dont_know", "cost"]}),
        ("security_sector_audit", {"facilities": ["none", "toilets"]}),
        ("crsv_incident", {"crsv_forms": ["none", "trafficking"]}),
        ("crsv_incident", {"services_accepted": ["shelter"], "services_offered": ["medical"]}),
        ("crsv_incident", {"age_at_incident": "age_35_49"}),
        ("crsv_incident", {"services_accepted": ["safety"]}),
        ("crsv_incident", {"services_offered": ["none", "medical"]}),
    ],
)
def test_impossible_answers_are_refused_with_the_forms_message(engine: Any, form_id: str, bad: dict[str, Any]) -> None:
    with pytest.raises(NapError) as exc:
        _run(engine, form_id, ANSWERS[form_id] | bad)
    assert exc.value.code is ErrorCode.INTERVIEW_CONSTRAINT
    name = next(iter(bad))
    assert _rows(_form(form_id))[name].constraint_message["en"] in str(exc.value)


def test_an_incident_already_documented_is_not_asked_again(engine: Any) -> None:
    base = {"consent": "yes", "age": 40, "region": "east", "district": "east_1", "already_documented": "yes"}
    result = _run(engine, "crsv_incident", base | {"services_offered": ["medical"], "services_accepted": ["medical"]})
    assert result.status == "complete"
    assert "incident_type" not in result.answers
    with pytest.raises(NapError) as exc:
        _run(engine, "crsv_incident", base | {"incident_type": "rape", "services_offered": ["none"]})
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


@pytest.mark.parametrize(
    ("context", "code"),
    [
        ({"referrals": []}, ErrorCode.INTERVIEW_NO_REFERRAL),
        ({"trained": False}, ErrorCode.INTERVIEW_NOT_TRAINED),
        ({"protocol": False}, ErrorCode.INTERVIEW_NO_PROTOCOL),
    ],
)
def test_incident_form_will_not_start_without_its_gates(engine: Any, context: dict[str, Any], code: ErrorCode) -> None:
    with pytest.raises(NapError) as exc:
        _run(engine, "crsv_incident", ANSWERS["crsv_incident"], **context)
    assert exc.value.code is code


def test_community_form_starts_without_a_referral_directory(engine: Any) -> None:
    result = _run(engine, "community_safety", ANSWERS["community_safety"], referrals=None, trained=False, protocol=False)
    assert result.status == "complete"


@pytest.mark.parametrize("form_id", ["community_safety", "crsv_incident"])
def test_stored_record_keeps_region_and_age_band_only(engine: Any, form_id: str) -> None:
    result = _run(engine, form_id, ANSWERS[form_id])
    stored = Anonymiser(_form(form_id)).apply(result.answers, result.declined)
    assert stored["district"] == ANSWERS[form_id]["region"]
    assert stored["age"] == "25-34"
    assert "north_2" not in repr(stored) and "east_1" not in repr(stored)


# --- what the forms ask, and why (WHO recommendation 2: nothing asked that is never used) -------------

#: Questions that leave the device in no table, and the safeguard or routing each one serves.
SERVES_THE_INTERVIEW = {
    "community_safety": {"consent": "consent gate", "age": "child protocol", "district": "referral services nearby"},
    "crsv_incident": {"consent": "consent gate", "age": "child protocol", "district": "referral services nearby",
                      "already_documented": "not interviewing a survivor twice about one incident"},
    "nap_key_informant": {"consent": "consent gate", "peace_process": "opens the peace-process questions"},
    "security_sector_audit": {"consent": "consent gate"},
}


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_every_question_feeds_an_indicator_or_serves_the_interview(form_id: str) -> None:
    form = _form(form_id)
    tabulated = {name for i in form.indicators for name in (i.question, *i.by)}
    asked = [r.name for r in form.survey if r.is_question and r.base_type not in ("begin_group", "end_group",
                                                                                 "begin_repeat", "end_repeat")
             and r.base_type not in ("note", "calculate")]
    untabulated = {name for name in asked if name not in tabulated}
    assert untabulated == set(SERVES_THE_INTERVIEW[form_id])
    # Routing questions are used by the form itself.
    text = (FORMS_DIR / f"{form_id}.yaml").read_text(encoding="utf-8")
    assert "${peace_process}" in text or form_id != "nap_key_informant"
    assert "${already_documented}" in text or form_id != "crsv_incident"


def test_the_incident_form_documents_the_forms_of_conflict_related_sexual_violence() -> None:
    form = _form("crsv_incident")
    forms_of_crsv = {c.name for c in form.choices["crsv_form"]}
    assert {"sexual_slavery", "forced_prostitution", "forced_pregnancy", "enforced_sterilisation", "trafficking",
            "detention_abuse"} <= forms_of_crsv
    assert {"civilian", "detained", "armed_member"} == {c.name for c in form.choices["survivor_status"]}
    assert "shelter" in {c.name for c in form.choices["services"]}
    perpetrators = next(i for i in form.indicators if i.name == "perpetrators")
    groups = {g.name: g.choices for g in perpetrators.groups["perpetrator_category"]}
    assert groups["peacekeeper_or_aid"] == ["peacekeeper", "aid_worker"]
    accepted = next(i for i in form.indicators if i.name == "services_accepted")
    assert any("shelter" in g.choices for g in accepted.groups["services_accepted"])


def test_the_community_survey_asks_functional_difficulty_and_lets_sex_go_unsaid() -> None:
    form = _form("community_safety")
    assert "prefer_not_to_say" in {c.name for c in form.choices["sex"]}
    # The Washington Group response scale, and its cut-off as a disaggregation.
    assert [c.label["en"] for c in form.choices["difficulty"]] == [
        "No, no difficulty", "Yes, some difficulty", "Yes, a lot of difficulty", "Cannot do it at all"]
    label = _rows(form)["functional_difficulty"].label["en"]
    for domain in ("seeing", "hearing", "walking or climbing steps", "remembering or concentrating", "self-care",
                   "communicating"):
        assert domain in label
    by_difficulty = next(i for i in form.indicators if "functional_difficulty" in i.by)
    cut = {g.name: g.choices for g in by_difficulty.groups["functional_difficulty"]}
    assert cut["a_lot_or_cannot"] == ["a_lot_of_difficulty", "cannot_do"]


def test_the_key_informant_form_asks_about_peace_agreements_and_amnesty() -> None:
    form = _form("nap_key_informant")
    names = {i.question for i in form.indicators}
    assert {"agreement_provisions", "amnesty_sgbv", "women_mediators", "women_orgs_consulted"} <= names
    amnesty = next(i for i in form.indicators if i.question == "amnesty_sgbv")
    assert "1820" in amnesty.source["en"]
    # What the plan now holds as facts from public documents is no longer asked of informants.
    asked = set(_rows(form))
    assert not asked & {"nap_costed", "nap_me_framework", "wps_budget_percent", "funding_cso", "nap_year"}


def test_the_audit_cites_the_document_behind_each_indicator() -> None:
    form = _form("security_sector_audit")
    source = {i.name: i.source["en"] for i in form.indicators}
    assert "codes of conduct" not in source["gender_policy"]
    assert "gender-responsive policies" in source["gender_policy"]
    assert "codes of conduct" in source["code_of_conduct"]
    assert "NATO" not in source["facilities"] and "facilities" in source["facilities"]
    assert "NATO deep dive" in source["gender_focal_point"] and "NAP security-sector commitments" not in source[
        "gender_focal_point"]
    rows = _rows(form)
    assert "codes of conduct" not in (rows["gender_policy"].source or "")
    assert "NATO" not in (rows["facilities"].source or "")
