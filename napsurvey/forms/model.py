"""Pydantic models of a form: an XLSForm workbook written as YAML.

A form file has the top-level keys ``settings``, ``survey`` and ``choices``
(XLSForm's sheets) plus napsurvey's additions ``consent``, ``referral``,
``child_protocol`` and ``indicators``. Column names are XLSForm's. Translated
text may be written three ways, all normalised to ``{language: text}``:

* ``label: Age`` (the form's default language),
* ``label: {en: Age, fr: Âge}``,
* XLSForm columns ``label::English (en): Age`` / ``label::Français (fr): Âge``.

These models check shape only; cross-references and expressions are checked
by :mod:`napsurvey.forms.lint`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: Columns whose text is translated.
TRANSLATED_COLUMNS = ("label", "hint", "constraint_message", "required_message", "guidance_hint")

Text = dict[str, str]
"""Translated text: language code -> text."""

NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.\-]*$"
#: What a declined answer is stored as (see napsurvey.privacy.anonymise.DECLINED).
DECLINED_VALUE = "__declined__"
_LANG_IN_PARENS = re.compile(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")

#: Base types a survey row may have (after normalising spaces to underscores).
QUESTION_TYPES = frozenset(
    {"text", "integer", "decimal", "date", "select_one", "select_multiple", "note", "calculate", "acknowledge"}
)
BLOCK_TYPES = frozenset({"begin_group", "end_group", "begin_repeat", "end_repeat"})
SELECT_TYPES = frozenset({"select_one", "select_multiple"})

#: Instances one repeat may have (a household roster, the plots of a farm: tens, rarely hundreds).
MAX_REPEAT_COUNT = 1000
#: Instances of all the repeats of one interview together (nested repeats multiply).
MAX_INSTANCES = 10_000


def language_code(column_suffix: str) -> str:
    """``'Français (fr)'`` -> ``'fr'``; ``'fr'`` -> ``'fr'``; ``'English'`` -> ``'English'``."""
    match = _LANG_IN_PARENS.search(column_suffix)
    return match.group(1) if match else column_suffix.strip()


def _as_text(value: Any, default_language: str) -> Any:
    if value is None:
        return {}
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return {default_language: str(value)}
    if isinstance(value, dict):
        return {language_code(str(k)): ("" if v is None else str(v)) for k, v in value.items()}
    return value


def normalise_row(row: Any, default_language: str) -> Any:
    """Fold ``label::Lang (xx)`` columns and plain strings into ``{xx: text}``."""
    if not isinstance(row, dict):
        return row
    out: dict[str, Any] = {}
    for key, value in row.items():
        key = str(key)
        column, sep, lang = key.partition("::")
        if sep and column in TRANSLATED_COLUMNS:
            texts = out.setdefault(column, {})
            if isinstance(texts, dict):
                texts[language_code(lang)] = "" if value is None else str(value)
            continue
        if column in TRANSLATED_COLUMNS:
            text = _as_text(value, default_language)
            existing = out.get(column)
            if isinstance(existing, dict) and isinstance(text, dict):
                text = {**text, **existing}
            out[column] = text
        else:
            out[key] = value
    return out


def _group_texts(groups: Any, lang: str) -> Any:
    """Normalise the labels of an indicator's choice groups like every other text."""
    if not isinstance(groups, dict):
        return groups
    return {
        question: [{**g, "label": _as_text(g["label"], lang)} if isinstance(g, dict) and "label" in g else g
                   for g in items] if isinstance(items, list) else items
        for question, items in groups.items()
    }


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, populate_by_name=True)


class Settings(_Strict):
    """The ``settings`` sheet."""

    form_id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    form_title: Text
    version: Annotated[str, Field(min_length=1, max_length=40)]
    default_language: Annotated[str, Field(min_length=2, max_length=40)] = "en"
    languages: list[str] = Field(default_factory=list, description="Languages every text must have; default: those used")
    sensitivity: Literal["normal", "high"] = "normal"
    consent_question: str | None = Field(None, description="Shorthand for consent.question")
    retention_days: int | None = Field(None, ge=0, description="Purge exported, acknowledged records after N days; None keeps them")
    source: str | None = Field(None, description="Where the form's indicators come from")
    description: Text = Field(default_factory=dict)
    style: str | None = None
    instance_name: str | None = None
    allow_choice_duplicates: bool = Field(False, description="A choice list may hold one name twice (cascading lists)")

    @field_validator("form_title", "description", mode="before")
    @classmethod
    def _text(cls, v: Any) -> Any:
        return _as_text(v, "en") if not isinstance(v, dict) else _as_text(v, "en")


