"""XLSForm vocabulary: column headers, question types and settings, and what each maps to.

XLSForm has grown many spellings for the same thing over the years
(``list name`` / ``list_name``, ``jr:constraintMsg`` / ``constraint_message``,
``bind:relevant`` / ``bind::relevant``, ``label:English`` /
``label::English (en)``, ``select one from x`` / ``select_one x``, ``gps`` /
``geopoint``, ``imei`` / ``deviceid``). This module turns each spelling into
the one column or type of our form format, or into the category of thing we
refuse (and why: see :mod:`napsurvey.forms.xlsform_support`).
"""

from __future__ import annotations

import re
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

    @property
    def key(self) -> tuple[str, str, str | None]:
        """What the column holds: two columns with one key are one column written twice."""
        return (self.kind, self.name or self.header.lower(), self.language)


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
SURVEY_COLUMNS = frozenset(ROW_ORDER) - frozenset(TRANSLATED_COLUMNS) | {"parameters"}

#: Other spellings of our columns (lower-case, spaces as underscores, ``bind:`` as ``bind::``).
ALIASES: dict[str, str] = {
    "list_name": "list_name",
    "value": "name",
    "caption": "label",
    "jr:constraintmsg": "constraint_message",
    "constraintmsg": "constraint_message",
    "constraining_message": "constraint_message",
    "jr:requiredmsg": "required_message",
    "requiredmsg": "required_message",
    "jr:count": "repeat_count",
    "count": "repeat_count",
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
        "trigger",
        "autoplay",
        "rows",
        "intent",
        "save_to",
        "noapperrorstring",
        "no_app_error_string",
        "image-description",
        "when",
        "buttontext",
        "sms_field",
        "sms_option",
        "compact_tag",
    }
)

_TRANSLATABLE = frozenset(TRANSLATED_COLUMNS)
_SINGLE_COLON_PREFIX = re.compile(r"^(bind|control|body|instance|media)::?(?=[^:])")


def _key(text: str) -> str:
    key = "_".join(re.sub(r"\s*:\s*", ":", text.strip().lower()).split())
    return _SINGLE_COLON_PREFIX.sub(r"\1::", key)  # bind:relevant is bind::relevant


def parse_header(header: object, *, extra: frozenset[str] = frozenset(), translated: frozenset[str] = frozenset()) -> Column:
    """Classify one header cell of the survey, choices or indicators sheet.

    ``extra`` holds the plain column names this sheet accepts besides the
    translated ones (``SURVEY_COLUMNS`` for the survey sheet); ``translated``
    the columns that are translated on this sheet only (an indicator's
    ``source`` and ``description``).
    """
    text = "" if header is None else str(header).strip()
    if not text:
        return Column(text, "ignored")
    key = _key(text)
    key = ALIASES.get(key, key)
    translatable = _TRANSLATABLE | translated
    if key in translatable:
        return Column(text, "translated", key, None)
    if key in extra:
        return Column(text, "column", key)
    head, sep, rest = text.partition("::")
    if not sep:
        head, sep, rest = text.partition(":")
    if sep:
        head_key = ALIASES.get(_key(head), _key(head))
        lang = rest.strip()
        if head_key in translatable and lang and ":" not in lang:
            return Column(text, "translated", head_key, language_code(lang))
        if head_key in UNSUPPORTED_COLUMNS:
            return Column(text, "unsupported", head_key)
        return Column(text, "unknown", key)
    if key in UNSUPPORTED_COLUMNS:
        return Column(text, "unsupported", key)
    return Column(text, "unknown", key)


# --- question types ----------------------------------------------------------

TypeKind = Literal[
    "question", "select", "select_file", "select_external", "metadata", "identifier", "location", "media",
    "mapped", "unsupported", "unknown", "empty",
]  # fmt: skip

