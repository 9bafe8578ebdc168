"""Every coded refusal the desktop app can show reads in French and in Arabic, with its parameters and its code."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import error_catalog, error_catalog_source, i18n
from napsurvey.gui.error_catalog import CATALOGUE, EXCLUDED
from napsurvey.gui.messages import error_text

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _marked_literals() -> dict[str, str]:
    """``{code name: literal}`` as written in the catalogue's source, where the extractor reads them."""
    tree = ast.parse(open(error_catalog.__file__, encoding="utf-8").read())
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values):
            if not (isinstance(key, ast.Attribute) and isinstance(value, ast.Call)):
                continue
            if not (isinstance(value.func, ast.Name) and value.func.id == "QT_TRANSLATE_NOOP"):
                continue
            context, text = (arg.value if isinstance(arg, ast.Constant) else None for arg in value.args)
            assert context == "ErrorCode", key.attr
            assert isinstance(text, str), f"{key.attr}: the template must be a literal string"
            found[key.attr] = text
    return found


#: Every interface language with a catalogue of its own (English is the source).
TRANSLATED = [code for code in i18n.available_languages() if code != "en"]


@pytest.fixture(params=TRANSLATED)
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = i18n.Translations(qapp)
    assert translations.apply(request.param) == request.param
    yield request.param
    translations.apply("en")


def test_the_catalogue_module_is_generated_from_the_enum() -> None:
    text = open(error_catalog.__file__, encoding="utf-8").read()
    assert text == error_catalog_source.render(), "run: python -m napsurvey.gui.error_catalog_source"


def test_french_and_arabic_are_translated_languages() -> None:
    assert "fr" in TRANSLATED and "ar" in TRANSLATED


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.Translations(qapp)
    assert translations.apply("fr") == "fr"
    yield
    translations.apply("en")


def test_the_catalogue_marks_every_code_but_the_excluded_ones_with_its_exact_template() -> None:
    literals = _marked_literals()
    expected = {code.name for code in ErrorCode} - {code.name for code in EXCLUDED}
    assert set(literals) == expected, "add the new code to napsurvey/gui/error_catalog.py and translate it"
    changed = [name for name, text in literals.items() if text != ErrorCode[name].template]
    assert changed == [], "copy the new template into error_catalog.py, then translate it again"
    assert all(CATALOGUE[code] == code.template for code in CATALOGUE)
    assert not set(CATALOGUE) & set(EXCLUDED)


def test_a_wrong_passphrase_reads_in_french_without_the_english_delay(french: None) -> None:
    exc = NapError(ErrorCode.VAULT_WRONG_PASSPHRASE, delay="; wait 4 s before the next attempt")
    # The unlock screen counts the delay down in its own words; the English one must not leak in.
    assert error_text(exc) == "Phrase secrète incorrecte (VAULT_WRONG_PASSPHRASE)"


def test_a_tampered_bundle_names_its_file_in_french(french: None) -> None:
    exc = NapError(ErrorCode.BUNDLE_TAMPERED, path="napsurvey-2024-05-02.nsb")
    assert error_text(exc) == "napsurvey-2024-05-02.nsb : le fichier a été modifié après sa création (BUNDLE_TAMPERED)"


def test_a_broken_constraint_names_the_question_and_keeps_the_forms_own_message(french: None) -> None:
    exc = NapError(ErrorCode.INTERVIEW_CONSTRAINT, name="age", message="l'âge doit être entre 15 et 49 ans")
    assert error_text(exc) == "Question 'age' : l'âge doit être entre 15 et 49 ans (INTERVIEW_CONSTRAINT)"


def test_a_kit_from_another_coordinator_is_refused_in_french(french: None) -> None:
    exc = NapError(ErrorCode.KIT_OTHER_COORDINATOR, path="kit-district-nord.napkit")
    assert error_text(exc) == (
        "kit-district-nord.napkit : le kit est signé par un autre coordinateur que celui déjà installé "
        "(KIT_OTHER_COORDINATOR)"
    )


def test_every_catalogued_code_reads_in_each_language_with_all_its_parameters(translated: str) -> None:
    english_left = []
    for code in CATALOGUE:
        names = _PLACEHOLDER.findall(code.template)
        params = {name: f"<{name}>" for name in names}
        text = error_text(NapError(code, **params))
        assert text.endswith(f" ({code.name})"), text
        shown = [name for name in names if f"<{name}>" in text]
        hidden = {"delay"} if code is ErrorCode.VAULT_WRONG_PASSPHRASE else set()
        assert sorted(shown) == sorted(set(names) - hidden), text
        assert "{" not in text and "}" not in text, text
        message = NapError(code, **params).message
        shown_text = text[: -len(f" ({code.name})")]
        # A template of placeholders alone ("{field}: {reason}") has no words to translate.
        has_words = re.search("[A-Za-z]{3}", _PLACEHOLDER.sub("", code.template))
        if has_words and shown_text.lower() == message.lower():
            english_left.append(code.name)
        if translated == "ar" and has_words and not re.search("[\u0600-\u06ff]", shown_text):
            english_left.append(code.name)
    assert english_left == []


def test_a_wrong_passphrase_reads_in_arabic(qapp: QApplication) -> None:
    translations = i18n.Translations(qapp)
    assert translations.apply("ar") == "ar"
    try:
        text = error_text(NapError(ErrorCode.VAULT_WRONG_PASSPHRASE, delay="; wait 4 s before the next attempt"))
    finally:
        translations.apply("en")
    assert text.endswith(" (VAULT_WRONG_PASSPHRASE)") and "wait" not in text
    assert re.search("[\u0600-\u06ff]", text)


def test_an_excluded_code_keeps_its_english_message_and_code(french: None) -> None:
    exc = NapError(ErrorCode.CLI_FILE, path="card.json", reason="the file is far too large")
    assert error_text(exc) == "card.json: the file is far too large (CLI_FILE)"


def test_in_english_the_message_is_the_template_filled_in(qapp: QApplication) -> None:
    exc = NapError(ErrorCode.BUNDLE_REPLAYED, path="b.nsb", when="2024-05-02")
    assert error_text(exc) == "b.nsb: already imported on 2024-05-02 (BUNDLE_REPLAYED)"
