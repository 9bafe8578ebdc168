"""What real field forms use, imported: CSV lists beside the workbook, external choices, XPath paths,
one name in two groups, notes without names, partial translations, duplicate choices, GPS as a place."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode
from napsurvey.forms.loader import load_form, load_form_text
from napsurvey.forms.xlsform import ImportOptions, XlsformResult, convert_workbook
from napsurvey.interview import Interview, StartContext

Rows = list[list[Any]]
YN = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def book(folder: Path, survey: Rows, choices: Rows | None = None, *, name: str = "form.xlsx", **sheets: Rows) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    for title, rows in (("choices", choices), *sheets.items()):
        if rows is None:
            continue
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    wb.save(path)
    return path


def codes(result: XlsformResult) -> list[tuple[str, int | None, ErrorCode]]:
    return [(p.sheet, p.row, p.code) for p in result.problems]


def start(result: XlsformResult, **context: Any) -> Interview:
    assert result.ok, result.lines("f")
    form = load_form_text(result.yaml_text(), "f.yaml").form
    return Interview.start(form, StartContext(today=datetime.date(2026, 3, 15), **context))


# --- lists beside the workbook and in it ------------------------------------------------------------------


def test_select_one_from_file_reads_the_csv_beside_the_workbook(tmp_path: Path) -> None:
    (tmp_path / "villages.csv").write_text("name,label::en,label::fr,district\nv1,Upper,Haut,d1\nv2,Lower,Bas,d2\n", encoding="utf-8")
    survey = [["type", "name", "label::en", "label::fr"], ["select_one_from_file villages.csv", "village", "Village", "Village"]]
    path = book(tmp_path, survey)
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"][0]["type"] == "select_one villages"
    assert result.form["choices"]["villages"] == [
        {"name": "v1", "label": {"en": "Upper", "fr": "Haut"}, "district": "d1"},
        {"name": "v2", "label": {"en": "Lower", "fr": "Bas"}, "district": "d2"},
    ]
    iv = start(result, language="fr")
    assert [c.label for c in iv.current().prompts[0].choices] == ["Haut", "Bas"]


def test_pulldata_and_instance_read_csv_lists_carried_in_the_form(tmp_path: Path) -> None:
    (tmp_path / "prices.csv").write_text("item,price\nrice,12\noil,30\n", encoding="utf-8")
    path = book(
        tmp_path,
        [["type", "name", "label", "calculation", "constraint"],
         ["select_one goods", "item", "Item"],
         ["calculate", "price", None, "pulldata('prices', 'price', 'item', ${item})"],
         ["calculate", "count", None, "count(instance('prices')/root/item[price > 20])"],
         ["integer", "paid", "Paid", None, ". <= ${price} * 2"]],
        [["list_name", "name", "label"], ["goods", "rice", "Rice"], ["goods", "oil", "Oil"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["choices"]["prices"] == [{"name": "1", "item": "rice", "price": "12"}, {"name": "2", "item": "oil", "price": "30"}]
    iv = start(result)
    iv.answer("item", "oil")
    assert iv.value("price") == "30" and iv.value("count") == 1
    assert iv.answer("paid", 61)[0].code is ErrorCode.INTERVIEW_CONSTRAINT


def test_a_missing_csv_leaves_its_question_out_and_refuses_a_pulldata(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "calculation"], ["select_one_from_file nowhere.csv", "v", "V"], ["text", "t", "T"]],
    )
    assert codes(convert_workbook(path)) == [("survey", 2, ErrorCode.FORM_XLSFORM_FILE)]
    survey = [["type", "name", "label", "calculation"], ["text", "t", "T"], ["calculate", "c", None, "pulldata('gone', 'a', 'b', 1)"]]
    path = book(tmp_path, survey)
    result = convert_workbook(path)
    assert ErrorCode.FORM_XLSFORM_FILE in {p.code for p in result.fatal}


def test_select_one_external_reads_the_external_choices_sheet(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "choice_filter"], ["select_one region", "region", "Region"],
         ["select_one_external district", "district", "District", "region=${region}"]],
        [["list_name", "name", "label"], ["region", "n", "North"], ["region", "s", "South"]],
        external_choices=[["list_name", "name", "label", "region"], ["district", "d1", "One", "n"], ["district", "d2", "Two", "s"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.problems == []
    iv = start(result)
    iv.answer("region", "s")
    iv.next()
    assert [c.name for c in iv.current().prompts[0].choices] == ["d2"]


def test_choice_name_position_and_indexed_repeat_import_and_run(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "calculation", "repeat_count"],
         ["select_one yn", "a", "A"],
         ["calculate", "a_label", None, "jr:choice-name(${a}, '${a}')"],
         ["integer", "n", "N"],
         ["begin repeat", "member", "Member", None, "${n}"],
         ["text", "first", "First name"],
         ["calculate", "number", None, "position(..)"],
         ["end repeat"],
         ["calculate", "second", None, "indexed-repeat(${first}, ${member}, 2)"]],
        YN,
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.problems == []
    iv = start(result)
    iv.answer("a", "no")
    assert iv.value("a_label") == "No"
    iv.answer("n", 2)
    iv.answer("first", "Amina", (0,))
    iv.answer("first", "Beatrice", (1,))
    assert iv.value("second") == "Beatrice" and iv.value("number", (1,)) == 2


# --- XPath paths, names -------------------------------------------------------------------------------------


def test_xpath_paths_become_references(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "relevant", "calculation"],
         ["begin group", "household", "Household"],
         ["integer", "size", "Size"],
         ["text", "head", "Head", "../size > 1"],
         ["select_one yn", "own", "Own?", "/data/household/size > 0"],
         ["calculate", "own_label", None, None, "jr:choice-name(../own, '/data/household/own')"],
         ["text", "why", "Why?", "current()/../own = 'no'"],
         ["end group"],
         ["calculate", "half", None, None, "./household/size div 2"]],
        YN,
    )  # fmt: skip
    result = convert_workbook(path)
    rows = {r.get("name"): r for r in result.form["survey"]}
    assert rows["head"]["relevant"] == "${size} > 1"
    assert rows["own"]["relevant"] == "${size} > 0"
    assert rows["own_label"]["calculation"] == "jr:choice-name(${own}, '${own}')"
    assert rows["why"]["relevant"] == "${own} = 'no'"
    assert codes(result) == [("survey", 9, ErrorCode.FORM_XLSFORM_PATH)]  # ./household/size from a calculate: not a question of it
    assert result.problems[0].message == "calculation: the path './household/size' does not lead to a question of the form"


def test_one_name_in_two_groups_is_renamed_after_its_group(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "relevant"],
         ["begin group", "mother", "Mother"], ["integer", "age", "Age"], ["text", "work", "Work", "../age > 15"], ["end group"],
         ["begin group", "father", "Father"], ["integer", "age", "Age"], ["text", "work2", "Work", "../age > 15"], ["end group"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.lines("f.xlsx") == [
        "f.xlsx: survey row 7: FORM_XLSFORM_RENAMED: name 'age' is also used in group 'mother'; this one was imported as 'father_age'"
    ]
    rows = {r.get("name"): r for r in result.form["survey"]}
    assert rows["work"]["relevant"] == "${age} > 15" and rows["work2"]["relevant"] == "${father_age} > 15"
    path = book(
        tmp_path,
        [["type", "name", "label", "relevant"],
         ["begin group", "g1", "G1"], ["integer", "age", "Age"], ["end group"],
         ["begin group", "g2", "G2"], ["integer", "age", "Age"], ["end group"], ["text", "t", "T", "${age} > 1"]],
    )  # fmt: skip
    assert ("survey", 8, ErrorCode.FORM_XLSFORM_AMBIGUOUS_REFERENCE) in codes(convert_workbook(path))  # as pyxform refuses it


def test_notes_and_groups_without_a_name_get_one(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["note", None, "Welcome"], ["begin group", None, "G"], ["text", "a", "A"], ["end group"]]
    path = book(tmp_path, survey)
    result = convert_workbook(path)
    assert [(p.row, p.code) for p in result.problems] == [(2, ErrorCode.FORM_XLSFORM_NAMED), (3, ErrorCode.FORM_XLSFORM_NAMED)]
    assert [r.get("name") for r in result.form["survey"]] == ["note_r2", "group_r3", "a", None]


def test_bind_columns_in_every_spelling(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "bind:relevant", "bind::constraint", "bind: required", "bind::jr:constraintMsg"],
         ["select_one yn", "q", "Q"], ["integer", "n", "N", "${q}='yes'", ". > 0", "yes", "Positive"]],
        YN,
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"][1] == {
        "type": "integer", "name": "n", "label": {"en": "N"}, "required": True, "relevant": "${q}='yes'",
        "constraint": ". > 0", "constraint_message": {"en": "Positive"},
    }  # fmt: skip


# --- texts ----------------------------------------------------------------------------------------------


def test_partial_translations_fall_back_to_the_default_language_with_a_line(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label::English (en)", "label::Français (fr)", "hint::English (en)"],
         ["text", "a", "Name of the village", "Nom du village", "As people say it"],
         ["integer", "b", "Households", None, None],
         ["integer", "c", "Wells", None, None]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.lines("f.xlsx") == [
        "f.xlsx: survey row 2: FORM_XLSFORM_PARTIAL_TRANSLATION: hint has no 'fr' text on 1 row(s) (2); they show the 'en' text",
        "f.xlsx: survey row 3: FORM_XLSFORM_PARTIAL_TRANSLATION: label has no 'fr' text on 2 row(s) (3, 4); they show the 'en' text",
    ]
    assert result.form["survey"][1]["label"] == {"en": "Households", "fr": "Households"}
    iv = start(result, language="fr")
    assert iv.current().prompts[0].label == "Nom du village"


def test_a_plain_label_beside_its_language_column_is_one_text_and_a_difference_is_said(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "label::English (en)"], ["text", "a", "Village", "Village"], ["text", "b", "Wells", "Water points"]],
    )
    result = convert_workbook(path)
    assert result.lines("f.xlsx") == [
        "f.xlsx: survey row 3: FORM_XLSFORM_PLAIN_AND_LANGUAGE: 'label' and 'label::en' are one language and differ "
        "on 1 row(s) (3); the second was kept"
    ]
    assert result.form["survey"][1]["label"] == {"en": "Water points"}


def test_a_question_without_label_shows_its_hint_else_its_name(tmp_path: Path) -> None:
    path = book(tmp_path, [["type", "name", "label", "hint"], ["text", "a", None, "Say it"], ["integer", "b", None, None]])
    result = convert_workbook(path)
    assert [p.message for p in result.problems] == [
        "the text has no label; its hint is shown instead",
        "the integer has no label; its name is shown instead",
    ]
    assert result.form["survey"] == [
        {"type": "text", "name": "a", "label": {"en": "Say it"}},
        {"type": "integer", "name": "b", "label": {"en": "b"}},
    ]


# --- choices ----------------------------------------------------------------------------------------------


def test_duplicate_choices_identical_are_merged_and_allowed_when_the_form_says_so(tmp_path: Path) -> None:
    choices = [["list_name", "name", "label"], ["c", "a", "A"], ["c", "a", "A"]]
    path = book(tmp_path, [["type", "name", "label"], ["select_one c", "q", "Q"]], choices)
    result = convert_workbook(path)
    assert codes(result) == [("choices", 3, ErrorCode.FORM_XLSFORM_DUPLICATE_CHOICE)] and result.ok
    path = book(
        tmp_path,
        [["type", "name", "label", "choice_filter"], ["select_one state", "state", "State"],
         ["select_one city", "city", "City", "state=${state}"]],
        [["list_name", "name", "label", "state"], ["state", "n", "North"], ["state", "s", "South"],
         ["city", "other", "Other", "n"], ["city", "other", "Other", "s"], ["city", "c1", "One", "n"]],
        settings=[["allow_choice_duplicates"], ["yes"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["settings"]["allow_choice_duplicates"] is True
    iv = start(result)
    iv.answer("state", "s")
    iv.next()
    assert [c.name for c in iv.current().prompts[0].choices] == ["other"]


def test_defaults_that_cannot_be_answers_are_left_out(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "default"], ["select_one yn", "a", "A", "maybe"], ["integer", "b", "B", "ten"],
         ["date", "c", "C", "today()"], ["select_one yn", "d", "D", "yes"]],
        YN,
    )  # fmt: skip
    result = convert_workbook(path)
    assert [(p.row, p.code) for p in result.problems] == [
        (2, ErrorCode.FORM_XLSFORM_DEFAULT), (3, ErrorCode.FORM_XLSFORM_DEFAULT), (4, ErrorCode.FORM_XLSFORM_DEFAULT),
    ]  # fmt: skip
    assert [r.get("default") for r in result.form["survey"]] == [None, None, None, "yes"]


# --- GPS: left out, or asked as a place --------------------------------------------------------------------


def test_geopoint_becomes_a_place_picker_that_stores_the_coarser_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    places = tmp_path / "places.csv"
    places.write_text("name,label,district\nv1,Upper village,d1\nv2,Lower village,d1\nv3,Hill,d2\n", encoding="utf-8")
    path = book(tmp_path, [["type", "name", "label"], ["geopoint", "where", "Where are you?"], ["select_one yn", "safe", "Safe?"]], YN)
    result = convert_workbook(path, ImportOptions(places=places, admin_level="district"))
    assert [(p.row, p.code) for p in result.problems] == [(2, ErrorCode.FORM_XLSFORM_PLACE)]
    assert result.form["survey"][0] == {
        "type": "select_one places", "name": "where", "label": {"en": "Where are you?"}, "privacy": "quasi", "admin_level": "district",
    }  # fmt: skip
    out = tmp_path / "f.yaml"
    args = ["forms", "import-xlsform", str(path), "--out", str(out), "--places", str(places), "--admin-level", "district"]
    assert main(args) == 0
    assert "FORM_XLSFORM_PLACE" in capsys.readouterr().err
    loaded = load_form(out)
    from napsurvey.privacy.anonymise import Anonymiser

    assert Anonymiser(loaded.form).apply({"where": "v2", "safe": "yes"})["where"] == "d1"  # a record keeps only the district
    assert main(["forms", "import-xlsform", str(path), "--out", str(tmp_path / "g.yaml"), "--admin-level", "district"]) == 1
    assert "CLI_USAGE" in capsys.readouterr().err


def test_every_survey_row_is_imported_or_listed(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["start", "start"], ["text", "a", "A"], [None, None, "stray text"], ["deviceid", "d"],
         ["begin loop over yn", "l"], ["integer", "n", "N"], ["end loop"], ["image", "photo", "Photo"], ["note", None, "Bye"]],
        YN,
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.fate == {
        1: "header", 2: "FORM_XLSFORM_METADATA", 3: "imported", 4: "FORM_XLSFORM_NO_TYPE", 5: "FORM_XLSFORM_IDENTIFIER",
        6: "FORM_XLSFORM_LOOP", 7: "FORM_XLSFORM_LOOP", 8: "FORM_XLSFORM_LOOP", 9: "FORM_XLSFORM_MEDIA", 10: "imported",
    }  # fmt: skip


def test_a_workbook_with_no_question_left_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    survey = [["type", "name", "label"], ["start", "start"], ["geopoint", "where", "Where?"], ["image", "photo", "Photo"],
              ["note", "n", "Thanks"]]  # fmt: skip
    path = book(tmp_path, survey)
    result = convert_workbook(path)
    assert [p.code for p in result.fatal] == [ErrorCode.FORM_XLSFORM_EMPTY]
    assert main(["forms", "import-xlsform", str(path), "--out", str(tmp_path / "f.yaml")]) == 1
    assert "FORM_XLSFORM_EMPTY" in capsys.readouterr().err and not (tmp_path / "f.yaml").exists()


def test_answers_show_in_labels_as_in_odk(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "hint", "repeat_count"],
         ["select_one yn", "safe", "Safe?"],
         ["integer", "n", "How many?"],
         ["begin repeat", "member", "Member", None, "${n}"],
         ["text", "first", "First name"],
         ["integer", "age", "How old is ${first}?", "You said: ${safe}"],
         ["end repeat"]],
        YN,
    )  # fmt: skip
    iv = start(convert_workbook(path))
    for name, value in (("safe", "no"), ("n", 2), ("first", "Amina"), ("age", 30), ("first", "Beatrice")):
        assert iv.current().prompts[0].name == name
        iv.answer(name, value)
        assert iv.next() == []
    prompt = iv.current().prompts[0]
    assert (prompt.name, prompt.path) == ("age", (1,))
    assert (prompt.label, prompt.hint) == ("How old is Beatrice?", "You said: No")


# --- indicators -----------------------------------------------------------------------------------------


def test_indicator_groups_and_translated_sources_come_in_from_their_sheets(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["select_one who", "who", "Who"], ["select_one yn", "safe", "Safe?"]]
    choices = [*YN, ["who", "ministry", "Ministry"], ["who", "army", "Army"], ["who", "ngo", "NGO"]]
    indicators = [["name", "label", "question", "by", "period", "source::English (en)", "source::Français (fr)", "declined_in"],
                  ["safe_by_who", "Safe, by who", "safe", "who", "quarter", "Pillar 1", "Pilier 1", "no"]]  # fmt: skip
    groups = [["indicator", "question", "group", "choices", "label"],
              ["safe_by_who", "who", "government", "ministry army", "Government"],
              ["safe_by_who", "who", "civil_society", "ngo", "Civil society"],
              ["no_such_indicator", "who", "other", "ngo", "Other"]]  # fmt: skip
    path = book(tmp_path, survey, choices, indicators=indicators, indicator_groups=groups)
    result = convert_workbook(path, ImportOptions())
    assert ("indicator_groups", 4, ErrorCode.FORM_XLSFORM_GROUP) in codes(result)
    form = load_form_text(result.yaml_text(), "f.yaml").form
    (indicator,) = form.indicators
    assert indicator.source == {"en": "Pillar 1", "fr": "Pilier 1"}
    assert indicator.declined_in == "no"
    assert [(g.name, g.choices) for g in indicator.groups["who"]] == [("government", ["ministry", "army"]), ("civil_society", ["ngo"])]
    assert indicator.group_of("who") == {"ministry": "government", "army": "government", "ngo": "civil_society"}
