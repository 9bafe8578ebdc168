"""XLSForm vocabulary: column headers, question types and settings, and what each maps to.

XLSForm has grown many spellings for the same thing over the years
(``list name`` / ``list_name``, ``jr:constraintMsg`` / ``constraint_message``,
``label:English`` / ``label::English (en)``, ``select one from x`` /
``select_one x``). This module turns each spelling into the one column or type
name of our form format, or says why it cannot be imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from napsurvey.forms.model import TRANSLATED_COLUMNS, language_code

ColumnKind = Literal["column", "translated", "unsupported", "unknown", "ignored"]


@dataclass(frozen=True)
class Column:
    """What one header cell means.

    ``kind`` is ``column`` (a plain column of our format, ``name`` holds it),
    ``translated`` (``name`` plus a ``language``; ``language`` is None for the
    form's default language), ``unsupported`` (a known XLSForm column we do not
    import), ``unknown`` (not an XLSForm column we know) or ``ignored`` (an
    empty header).
    """

    header: str
    kind: ColumnKind
    name: str = ""
    language: str | None = None


#: Order of a survey row's keys in the output (readable, like a hand-written form).
ROW_ORDER = (
    "type",
    "name",
    "label",
    "hint",
    "guidance_hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "calculation",
    "choice_filter",
    "appearance",
    "default",
    "repeat_count",
    "read_only",
    "privacy",
    "bands",
    "admin_level",
    "source",
)

#: Survey columns of our format (besides the translated ones): one list serves both.
SURVEY_COLUMNS = frozenset(ROW_ORDER) - frozenset(TRANSLATED_COLUMNS)

#: Other spellings of our columns (lower-case, spaces as underscores).
ALIASES: dict[str, str] = {
    "list_name": "list_name",
    "jr:constraintmsg": "constraint_message",
    "constraintmsg": "constraint_message",
    "jr:requiredmsg": "required_message",
    "requiredmsg": "required_message",
    "jr:count": "repeat_count",
    "control::jr:count": "repeat_count",
    "bind::relevant": "relevant",
    "bind::required": "required",
    "bind::constraint": "constraint",
    "bind::calculate": "calculation",
    "bind::readonly": "read_only",
    "bind::jr:constraintmsg": "constraint_message",
    "bind::jr:requiredmsg": "required_message",
    "control::appearance": "appearance",
    "readonly": "read_only",
    "calculate": "calculation",
    "relevance": "relevant",
    "guidance": "guidance_hint",
}

#: Known XLSForm columns (or column prefixes before ``::``) that we do not import.
UNSUPPORTED_COLUMNS = frozenset(
    {
        "media",
        "image",
        "big-image",
        "audio",
        "video",
        "bind",
        "body",
        "control",
        "instance",
        "parameters",
        "trigger",
        "autoplay",
        "rows",
        "intent",
        "save_to",
    }
)

#: Languages of translated columns are written ``label::English (en)``; very
#: old forms use a single colon (``label:english``).
_TRANSLATABLE = frozenset(TRANSLATED_COLUMNS)


def _key(text: str) -> str:
    return "_".join(text.strip().lower().split())


def parse_header(header: object, *, extra: frozenset[str] = frozenset()) -> Column:
    """Classify one header cell of the survey, choices or indicators sheet.

    ``extra`` holds the plain column names this sheet accepts besides the
    translated ones (``SURVEY_COLUMNS`` for the survey sheet).
    """
    text = "" if header is None else str(header).strip()
    if not text:
        return Column(text, "ignored")
    key = _key(text)
    key = ALIASES.get(key, key)
    if key in _TRANSLATABLE:
        return Column(text, "translated", key, None)
    if key in extra:
        return Column(text, "column", key)
    head, sep, rest = text.partition("::")
    if not sep:
        head, sep, rest = text.partition(":")
    if sep:
        head_key = ALIASES.get(_key(head), _key(head))
        lang = rest.strip()
        if head_key in _TRANSLATABLE and lang and ":" not in lang:
            return Column(text, "translated", head_key, language_code(lang))
        if head_key in UNSUPPORTED_COLUMNS:
            return Column(text, "unsupported", head_key)
        return Column(text, "unknown", key)
    if key in UNSUPPORTED_COLUMNS:
        return Column(text, "unsupported", key)
    return Column(text, "unknown", key)


# --- question types ----------------------------------------------------------

#: XLSForm types that map one-to-one onto ours (after lower-casing and
#: joining words with underscores).
TYPE_ALIASES: dict[str, str] = {
    "text": "text",
    "string": "text",
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "note": "note",
    "calculate": "calculate",
    "acknowledge": "acknowledge",
    "trigger": "acknowledge",
    "begin_group": "begin_group",
    "end_group": "end_group",
    "begin_repeat": "begin_repeat",
    "end_repeat": "end_repeat",
}

#: Spellings of the two select types; the choice list follows (maybe after ``from``).
SELECT_ALIASES: dict[str, str] = {
    "select_one": "select_one",
    "select1": "select_one",
    "select_multiple": "select_multiple",
    "select_all_that_apply": "select_multiple",
}

#: Metadata the phone records by itself. We need none of it: dropping the row
#: loses nothing a respondent said.
METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "uri:deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "uri:username",
        "email",
        "uri:email",
        "audit",
        "start-geopoint",
        "background-geopoint",
        "instanceid",
    }
)

#: Question types that collect something we cannot (yet) collect.
UNSUPPORTED_TYPES = frozenset(
    {
        "geopoint",
        "geotrace",
        "geoshape",
        "image",
        "audio",
        "video",
        "file",
        "barcode",
        "range",
        "rank",
        "time",
        "datetime",
        "select_one_from_file",
        "select_multiple_from_file",
        "select_one_external",
        "osm",
        "hidden",
        "xml-external",
        "csv-external",
        "background-audio",
        "begin_loop",
        "end_loop",
    }
)

#: XLSForm types we import under another type, with what we add to keep their meaning.
MAPPED_TYPES: dict[str, tuple[str, str]] = {
    # pyxform's "phone number" is a text input restricted to digits.
    "phone_number": ("text", "regex(., '^[0-9+ ()-]*$')"),
}

TypeKind = Literal["question", "select", "metadata", "unsupported", "mapped", "unknown", "empty"]


@dataclass(frozen=True)
class ParsedType:
    """The meaning of a ``type`` cell."""

    raw: str
    kind: TypeKind
    base: str
    list_name: str | None = None
    or_other: bool = False


def parse_type(cell: str) -> ParsedType:
    """Read a ``type`` cell: ``select one from yes_no or specify other`` -> select_one yes_no, or_other."""
    words = cell.split()
    if not words:
        return ParsedType(cell, "empty", "")
    raw = " ".join(words)
    or_other = False
    if words[-1].lower() == "or_other":
        or_other, words = True, words[:-1]
    elif [w.lower() for w in words[-3:]] == ["or", "specify", "other"]:
        or_other, words = True, words[:-3]
    lowered = [w.lower() for w in words]
    # The longest leading run of words that names a type ("select all that apply").
    for size in range(min(len(words), 4), 0, -1):
        head = "_".join(lowered[:size])
        rest = words[size:]
        if rest and rest[0].lower() == "from":
            rest = rest[1:]
        if head in SELECT_ALIASES and len(rest) == 1:
            return ParsedType(raw, "select", SELECT_ALIASES[head], rest[0], or_other)
        if rest:
            if head in UNSUPPORTED_TYPES:
                return ParsedType(raw, "unsupported", head)
            if head == "begin" and rest[0].lower() == "loop":
                return ParsedType(raw, "unsupported", "begin_loop")
            continue
        if head in TYPE_ALIASES:
            return ParsedType(raw, "question", TYPE_ALIASES[head], None, or_other)
        if head in METADATA_TYPES:
            return ParsedType(raw, "metadata", head)
        if head in UNSUPPORTED_TYPES:
            return ParsedType(raw, "unsupported", head)
        if head in MAPPED_TYPES:
            return ParsedType(raw, "mapped", head)
    return ParsedType(raw, "unknown", lowered[0] if lowered else "")


# --- settings -------------------------------------------------------------

#: Settings columns of our format.
SETTINGS_COLUMNS = frozenset(
    {
        "form_id",
        "form_title",
        "version",
        "default_language",
        "sensitivity",
        "consent_question",
        "retention_days",
        "source",
        "style",
        "instance_name",
    }
)

#: Columns of the optional ``indicators`` sheet (besides the translated ``label`` and ``description``).
INDICATOR_COLUMNS = frozenset({"name", "question", "by", "period", "source", "dhis2"})