class SurveyRow(_Strict):
    """One row of the ``survey`` sheet: a question, a note, or a block boundary."""

    type: Annotated[str, Field(min_length=1)]
    name: Annotated[str, Field(pattern=NAME_PATTERN, max_length=64)] | None = None
    label: Text = Field(default_factory=dict)
    hint: Text = Field(default_factory=dict)
    guidance_hint: Text = Field(default_factory=dict)
    required: bool | str = False
    required_message: Text = Field(default_factory=dict)
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Text = Field(default_factory=dict)
    calculation: str | None = None
    choice_filter: str | None = None
    appearance: str | None = None
    default: str | int | float | None = None
    repeat_count: str | int | None = None
    read_only: bool | str = False
    # napsurvey additions
    privacy: Literal["identifier", "quasi"] | None = None
    bands: list[float] | None = Field(None, description="Band edges for a quasi-identifying number")
    admin_level: str | None = Field(None, description="Choice column holding the coarser place for a quasi place")
    source: str | None = Field(None, description="Citation of the indicator this question serves")

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = " ".join(v.split())
            head, _, rest = v.partition(" ")
            if head in ("begin", "end") and rest in ("group", "repeat"):
                return f"{head}_{rest}"
            return v
        return v

    @field_validator("required", "read_only", mode="before")
    @classmethod
    def _flag(cls, v: Any) -> Any:
        if v is None:
            return False
        if isinstance(v, str) and v.strip().lower() in ("yes", "true", "true()", "y", "1"):
            return True
        if isinstance(v, str) and v.strip().lower() in ("no", "false", "false()", "n", "0", ""):
            return False
        return v

    @property
    def base_type(self) -> str:
        """``'select_one yes_no'`` -> ``'select_one'``."""
        return self.type.split(" ", 1)[0]

    @property
    def list_name(self) -> str | None:
        """Choice list of a select question (``'yes_no'``), else None."""
        parts = self.type.split(" ")
        if parts[0] in SELECT_TYPES and len(parts) > 1:
            return parts[1]
        return None

    @property
    def is_question(self) -> bool:
        """True for rows that hold an answer or show something (not block edges)."""
        return self.base_type not in BLOCK_TYPES

    @property
    def is_field_list(self) -> bool:
        """A group shown on one screen (XLSForm ``appearance: field-list``, or ``table-list``, its grid form)."""
        return self.base_type == "begin_group" and bool({"field-list", "table-list"} & set((self.appearance or "").split()))


