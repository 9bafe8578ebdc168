"""The review before completion: what it lists, and going back to change an answer."""

from __future__ import annotations

import pytest
from engine_support import make_form, start

from napsurvey.errors import ErrorCode, NapError
from napsurvey.interview.review import review

SURVEY = [
    {"type": "select_one yes_no", "name": "consent", "label": "Agree?"},
    {"type": "begin_group", "name": "about", "label": {"en": "About you", "fr": "Vous"}, "appearance": "field-list"},
    {"type": "integer", "name": "age", "label": {"en": "Age", "fr": "Âge"}, "required": True},
    {"type": "select_one yes_no", "name": "works", "label": {"en": "Works?", "fr": "Travaille ?"}},
    {"type": "end_group"},
    {"type": "select_one yes_no", "name": "later", "label": {"en": "Later", "fr": "Plus tard"}},
    {"type": "begin_repeat", "name": "kids", "label": {"en": "Child", "fr": "Enfant"}, "repeat_count": 2},
    {"type": "integer", "name": "kid_age", "label": {"en": "Age of child", "fr": "Âge de l'enfant"}},
    {"type": "end_repeat"},
]


def _interview():
    form = make_form(SURVEY, settings={"consent_question": "consent", "languages": ["en", "fr"]})
    iv = start(form)
    iv.answer("consent", "yes")
    iv.next()
    iv.answer("age", 40)
    iv.answer("works", "no")
    iv.next()
    iv.decline("later")
    iv.next()
    iv.answer("kid_age", 7, (0,))
    iv.next()
    return iv


def test_review_lists_answers_by_section_with_choice_labels_and_declines():
    iv = _interview()
    entries = {(e.name, e.path): e for e in review(iv)}
    assert entries[("works", ())].answer == "No"
    assert entries[("works", ())].section == "about" and entries[("works", ())].section_label == "About you"
    assert entries[("later", ())].declined and entries[("later", ())].answer == ""
    assert entries[("kid_age", (0,))].label == "Child 1 — Age of child" and entries[("kid_age", (0,))].answer == "7"
    assert entries[("kid_age", (1,))].answer == ""
    iv.language = "fr"
    assert {e.name: e.answer for e in review(iv)}["works"] == "Non"


def test_go_to_opens_the_screen_of_a_question_inside_a_field_list():
    iv = _interview()
    iv.go_to("works")
    screen = iv.current()
    assert screen.name == "about" and [p.name for p in screen.prompts] == ["age", "works"]


def test_go_to_refuses_consent_and_unreached_questions():
    form = make_form(SURVEY, settings={"consent_question": "consent"})
    iv = start(form)
    iv.answer("consent", "yes")
    iv.next()
    with pytest.raises(NapError) as info:
        iv.go_to("consent")
    assert info.value.code is ErrorCode.INTERVIEW_READ_ONLY
    with pytest.raises(NapError) as info:
        iv.go_to("later")
    assert info.value.code is ErrorCode.INTERVIEW_NOT_REACHED