#: Every spelling of a question type (lower-case, words joined by ``_``) -> (kind, our type).
#: Kinds other than question, select, mapped are not imported; the support
#: table (docs/xlsform-import.md) says why for each.
TYPES: dict[str, tuple[TypeKind, str]] = {
    # asked as they are
    **{spelling: ("question", "text") for spelling in ("text", "string", "q_string", "add_text_prompt")},
    **{spelling: ("question", "integer") for spelling in ("integer", "int", "q_int", "add_integer_prompt")},
    **{spelling: ("question", "decimal") for spelling in ("decimal", "q_decimal", "add_decimal_prompt")},
    **{spelling: ("question", "date") for spelling in ("date", "q_date", "add_date_prompt")},
    **{spelling: ("question", "note") for spelling in ("note", "q_note", "add_note_prompt")},
    **{spelling: ("question", "calculate") for spelling in ("calculate", "q_calculate", "add_calculate_prompt")},
    **{spelling: ("question", "acknowledge") for spelling in ("acknowledge", "trigger", "q_acknowledge", "add_acknowledge_prompt")},
    "begin_group": ("question", "begin_group"),
    "end_group": ("question", "end_group"),
    "begin_repeat": ("question", "begin_repeat"),
    "end_repeat": ("question", "end_repeat"),
    "begin_lgroup": ("question", "begin_repeat"),
    "end_lgroup": ("question", "end_repeat"),
    "begin_looped_group": ("question", "begin_repeat"),
    "end_looped_group": ("question", "end_repeat"),
    # the choice list follows (maybe after "from" or "using")
    **{spelling: ("select", "select_one") for spelling in (
        "select_one", "select1", "q_select1", "select_one_using", "add_select_one_prompt_using",
    )},  # fmt: skip
    **{spelling: ("select", "select_multiple") for spelling in (
        "select_multiple", "select_all_that_apply", "q_select", "select_multiple_using",
        "add_select_multiple_prompt_using",
    )},  # fmt: skip
    "select_one_from_file": ("select_file", "select_one"),
    "select_multiple_from_file": ("select_file", "select_multiple"),
    "select_one_external": ("select_external", "select_one"),
    # generalised: imported as another type, with what keeps their meaning
    **{spelling: ("mapped", "date") for spelling in (
        "datetime", "date_time", "q_date_time", "q_datetime", "add_date_time_prompt", "add_datetime_prompt",
    )},  # fmt: skip
    "range": ("mapped", "range"),
    "phone_number": ("mapped", "phone_number"),
    "percentage": ("mapped", "percentage"),
    # metadata the phone records by itself: nothing a respondent said
    **{spelling: ("metadata", spelling) for spelling in ("start", "end", "today", "audit", "start_time", "end_time")},
    "get_start_time": ("metadata", "start"),
    "get_end_time": ("metadata", "end"),
    "get_today": ("metadata", "today"),
    # identifiers of the device or the monitor: never recorded
    **{spelling: ("identifier", spelling.replace("uri:", "")) for spelling in (
        "deviceid", "uri:deviceid", "subscriberid", "uri:subscriberid", "simserial", "uri:simserial",
        "phonenumber", "uri:phonenumber", "username", "uri:username", "email", "uri:email", "instanceid",
    )},  # fmt: skip
    **{spelling: ("identifier", "deviceid") for spelling in ("imei", "device_id", "get_device_id")},
    **{spelling: ("identifier", "subscriberid") for spelling in ("subscriber_id", "get_subscriber_id")},
    **{spelling: ("identifier", "simserial") for spelling in ("sim_id", "get_sim_id")},
    "get_phone_number": ("identifier", "phonenumber"),
    # positions: never collected (or, with --places, asked as a place)
    **{spelling: ("location", "geopoint") for spelling in (
        "geopoint", "gps", "location", "q_geopoint", "q_location", "add_location_prompt",
    )},  # fmt: skip
    **{spelling: ("location", spelling.removeprefix("q_")) for spelling in ("geotrace", "geoshape", "q_geotrace", "q_geoshape")},
    **{spelling: ("location", spelling) for spelling in ("start-geopoint", "background-geopoint", "osm")},
    # media and scans: never collected
    **{spelling: ("media", "image") for spelling in ("image", "photo", "q_picture", "q_image", "add_image_prompt", "add_photo_prompt")},
    **{spelling: ("media", "audio") for spelling in ("audio", "q_audio", "add_audio_prompt", "background-audio")},
    **{spelling: ("media", "video") for spelling in ("video", "q_video", "add_video_prompt")},
    **{spelling: ("media", "file") for spelling in ("file", "add_file_prompt")},
    **{spelling: ("media", "barcode") for spelling in ("barcode", "q_barcode", "add_barcode_prompt")},
    # not supported
    **{spelling: ("unsupported", spelling) for spelling in (
        "time", "rank", "hidden", "xml-external", "csv-external", "begin_loop", "end_loop",
    )},  # fmt: skip
}

#: Words that may sit between a select type and its list (``select one from x``, ``select one using x``).
_LIST_MARKERS = frozenset({"from", "using"})


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
    for size in range(min(len(words), 6), 0, -1):
        head = "_".join(lowered[:size])
        rest = words[size:]
        if rest and rest[0].lower() in _LIST_MARKERS:
            rest = rest[1:]
        known = TYPES.get(head)
        if known is None:
            if head == "begin" and rest and rest[0].lower() == "loop":
                return ParsedType(raw, "unsupported", "begin_loop")
            continue
        kind, base = known
        if kind in ("select", "select_file", "select_external"):
            if len(rest) == 1:
                return ParsedType(raw, kind, base, rest[0], or_other)
            continue
        if rest and kind in ("question", "metadata", "mapped"):
            # "begin group name" was split: a type never takes words after it (but a repeat's old spelling may)
            continue
        return ParsedType(raw, kind, base, None, or_other)
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
        "allow_choice_duplicates",
    }
)

#: Settings read and left out, each with its line (the support table says why).
DROPPED_SETTINGS = frozenset({"instance_name"})

#: Other spellings of settings (lower-case, words joined by ``_``).
SETTINGS_ALIASES = {"id_string": "form_id", "set_form_id": "form_id", "title": "form_title", "set_form_title": "form_title"}

#: Columns of the optional ``indicators`` sheet (besides the translated ``label`` and ``description``).
INDICATOR_COLUMNS = frozenset({"name", "question", "by", "period", "declined_in", "dhis2"})

#: Columns of the indicators sheet that are translated there (``source::Français (fr)``).
INDICATOR_TRANSLATED = frozenset({"source", "description"})

#: Columns of the optional ``indicator_groups`` sheet (one row a group; besides its translated ``label``).
GROUP_COLUMNS = frozenset({"indicator", "question", "group", "choices"})
