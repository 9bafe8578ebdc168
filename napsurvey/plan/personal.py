"""Keeping persons out of plan records: field names and text that could point at a person.

Plan records are published as values, so they must name institutions only.
Two checks:

* :func:`person_field` - a field name that could hold a person (``name``,
  ``contact``, ``focal_point``, ``phone``, ``grantee``...). The models have no
  such field; the linter names these with ``PLAN_PERSON_FIELD`` rather than
  the generic "unknown field".
* :func:`personal_data` - in free text: a phone or identity number (a run of
  seven or more digits, alone or in groups; a year range, a date, a document
  symbol such as ``S/2010/498``, a decree number such as ``2025-114`` and an
  amount with its currency are not), an e-mail address, or a person's name
  introduced by a title (Mr, Mme, Dr, السيد...).

The name check is a heuristic: it catches the common ways a name slips into
a narrative, not every name. Narratives are for what institutions did.
"""

from __future__ import annotations

import re

#: Words that, as a field name or a part of one, mean the field could hold a person.
_PERSON_WORDS = frozenset({
    "name", "names", "firstname", "lastname", "surname", "fullname", "person", "persons", "people", "contact",
    "contacts", "focal", "focalpoint", "officer", "official", "email", "mail", "phone", "telephone", "tel",
    "mobile", "whatsapp", "signal", "address", "author", "signatory", "signed", "grantee", "grantees",
    "beneficiary", "beneficiaries", "recipient", "recipients", "informant", "respondent", "interviewee",
    "witness", "survivor", "victim", "staff", "nom", "prenom", "prénom", "personne", "contact_person",
    "id_number", "passport",
})

_DIGITS = re.compile(r"(?<![\w/])\+?\d(?:[ \-.\u00a0\u202f]?\d){6,}(?![\w/])")
_YEARS = re.compile(r"^(?:19|20)\d\d(?:[ \-./]+(?:19|20)\d\d)*$")
_ISO_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
#: A year and a sequence number: how laws, decrees and gazettes are numbered ("decree 2025-114").
_INSTRUMENT = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,5}$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([ ,.\u00a0\u202f])\d{3})(?:\1\d{3})*$")
_CURRENCY_NEAR = re.compile(r"(?:\b[A-Z]{3}\b|[$€£¥]|\bdollars?\b|\beuros?\b|\bfrancs?\b)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,}")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mme|Mlle|Mgr|Madame|Monsieur|Mademoiselle|Docteur|Docteure|"
    r"Professeur|Professeure|Minister|Ministre|Senator|Sénateur|Sénatrice|Judge|Juge|Hon|Honourable|Honorable"
)
_TITLED_NAME = re.compile(rf"(?<![\w])(?:{_TITLES})\.?\s+[{_UPPER}][\w'\-]+")
_NAMED = re.compile(rf"\b(?:named|called|nommée?|appelée?|dénommée?)\s+[{_UPPER}][\w'\-]+")
_ARABIC_TITLED = re.compile(r"(?:السيد|السيدة|الآنسة|الدكتور|الدكتورة|الأستاذ|الأستاذة|المدعو|المدعوة)\s+\S")
#: Words after a title that show it names an office, not a person ("Minister of Defence").
_OFFICE_WORDS = frozenset({"of", "for", "de", "du", "des", "delegate", "délégué", "déléguée"})


def person_field(field: str) -> bool:
    """True when a field named ``field`` could hold a person."""
    key = field.strip().lower().replace("-", "_").replace(" ", "_")
    if key in _PERSON_WORDS:
        return True
    parts = [p for p in key.split("_") if p]
    return any(p in _PERSON_WORDS for p in parts) or key.replace("_", "") in _PERSON_WORDS


def _is_number_like_but_harmless(match: re.Match[str], text: str) -> bool:
    token = match.group(0)
    digits = re.sub(r"\D", "", token)
    if _YEARS.match(token) or _ISO_DATE.match(token) or _INSTRUMENT.match(token):
        return True
    if _THOUSANDS.match(token.lstrip("+")):
        # An amount written with thousands separators, if a currency stands next to it.
        around = text[max(0, match.start() - 12): match.end() + 12]
        return bool(_CURRENCY_NEAR.search(around))
    return len(digits) < 7


def personal_data(text: str) -> list[str]:
    """What in ``text`` could identify a person: 'a phone or ID number', 'an e-mail address',
    'a social-media handle', 'a person's name' (each at most once; empty: nothing found)."""
    found: list[str] = []
    if not text:
        return found
    if any(not _is_number_like_but_harmless(m, text) for m in _DIGITS.finditer(text)):
        found.append("a phone or ID number")
    if _EMAIL.search(text):
        found.append("an e-mail address")
    elif _HANDLE.search(text):
        found.append("a social-media handle")
    titled = any(m.group(0).split()[-1].lower() not in _OFFICE_WORDS for m in _TITLED_NAME.finditer(text))
    if titled or _NAMED.search(text) or _ARABIC_TITLED.search(text):
        found.append("a person's name")
    return found
