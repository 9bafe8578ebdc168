"""Writing a form as an XLSForm workbook that Excel edits, pyxform converts (ODK, Kobo) and we import back.

The survey, choices and settings sheets are plain XLSForm, with one
``label::xx`` column per language. What XLSForm has no place for travels in
columns and sheets other tools ignore, so nothing is lost on the way back:

* survey columns ``privacy``, ``bands``, ``admin_level``, ``source``;
* settings ``sensitivity``, ``consent_question``, ``retention_days``, ``source``;
* an ``indicators`` sheet (the tables the form feeds);
* a ``napsurvey`` sheet of ``key`` / ``value`` rows (``label::xx`` for texts)
  for the consent, referral and child-protocol blocks, the title in every
  language and the rest of the settings.

A list that ``pulldata()`` reads goes out as a CSV file beside the workbook,
as XLSForm expects (ODK and Kobo take it as a media file of the form).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

from napsurvey.forms.model import TRANSLATED_COLUMNS, Form, SurveyRow, Text

_PULLDATA = re.compile(r"""pulldata\s*\(\s*['"]([^'"]+)['"]""")

#: Survey columns written after the translated ones, in this order.
_SURVEY_PLAIN = (
    "required", "relevant", "constraint", "calculation", "choice_filter", "appearance", "default", "repeat_count",
    "read_only", "privacy", "bands", "admin_level", "source",
)  # fmt: skip
#: Sheet of napsurvey's blocks.
EXTRA_SHEET = "napsurvey"

Cells = list[Any]


def _languages(form: Form) -> list[str]:
    return form.languages()


def _translated_headers(column: str, languages: list[str]) -> list[str]:
    return [f"{column}::{language}" for language in languages]


def _texts(value: Text, languages: list[str]) -> Cells:
    return [value.get(language) or None for language in languages]


def _flag(value: bool | str) -> Any:
    if isinstance(value, bool):
        return "yes" if value else None
    return value


def _plain(row: SurveyRow, column: str) -> Any:
    value = getattr(row, column)
    if column in ("required", "read_only"):
        return _flag(value)
    if column == "bands":
        return " ".join(_number(b) for b in value) if value else None
    return value


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _survey(form: Form, languages: list[str]) -> list[Cells]:
    used = [c for c in TRANSLATED_COLUMNS if any(getattr(r, c) for r in form.survey)]
    plain = [c for c in _SURVEY_PLAIN if any(getattr(r, c) not in (None, False, "", []) for r in form.survey)]
    header: Cells = ["type", "name"]
    for column in used:
        header += _translated_headers(column, languages)
    header += plain
    rows: list[Cells] = [header]
    for row in form.survey:
        cells: Cells = [row.type, row.name]
        for column in used:
            cells += _texts(getattr(row, column), languages)
        cells += [_plain(row, c) for c in plain]
        rows.append(cells)
    return rows


def csv_lists(form: Form) -> list[str]:
    """Lists that go out as CSV files: read by pulldata() and shown by no select question."""
    shown = {row.list_name for row in form.survey if row.list_name}
    read: list[str] = []
    for row in form.survey:
        for column in ("relevant", "constraint", "calculation", "choice_filter", "required", "read_only", "repeat_count"):
            value = getattr(row, column)
            if isinstance(value, str):
                read += [n.removesuffix(".csv") for n in _PULLDATA.findall(value)]
    return [n for n in dict.fromkeys(read) if n in form.choices and n not in shown]


def _csv(form: Form, list_name: str, languages: list[str]) -> bytes:
    choices = form.choices[list_name]
    extras = list(dict.fromkeys(k for c in choices for k in (c.model_extra or {})))
    labelled = any(c.label for c in choices)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", *(_translated_headers("label", languages) if labelled else []), *extras])
    for choice in choices:
        texts = [t or "" for t in _texts(choice.label, languages)] if labelled else []
        writer.writerow([choice.name, *texts, *("" if choice.extra(k) is None else _cell(choice.extra(k)) for k in extras)])
    return out.getvalue().encode("utf-8")


def _choices(form: Form, languages: list[str], leave_out: Iterable[str] = ()) -> list[Cells]:
    skipped = set(leave_out)
    extras: list[str] = []
    for list_name, choices in form.choices.items():
        if list_name in skipped:
            continue
        for choice in choices:
            for key in (choice.model_extra or {}):
                if key not in extras:
                    extras.append(key)
    rows: list[Cells] = [["list_name", "name", *_translated_headers("label", languages), *extras]]
    for list_name, choices in form.choices.items():
        if list_name in skipped:
            continue
        for choice in choices:
            rows.append([list_name, choice.name, *_texts(choice.label, languages), *(_cell(choice.extra(k)) for k in extras)])
    return rows


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _settings(form: Form) -> list[Cells]:
    settings = form.settings
    pairs: list[tuple[str, Any]] = [
        ("form_id", settings.form_id),
        ("form_title", form.text(settings.form_title)),
        ("version", settings.version),
        ("default_language", settings.default_language),
    ]
    if settings.allow_choice_duplicates:
        pairs.append(("allow_choice_duplicates", "yes"))
    for key in ("style", "sensitivity", "consent_question", "retention_days", "source"):
        value = getattr(settings, key)
        if value is not None and not (key == "sensitivity" and value == "normal"):
            pairs.append((key, value))
    return [[k for k, _ in pairs], [v for _, v in pairs]]


def _indicators(form: Form, languages: list[str]) -> list[Cells]:
    has_description = any(i.description for i in form.indicators)
    has_declined = any(i.declined_in is not None for i in form.indicators)
    header: Cells = ["name", *_translated_headers("label", languages), "question", "by", "period",
                     *_translated_headers("source", languages), "dhis2"]  # fmt: skip
    if has_declined:
        header.append("declined_in")
    if has_description:
        header += _translated_headers("description", languages)
    rows: list[Cells] = [header]
    for indicator in form.indicators:
        cells: Cells = [indicator.name, *_texts(indicator.label, languages), indicator.question, " ".join(indicator.by) or None,
                        indicator.period, *_texts(indicator.source, languages), indicator.dhis2]  # fmt: skip
        if has_declined:
            cells.append(indicator.declined_in)
        if has_description:
            cells += _texts(indicator.description, languages)
        rows.append(cells)
    return rows


def _indicator_groups(form: Form, languages: list[str]) -> list[Cells]:
    """The ``indicator_groups`` sheet: one row per group of choices an indicator counts together."""
    rows: list[Cells] = [["indicator", "question", "group", "choices", *_translated_headers("label", languages)]]
    for indicator in form.indicators:
        for question, groups in indicator.groups.items():
            for group in groups:
                rows.append([indicator.name, question, group.name, " ".join(group.choices), *_texts(group.label, languages)])
    return rows


def extra_rows(form: Form, languages: list[str]) -> list[Cells]:
    """The ``napsurvey`` sheet: what XLSForm has no place for, one key per row."""
    rows: list[Cells] = [["key", "value", *_translated_headers("label", languages)]]

    def plain(key: str, value: Any) -> None:
        if value is not None:
            rows.append([key, value, *([None] * len(languages))])

    def text(key: str, value: Text) -> None:
        if value:
            rows.append([key, None, *_texts(value, languages)])

    settings = form.settings
    text("settings.form_title", settings.form_title)
    text("settings.description", settings.description)
    if settings.languages:
        plain("settings.languages", " ".join(settings.languages))
    if form.consent is not None:
        plain("consent.question", form.consent.question)
        plain("consent.agree", form.consent.agree)
        text("consent.on_refusal", form.consent.on_refusal)
    if form.referral is not None:
        rows.append(["referral", "yes", *([None] * len(languages))])  # the block exists, even empty
        if form.referral.required is not None:
            plain("referral.required", "yes" if form.referral.required else "no")
        plain("referral.area_question", form.referral.area_question)
        text("referral.intro", form.referral.intro)
    if form.child_protocol is not None:
        protocol = form.child_protocol
        plain("child_protocol.age_question", protocol.age_question)
        plain("child_protocol.adult_age", protocol.adult_age)
        plain("child_protocol.action", protocol.action)
        plain("child_protocol.group", protocol.group)
        text("child_protocol.message", protocol.message)
    return rows


def export_files(form: Form, stem: str) -> dict[str, bytes]:
    """The files an export writes: ``{stem}.xlsx``, and one CSV per list pulldata() reads."""
    languages = _languages(form)
    files = {f"{stem}.xlsx": workbook_bytes(form)}
    for list_name in csv_lists(form):
        files[f"{list_name}.csv"] = _csv(form, list_name, languages)
    return files


def workbook_bytes(form: Form) -> bytes:
    """The form as an ``.xlsx`` workbook (without the lists that go out as CSV files)."""
    import openpyxl  # noqa: PLC0415 - imported late: only the export needs it

    languages = _languages(form)
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    sheets: list[tuple[str, list[Cells]]] = [
        ("survey", _survey(form, languages)),
        ("choices", _choices(form, languages, csv_lists(form))),
        ("settings", _settings(form)),
    ]
    if form.indicators:
        sheets.append(("indicators", _indicators(form, languages)))
    if any(indicator.groups for indicator in form.indicators):
        sheets.append(("indicator_groups", _indicator_groups(form, languages)))
    extra = extra_rows(form, languages)
    if len(extra) > 1:
        sheets.append((EXTRA_SHEET, extra))
    for index, (title, rows) in enumerate(sheets):
        sheet = first if index == 0 else book.create_sheet(title)
        sheet.title = title
        _write(sheet, rows)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write(sheet: Any, rows: Iterable[Cells]) -> None:
    for r, cells in enumerate(rows, start=1):
        for c, value in enumerate(cells, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
