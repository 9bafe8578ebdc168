"""The printed scorecard, financing funnel, comparison and shadow report of a National Action Plan.

Built in memory from a :class:`~napsurvey.plan.scorecard.Scorecard`
(``build_plan_report`` returns the PDF bytes), with the summary report's
fonts, margins and "page n of N" footer. English, French and Arabic (shaped
and right to left), A4 or Letter.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from napsurvey.errors import ErrorCode, NapError
from napsurvey.plan.assessment import CATEGORIES, CONFIDENTIAL, MODALITIES, Evidence, Side
from napsurvey.plan.frameworks import shipped_frameworks
from napsurvey.plan.model import Indicator, Text, pick
from napsurvey.plan.scorecard import ActionRow, FunnelYear, IndicatorRow, PillarCard, Scorecard
from napsurvey.reports.flowables import numbered_canvas, paragraph
from napsurvey.reports.fonts import BOLD, REGULAR, register_fonts
from napsurvey.reports.plan.drawings import funnel_chart, progress_bar, status_mark
from napsurvey.reports.plan.texts import template, text

Progress = Callable[[int, int], None]
SECTIONS = ("scorecard", "funnel", "comparison", "shadow")
_HEAD = colors.HexColor("#EEF2F6")
_INK = colors.HexColor("#1F2A36")
_RULE = colors.HexColor("#CCCCCC")


@dataclass(frozen=True)
class PlanReportOptions:
    """How to print: language, paper, which sections, and the cover's details."""

    language: str = "en"
    paper: str = "a4"
    sections: Collection[str] = SECTIONS
    generated: str = ""
    organisation: str = ""
    addressed_to: str | None = None  # overrides the shadow report's own addressee


def _styles() -> dict[str, ParagraphStyle]:
    # The summary report's type scale, so both documents read as one series.
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=_INK, spaceAfter=5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"),
                                spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=7.5, leading=9, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24, leading=30, alignment=TA_CENTER,
                                spaceAfter=16),
        "cover": ParagraphStyle("cover", parent=base, fontSize=12, leading=17, alignment=TA_CENTER, spaceAfter=8),
    }


def _mirror(command: tuple[Any, ...], n: int) -> tuple[Any, ...]:
    name, (c0, r0), (c1, r1), *rest = command

    def flip(c: int) -> int:
        return n - 1 - (c if c >= 0 else n + c)

    a, b = flip(c0), flip(c1)
    if name == "ALIGN":
        rest = [{"RIGHT": "LEFT", "LEFT": "RIGHT"}.get(rest[0], rest[0])]
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)