class Choice(BaseModel):
    """One option of a choice list. Extra columns (for ``choice_filter`` or admin levels) are kept."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    name: str
    label: Text = Field(default_factory=dict)

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> Any:
        # XLSForm allows numeric choice names; YAML reads them as numbers.
        if isinstance(v, bool):
            return "yes" if v else "no"
        if isinstance(v, (int, float)):
            return str(int(v)) if float(v).is_integer() else str(v)
        return v

    def extra(self, column: str) -> Any:
        """Value of an extra column (``None`` if absent)."""
        return (self.model_extra or {}).get(column)


class Consent(_Strict):
    """WHO recommendation 6: the consent gate."""

    question: str
    agree: str = "yes"
    on_refusal: Text = Field(default_factory=dict, description="Shown when consent is refused; nothing but a count is kept")


class Referral(_Strict):
    """WHO recommendation 3: services before disclosure."""

    required: bool | None = Field(None, description="A directory must exist before the form starts (default: yes for high sensitivity)")
    area_question: str | None = Field(None, description="Question whose answer picks the directory area")
    intro: Text = Field(default_factory=dict, description="Text above the referral list")


class ChildProtocol(_Strict):
    """WHO recommendation 8: what happens when the respondent is under 18."""

    age_question: str
    adult_age: int = Field(18, ge=1, le=25)
    action: Literal["end", "route"] = "end"
    group: str | None = Field(None, description="With action: route, the only group asked of children")
    message: Text = Field(default_factory=dict, description="Said kindly when the interview ends or is routed")


class ChoiceGroup(_Strict):
    """Choices of a question counted together in one indicator (e.g. ministries as "government")."""

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    label: Text
    choices: Annotated[list[str], Field(min_length=1)]

    @field_validator("choices", mode="before")
    @classmethod
    def _names(cls, v: Any) -> Any:
        # Choice names may be numbers in YAML, as in the choices sheet.
        if isinstance(v, list):
            return [str(int(c)) if isinstance(c, float) and c.is_integer() else str(c)
                    if isinstance(c, (int, float)) and not isinstance(c, bool) else c for c in v]
        return v


class Indicator(_Strict):
    """A fixed table the form feeds: question × up to two disaggregations × period."""

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    label: Text
    question: str
    by: list[str] = Field(default_factory=list)
    period: Literal["month", "quarter", "year"] = "month"
    groups: dict[str, list[ChoiceGroup]] = Field(
        default_factory=dict,
        description="Per question (the indicator's question or one of its disaggregations): its choices "
        "counted in groups; every choice in exactly one group",
    )
    declined_in: str | None = Field(
        None,
        description="Count declined answers to the question with this value (a choice or group, usually "
        "dont_know) instead of as a row of their own",
    )
    source: Text = Field(default_factory=dict, description="Where the indicator comes from, in each language")
    description: Text = Field(default_factory=dict)
    dhis2: str | None = Field(None, description="Optional default DHIS2 data element uid")

    def group_of(self, question: str) -> dict[str, str]:
        """Stored value -> value shown in the table, for one of the indicator's questions.

        Grouped choices map to their group; for the indicator's own question a
        declined answer maps to :attr:`declined_in` when it is set. Values not
        in the mapping are shown as they are.
        """
        mapping = {choice: group.name for group in self.groups.get(question, []) for choice in group.choices}
        if question == self.question and self.declined_in is not None:
            mapping[DECLINED_VALUE] = self.declined_in
        return mapping


class Form(_Strict):
    """A whole form file."""

    settings: Settings
    survey: list[SurveyRow]
    choices: dict[str, list[Choice]] = Field(default_factory=dict)
    consent: Consent | None = None
    referral: Referral | None = None
    child_protocol: ChildProtocol | None = None
    indicators: list[Indicator] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        settings = data.get("settings")
        lang = "en"
        if isinstance(settings, dict):
            lang = str(settings.get("default_language") or "en")
            settings = dict(settings)
            for key in ("form_title", "description"):
                if key in settings:
                    settings[key] = _as_text(settings[key], lang)
            data = {**data, "settings": settings}
        survey = data.get("survey")
        if isinstance(survey, list):
            data = {**data, "survey": [normalise_row(r, lang) for r in survey]}
        choices = data.get("choices")
        if isinstance(choices, dict):
            data = {
                **data,
                "choices": {
                    k: ([normalise_row(c, lang) for c in v] if isinstance(v, list) else v) for k, v in choices.items()
                },
            }
        for block in ("consent", "referral", "child_protocol"):
            value = data.get(block)
            if isinstance(value, dict):
                data = {**data, block: normalise_row(value, lang)}
                for key in ("on_refusal", "intro", "message"):
                    if key in data[block]:
                        data[block][key] = _as_text(data[block][key], lang)
        indicators = data.get("indicators")
        if isinstance(indicators, list):
            data = {
                **data,
                "indicators": [
                    {**i, **{k: _as_text(i[k], lang) for k in ("label", "description", "source") if k in i},
                     **({"groups": _group_texts(i["groups"], lang)} if "groups" in i else {})}
                    if isinstance(i, dict)
                    else i
                    for i in indicators
                ],
            }
        if isinstance(settings, dict) and settings.get("consent_question") and "consent" not in data:
            data = {**data, "consent": {"question": settings["consent_question"]}}
        return data

    @property
    def form_id(self) -> str:
        """The form's id."""
        return self.settings.form_id

    @property
    def version(self) -> str:
        """The form's version string."""
        return self.settings.version

    @property
    def is_high(self) -> bool:
        """True for ``sensitivity: high`` forms (WHO gates on)."""
        return self.settings.sensitivity == "high"

    def languages(self) -> list[str]:
        """Declared languages, else every language used by a label, default first."""
        if self.settings.languages:
            langs = list(self.settings.languages)
        else:
            seen: dict[str, None] = {self.settings.default_language: None}
            for lang in self.settings.form_title:
                seen.setdefault(lang, None)
            for row in self.survey:
                for lang in row.label:
                    seen.setdefault(lang, None)
            langs = list(seen)
        if self.settings.default_language in langs:
            langs.remove(self.settings.default_language)
        return [self.settings.default_language, *langs]

    def text(self, value: Text, language: str | None = None) -> str:
        """Pick ``value`` in ``language``, falling back to the default language, then any."""
        if not value:
            return ""
        if language and value.get(language):
            return value[language]
        default = value.get(self.settings.default_language)
        if default:
            return default
        return next(iter(value.values()))
