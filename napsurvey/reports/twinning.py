"""The printed twinning report: two or more members side by side, indicator by indicator.

Each figure is the one a member published (its own release); nothing is
added up across members. Built in memory like the regional report, with the
same page furniture (:class:`~napsurvey.reports.regional.ReportPages`).
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from napsurvey.progress import ProgressCallback
from napsurvey.reports.fonts import register_fonts
from napsurvey.reports.plan.texts import text as plan_text
from napsurvey.reports.regional import ReportPages
from napsurvey.reports.regional_model import PlanSide, TwinningInput, TwinningPlans, TwinningSection


class _Twinning(ReportPages):
    def __init__(self, report: TwinningInput) -> None:
        super().__init__(report.language, report.paper)
        self.r = report

    def cover(self) -> list[Flowable]:
        r = self.r
        return [
            Spacer(1, 5 * cm),
            self.p(self.t("twinning_title"), "title"),
            self.p(self.t("twinning_subtitle"), "cover"),
            Spacer(1, 1.2 * cm),
            self.p(r.network, "cover"),
            self.p(self.t("generated", day=r.generated), "cover"),
            Spacer(1, 1 * cm),
            self.p(self.t("members", members=", ".join(r.members)), "cover"),
            Spacer(1, 1 * cm),
            self.p(self.t("twinning_intro")),
            PageBreak(),
        ]

    def section(self, sec: TwinningSection) -> list[Flowable]:
        head: list[Flowable] = [CondPageBreak(8 * cm), self.p(sec.title, "h2"),
                                self.p(self.t("form", form=sec.form_title), "small")]
        if sec.source:
            head.append(self.p(self.t("source", source=sec.source), "small"))
        if sec.codes:
            head.append(self.p(self.t("codes", codes=", ".join(sec.codes)), "small"))
        side = [self.p(self.t("twinning_side", period=sec.period), "h3"),
                self.figures_table(self.t("member"), sec.columns, sec.members)]
        trend = [self.p(self.t("twinning_trend"), "h3"),
                 self.figures_table(self.t("period_col"), sec.trend_columns, sec.trend)]
        note = self.p(self.t("twinning_note", d=self.r.max_deviation), "small")
        return [KeepTogether(head + side), *trend, note, Spacer(1, 8)]


    def _grid(self, header: list[str], rows: list[list[str]], first: float) -> Flowable:
        data: list[list[object]] = [[self.p(h, "cellb") for h in header]]
        data += [[self.p(c, "cell") for c in r] for r in rows]
        n = len(header) - 1
        return self.table(data, [first] + [(1 - first) / max(n, 1)] * n, [], header_rows=1)

    def _counts(self, corner: str, plans: TwinningPlans, rows: list[tuple[str, list[int]]]) -> Flowable:
        header = [corner, *plans.statuses, plan_text(self.lang, "total")]
        return self._grid(header, [[name, *(str(n) for n in counts), str(sum(counts))] for name, counts in rows], 0.16)

    def _side(self, plans: TwinningPlans, side: PlanSide) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [
            CondPageBreak(6 * cm),
            self.p(self.t("twinning_plan_side", member=side.member, plan=side.plan_title, period=side.period), "h3"),
            self.p(self.t("twinning_plan_pillars"), "small"),
            self._counts(plan_text(lang, "pillar"), plans, [*side.pillars, (plan_text(lang, "all_pillars"), side.totals)]),
            Spacer(1, 6),
        ]
        if side.indicators:
            header = [self.t("twinning_plan_indicator"), plan_text(lang, "baseline"), plan_text(lang, "target"),
                      plan_text(lang, "observed"), self.t("twinning_plan_standing")]
            rows = [[i.title + (f" ({i.note})" if i.note else ""), i.baseline, i.target, i.observed, i.standing]
                    for i in side.indicators]
            out += [self.p(self.t("twinning_plan_indicators"), "small"), self._grid(header, rows, 0.4), Spacer(1, 6)]
        return out

    def plans(self, plans: TwinningPlans) -> list[Flowable]:
        lang = self.lang
        story: list[Flowable] = [PageBreak(), self.p(self.t("twinning_plans"), "h1"), self.p(self.t("twinning_plans_intro"))]
        story += [self.p(reason, "small") for _, reason in plans.missing]
        if not plans.sides:
            return story
        periods = "; ".join(f"{s.member} {s.period}" for s in plans.sides)
        story += [self.p(self.t("twinning_plan_statuses"), "h3"),
                  self.p(self.t("twinning_plan_periods", periods=periods), "small"),
                  self._counts(self.t("member"), plans, [(s.member, s.totals) for s in plans.sides]),
                  Spacer(1, 8)]
        header = [self.t("member"), self.t("twinning_plan_year"), plan_text(lang, "costed"), plan_text(lang, "allocated"),
                  plan_text(lang, "disbursed"), plan_text(lang, "to_women")]
        rows = [[f"{s.member} ({s.currency})", *year] for s in plans.sides for year in s.funnel]
        story += [self.p(self.t("twinning_plan_funnel"), "h3"), self._grid(header, rows, 0.22), Spacer(1, 8)]
        for side in plans.sides:
            story += self._side(plans, side)
        return story


def build_twinning_report(report: TwinningInput, progress: ProgressCallback | None = None) -> bytes:
    """The twinning report's PDF bytes (A4 or Letter), fonts embedded. ``REPORT_FAILED`` on any layout failure."""
    register_fonts()
    pages = _Twinning(report)
    story: list[Flowable] = [*pages.cover(), pages.p(pages.t("indicators"), "h1")]
    for i, section in enumerate(report.sections):
        story.extend(pages.section(section))
        if progress is not None:
            progress(i + 1, len(report.sections) + 1)
    if report.plans is not None:
        story.extend(pages.plans(report.plans))
    data = pages.build(story, "Twinning report")
    if progress is not None:
        progress(len(report.sections) + 1, len(report.sections) + 1)
    return data