class _Builder:
    def __init__(self, card: Scorecard, options: PlanReportOptions) -> None:
        self.card = card
        self.o = options
        self.lang = options.language
        self.rtl = options.language == "ar"
        self.s = _styles()
        self.page = A4 if options.paper == "a4" else LETTER
        self.width = self.page[0] - 4 * cm
        self.currency = card.plan.plan.currency
        self.fallback = card.plan.plan.default_language

    # -- small helpers ---------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def tx(self, value: Text) -> str:
        return pick(value, self.lang, self.fallback)

    def p(self, value: str, style: str = "body") -> Flowable:
        return paragraph(value, self.s[style], rtl=self.rtl)

    def number(self, value: float) -> str:
        shown = f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.1f}"
        if self.lang == "fr":
            shown = shown.replace(",", "\u00a0").replace(".", ",")
        return shown

    def money(self, value: float) -> str:
        return f"{self.number(value)} {self.currency}"

    def value(self, indicator: Indicator, value: float | None) -> str:
        if value is None:
            return self.t("no_value")
        if indicator.unit == "percent":
            return f"{self.number(value)}\u00a0%" if self.lang == "fr" else f"{self.number(value)}%"
        if indicator.unit == "yes_no":
            return self.t("yes") if value >= 1 else self.t("no")
        if indicator.unit == "money":
            return self.money(value)
        return self.number(value)

    def period_label(self, period_id: str) -> str:
        for p in [self.card.period, self.card.previous]:
            if p is not None and p.period.id == period_id:
                return self.tx(p.period.label) or period_id
        return period_id

    def evidence(self, items: list[Evidence]) -> str:
        parts = []
        for item in items:
            if item == CONFIDENTIAL or isinstance(item, str):
                parts.append(self.t("confidential"))
                continue
            bits = [item.title, item.issuer, item.date]
            if item.page:
                bits.append(self.t("page_ref", page=item.page))
            if item.link:
                bits.append(item.link)
            parts.append(", ".join(bits))
        return "; ".join(parts)

    def table(self, rows: list[list[Any]], fractions: list[float], extra: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
              header_rows: int = 1) -> Table:
        widths = [f * self.width for f in fractions]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, _RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ]
        if header_rows:
            style += [("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEAD),
                      ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, _INK)]
        if self.rtl:  # mirror the grid: first column on the right
            n = len(widths)
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
            style = [_mirror(s, n) for s in style]
        result = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="CENTER")
        result.setStyle(TableStyle(style))
        return result

    def mark(self, status: str | None, width: float) -> Flowable:
        key = status or "unassessed"
        return status_mark(key, self.t(key), width, rtl=self.rtl)

    # -- cover and summary -------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        plan = self.card.plan.plan
        period = self.card.period
        return [
            Spacer(1, 4 * cm),
            self.p(self.t("title"), "title"),
            self.p(self.tx(plan.title), "cover"),
            self.p(self.t("subtitle"), "cover"),
            Spacer(1, 1.2 * cm),
            self.p(self.t("period", period=self.tx(period.period.label) or period.period.id), "cover"),
            self.p(self.t("assessed", day=period.assessed_on), "cover"),
            self.p(self.t("generated", day=self.o.generated), "cover") if self.o.generated else Spacer(1, 1),
            Spacer(1, 2.5 * cm),
            self.p(self.o.organisation or self.t("organisation"), "cover"),
            PageBreak(),
        ]

    def summary(self) -> list[Flowable]:
        card = self.card
        counts = card.status_counts()
        total = sum(counts.values())
        out: list[Flowable] = [self.p(self.t("summary"), "h1"),
                               self.p(self.t("summary_actions", assessed=total - counts["unassessed"], total=total)),
                               self.p(self.t("status_by_pillar"), "h2")]
        keys = ["completed", "on_track", "delayed", "not_started", "dropped", "unassessed"]
        mark_w = (self.width * 0.78) / len(keys)
        centred = ParagraphStyle("cellc", parent=self.s["cell"], fontSize=7, alignment=TA_CENTER)
        head: list[Any] = [self.p(self.t("pillar"), "cellb"),
                           *([status_mark(k, "", mark_w - 6), paragraph(self.t(k), centred, rtl=self.rtl)] for k in keys)]
        rows: list[list[Any]] = [head]
        for pillar in card.pillars:
            c = pillar.status_counts()
            rows.append([self.p(self.tx(pillar.pillar.title), "cell"), *(str(c[k]) for k in keys)])
        rows.append([self.p(self.t("all_pillars"), "cellb"), *(str(counts[k]) for k in keys)])
        extra = [("ALIGN", (1, 1), (-1, -1), "CENTER"), ("LINEABOVE", (0, -1), (-1, -1), 0.6, _INK),
                 ("FONT", (1, -1), (-1, -1), BOLD, 7.5)]
        out.append(self.table(rows, [0.22] + [0.78 / len(keys)] * len(keys), extra))
        indicators = [row for pillar in card.pillars for row in pillar.indicators]
        with_value = [row for row in indicators if row.observed is not None]
        reached = [row for row in with_value if row.progress is not None and row.progress.reached]
        out.append(self.p(self.t("indicators"), "h2"))
        out.append(self.p(self.t("summary_indicators", with_value=len(with_value), total=len(indicators),
                                 reached=len(reached))))
        year = self._current_year()
        if year is not None:
            out.append(self.p(self.t("financing"), "h2"))
            share = f"{round(100 * year.disbursed / year.costed)}%" if year.costed else "\u2013"
            out.append(self.p(self.t("summary_money", year=year.fiscal_year, disbursed=self.money(year.disbursed),
                                     costed=self.money(year.costed), share=share,
                                     women=self.money(year.to_womens_organisations))))
        out.append(PageBreak())
        return out

    def _current_year(self) -> FunnelYear | None:
        """The fiscal year the period ends in (else the last year with money reported)."""
        end_year = self.card.period.period.end[:4]
        years = self.card.funnel
        return next((y for y in years if y.fiscal_year.startswith(end_year)), None) or \
            next((y for y in reversed(years) if y.reported_actions), None)

    # -- pillars -------------------------------------------------------------------------

    def pillar(self, pillar: PillarCard) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(6 * cm), self.p(self.tx(pillar.pillar.title), "h1")]
        if pillar.actions:
            out.append(self.p(self.t("actions"), "h2"))
            out.append(self.actions_table(pillar.actions))
        for n, row in enumerate(pillar.indicators):
            block = self.indicator(row)
            if n == 0:  # the heading stays with the first indicator
                block = [self.p(self.t("indicators"), "h2"), *block]
            out.append(KeepTogether(block))
        return out

    def actions_table(self, rows: list[ActionRow]) -> Table:
        fractions = [0.17, 0.45, 0.26, 0.12]
        head = [self.p(self.t("status"), "cellb"), self.p(self.t("action"), "cellb"),
                self.p(self.t("responsible"), "cellb"), self.p(self.t("timeline"), "cellb")]
        body: list[list[Any]] = [head]
        for row in rows:
            action = row.action
            who = self.tx(action.responsible.institution) if action.responsible else ""
            unit = self.tx(action.responsible.unit) if action.responsible else ""
            when = " \u2013 ".join(x for x in (action.start, action.end) if x)
            body.append([
                self.mark(row.status, fractions[0] * self.width - 8),
                self.p(f"{action.id}  {self.tx(action.title)}", "cell"),
                self.p(f"{who}\n{unit}" if unit else who, "cell"),
                self.p(when, "cell"),
            ])
        return self.table(body, fractions, [("VALIGN", (0, 1), (-1, -1), "TOP")])

    def indicator(self, row: IndicatorRow) -> list[Flowable]:
        ind = row.indicator
        out: list[Flowable] = [self.p(f"{ind.id}  {self.tx(ind.title)}", "h3")]
        base = f"{self.t('baseline')} {self.value(ind, ind.baseline.value)} ({ind.baseline.year})" if ind.baseline \
            else self.t("baseline") + " \u2013"
        target = f"{self.t('target')} {self.value(ind, ind.target.value)} ({ind.target.year})" if ind.target \
            else self.t("target") + " \u2013"
        if row.observed is None:
            withheld = row.survey is not None and row.survey.value is None
            label = self.t("withheld") if withheld else self.t("no_value")
        else:
            label = f"{self.t('observed')} {self.value(ind, row.observed)}"
            if row.as_of and row.as_of != self.card.period.period.id:
                label += f" ({self.t('as_of', period=self.period_label(row.as_of))})"
            if row.progress is not None and row.progress.reached:
                label += f" \u2014 {self.t('reached')}"
            elif row.progress is not None and row.progress.regressed:
                label += f" \u2014 {self.t('below_baseline')}"
        out.append(progress_bar(self.width, row.progress, left_label=base, right_label=target, value_label=label,
                                rtl=self.rtl, empty=row.observed is None))
        notes: list[str] = []
        if ind.survey is not None:
            notes.append(self.survey_note(row))
        elif row.source is not None:
            notes.append(self.t("source", source=self.evidence([row.source])))
        if row.note:
            notes.append(row.note)
        codes = self.frameworks(ind)
        if codes:
            notes.append(self.t("frameworks", codes=codes))
        for note in notes:
            out.append(self.p(note, "small"))
        out.append(Spacer(1, 4))
        return out

    def survey_note(self, row: IndicatorRow) -> str:
        value, evidence = row.survey, row.indicator.survey
        if value is None or evidence is None:
            return self.t("survey_missing")
        form = self.tx(value.form_title)
        if value.value is None:
            return self.t("survey_withheld", form=form, period=value.period, t=value.threshold)
        edition = self.t("survey_edition", n=value.edition) if value.edition > 1 else ""
        answers = ", ".join(f"\u201c{self.tx(value.answer_labels[a])}\u201d" if a in value.answer_labels else a
                            for a in evidence.numerator)
        return self.t("survey_note", answers=answers, form=form, period=value.period, edition=edition,
                      d=value.max_deviation, t=value.threshold)

    def frameworks(self, ind: Indicator) -> str:
        lists = shipped_frameworks()
        cited = []
        for ref in ind.frameworks:
            entry = lists.get(ref.scheme, ref.code)
            cited.append(entry.citation(self.lang) if entry else f"{ref.scheme} {ref.code}")
        return "; ".join(cited)

    # -- financing ---------------------------------------------------------------------

    def financing(self) -> list[Flowable]:
        years = self.card.funnel
        out: list[Flowable] = [PageBreak(), self.p(self.t("financing"), "h1"),
                               self.p(self.t("funnel_intro", currency=self.currency))]
        scale = max((max(y.costed, y.allocated) for y in years), default=0.0)
        labels = [self.t("costed"), self.t("allocated"), self.t("disbursed"), self.t("to_women")]
        for year in years:
            block: list[Flowable] = [self.p(self.t("fiscal_year", year=year.fiscal_year), "h2")]
            if not year.reported_actions:
                block.append(self.funnel(year, scale, labels))
                block.append(self.p(self.t("no_finance"), "small"))
            else:
                block.append(self.funnel(year, scale, labels))
            out.append(KeepTogether(block))
            if year.to_womens_organisations > 0:
                out.append(self.womens_table(year))
        return out

    def funnel(self, year: FunnelYear, scale: float, labels: list[str]) -> Flowable:
        values = [year.costed, year.allocated, year.disbursed, year.to_womens_organisations]
        amounts = []
        for v in values:
            share = f" ({round(100 * v / year.costed)}%)" if year.costed else ""
            amounts.append(self.money(v) + share)
        return funnel_chart(year, self.width, scale, labels, amounts, rtl=self.rtl)

    def womens_table(self, year: FunnelYear) -> Flowable:
        head = [self.p(self.t("organisations"), "cellb"), *(self.p(self.t(m), "cellb") for m in MODALITIES),
                self.p(self.t("total"), "cellb")]
        rows: list[list[Any]] = [head]
        for category in CATEGORIES:
            amounts = [year.womens.get((category, m), 0.0) for m in MODALITIES]
            rows.append([self.p(self.t(category), "cell"), *(self.money(a) for a in amounts), self.money(sum(amounts))])
        totals = [sum(year.womens.get((c, m), 0.0) for c in CATEGORIES) for m in MODALITIES]
        rows.append([self.p(self.t("total"), "cellb"), *(self.money(a) for a in totals), self.money(sum(totals))])
        extra = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 0.6, _INK)]
        return KeepTogether([self.p(self.t("by_category"), "h3"), self.table(rows, [0.4, 0.2, 0.2, 0.2], extra)])

    # -- comparison --------------------------------------------------------------------

    def comparison(self) -> list[Flowable]:
        card = self.card
        if card.previous is None:
            return []
        previous = self.tx(card.previous.period.label) or card.previous.period.id
        out: list[Flowable] = [PageBreak(), self.p(self.t("comparison", period=previous), "h1")]
        if not card.changes:
            return [*out, self.p(self.t("comparison_none"))]
        statuses = [c for c in card.changes if c.kind == "status"]
        values = [c for c in card.changes if c.kind == "value"]
        if statuses:
            out.append(self.p(self.t("status_changes"), "h2"))
            head = [self.p(self.t("action"), "cellb"), self.p(self.t("before"), "cellb"),
                    self.p(self.t("after"), "cellb"), ""]
            rows: list[list[Any]] = [head]
            for change in statuses:
                action = card.plan.action(change.ident)
                title = self.tx(action.title) if action else ""
                rows.append([self.p(f"{change.ident}  {title}", "cell"),
                             self.mark(str(change.before) if change.before else None, 0.18 * self.width - 6),
                             self.mark(str(change.after), 0.18 * self.width - 6), self.p(self.t(change.direction), "cell")])
            out.append(self.table(rows, [0.52, 0.18, 0.18, 0.12]))
        if values:
            out.append(self.p(self.t("value_changes"), "h2"))
            rows = [[self.p(self.t("indicators"), "cellb"), self.p(self.t("before"), "cellb"),
                     self.p(self.t("after"), "cellb"), ""]]
            for change in values:
                ind = card.plan.indicator(change.ident)
                assert ind is not None
                before = self.value(ind, change.before) if isinstance(change.before, float | int) else "\u2013"
                after = self.value(ind, change.after) if isinstance(change.after, float | int) else "\u2013"
                rows.append([self.p(f"{ind.id}  {self.tx(ind.title)}", "cell"), self.p(before, "cell"),
                             self.p(after, "cell"), self.p(self.t(change.direction), "cell")])
            out.append(self.table(rows, [0.52, 0.18, 0.18, 0.12]))
        return out

    # -- shadow report -----------------------------------------------------------------

    def shadow(self) -> list[Flowable]:
        report = self.card.period.shadow_report
        addressee = self.o.addressed_to or (report.addressed_to if report else "parliament")
        out: list[Flowable] = [PageBreak(), self.p(self.t("shadow"), "h1"), self.p(self.t(f"addressed_{addressee}"), "h3")]
        if report is not None and report.summary:
            out.append(self.p(report.summary))
        for card in self.card.pillars:
            finding = next((f for f in report.findings if f.pillar == card.pillar.id), None) if report else None
            claims = [row for row in card.actions if row.government or row.civil_society]
            if finding is None and not claims:
                continue
            out.append(CondPageBreak(5 * cm))
            out.append(self.p(self.tx(card.pillar.title), "h2"))
            if finding is not None and finding.findings:
                out.append(self.p(self.t("findings"), "h3"))
                out.append(self.p(finding.findings))
            if finding is not None and finding.recommendations:
                out.append(self.p(self.t("recommendations"), "h3"))
                for n, recommendation in enumerate(finding.recommendations, 1):
                    out.append(self.p(f"{n}. {recommendation}"))
            if claims:
                out.append(KeepTogether([self.p(self.t("claims"), "h3"), self.claims_table(claims)]))
        return out

    def side(self, side: Side | None, empty: str) -> list[Flowable]:
        if side is None or not (side.text or side.status or side.evidence):
            return [self.p(empty, "small")]
        out: list[Flowable] = []
        if side.status:
            out.append(self.mark(side.status, 0.3 * self.width))
        if side.text:
            out.append(self.p(side.text, "cell"))
        if side.evidence:
            out.append(self.p(self.t("evidence", items=self.evidence(side.evidence)), "small"))
        return out

    def claims_table(self, rows: list[ActionRow]) -> Table:
        head = [self.p(self.t("action"), "cellb"), self.p(self.t("government"), "cellb"),
                self.p(self.t("civil_society"), "cellb")]
        body: list[list[Any]] = [head]
        for row in rows:
            body.append([
                [self.p(f"{row.action.id}  {self.tx(row.action.title)}", "cell"), self.mark(row.status, 0.2 * self.width)],
                self.side(row.government, self.t("no_claim")),
                self.side(row.civil_society, self.t("no_assessment")),
            ])
        return self.table(body, [0.28, 0.36, 0.36], [("VALIGN", (0, 1), (-1, -1), "TOP")])

    # -- about -------------------------------------------------------------------------

    def about(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self.p(self.t("about"), "h1")]
        for part in self.t("about_body").split("\n"):
            out.append(self.p(part))
        out.append(self.p(self.t("code_checked"), "small"))
        return out


