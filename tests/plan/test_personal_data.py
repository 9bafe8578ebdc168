"""Text in a plan record is checked for what could identify a person."""

from __future__ import annotations

import pytest

from napsurvey.plan.personal import person_field, personal_data


@pytest.mark.parametrize("text", [
    "Call 0812345678 for details",
    "Hotline +243 81 234 5678",
    "ID card 1234567",
    "Tél. 06 12 34 56 78",
    "Passport A1234567 then 2345-6789",
])
def test_phone_and_id_numbers_are_found(text: str) -> None:
    assert "a phone or ID number" in personal_data(text)


@pytest.mark.parametrize("text", [
    "The plan runs 2026-2030 under S/2010/498.",
    "Adopted on 2025-11-25 by decree no. 2025-114.",
    "The ministry allocated 1,200,000 EXD in 2026.",
    "Un budget de 1 200 000 EXD a été alloué.",
    "Official Gazette no. 37 of 2026, p. 12",
    "See https://example.org/docs/2026/1234567 for the report",
])
def test_years_dates_symbols_links_and_amounts_with_a_currency_are_not(text: str) -> None:
    assert personal_data(text) == []


@pytest.mark.parametrize("text", [
    "Ask Mr Dupont at the ministry",
    "Selon Mme Kabila, la loi avance",
    "Dr. Amina confirmed it",
    "A woman named Fatima reported it",
    "قالت السيدة فاطمة إن القانون تأخر",
])
def test_names_introduced_by_a_title_are_found(text: str) -> None:
    assert "a person's name" in personal_data(text)


@pytest.mark.parametrize("text", [
    "The Minister of Defence signed the order",
    "Ministry of Justice, Directorate of Criminal Affairs",
    "Le Ministre de la Justice a signé",
])
def test_offices_are_not_names(text: str) -> None:
    assert personal_data(text) == []


def test_mail_addresses_and_handles_are_found() -> None:
    assert personal_data("write to desk@example.org") == ["an e-mail address"]
    assert personal_data("follow @amina_k") == ["a social-media handle"]


@pytest.mark.parametrize("field", ["name", "contact", "focal_point", "Contact person", "phone", "e-mail", "grantee",
                                   "officer_name", "nom"])
def test_fields_that_could_hold_a_person(field: str) -> None:
    assert person_field(field)


@pytest.mark.parametrize("field", ["title", "institution", "unit", "budget_line", "colour"])
def test_fields_that_cannot(field: str) -> None:
    assert not person_field(field)