def build_plan_report(card: Scorecard, options: PlanReportOptions, progress: Progress | None = None) -> bytes:
    """The PDF bytes of the chosen sections. ``REPORT_FAILED`` on any layout failure."""
    register_fonts()
    b = _Builder(card, options)
    story: list[Flowable] = [*b.cover(), *b.summary()]
    steps = len(card.pillars) + 4
    done = 0
    if "scorecard" in options.sections:
        for pillar in card.pillars:
            story.extend(b.pillar(pillar))
            done += 1
            if progress is not None:
                progress(done, steps)
    if "funnel" in options.sections and card.funnel:
        story.extend(b.financing())
    if "comparison" in options.sections:
        story.extend(b.comparison())
    if "shadow" in options.sections:
        story.extend(b.shadow())
    story.extend(b.about())
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=b.page, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="Plan scorecard", author="", subject="", creator="",
                            lang=options.language)
    canvas = numbered_canvas(template(options.language, "page"), REGULAR, rtl=b.rtl)
    try:
        doc.build(story, canvasmaker=canvas)
    except NapError:
        raise
    except Exception as exc:  # noqa: BLE001 - reportlab's LayoutError and friends: one coded line, no traceback
        raise NapError(ErrorCode.REPORT_FAILED, reason=type(exc).__name__) from None
    if progress is not None:
        progress(steps, steps)
    return buffer.getvalue()


__all__ = ["SECTIONS", "PlanReportOptions", "build_plan_report"]
