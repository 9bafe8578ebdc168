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
from napsurvey.reports.regional import ReportPages
from napsurvey.reports.regional_model import TwinningInput, TwinningSection


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


def build_twinning_report(report: TwinningInput, progress: ProgressCallback | None = None) -> bytes:
    """The twinning report's PDF bytes (A4 or Letter), fonts embedded. ``REPORT_FAILED`` on any layout failure."""
    register_fonts()
    pages = _Twinning(report)
    story: list[Flowable] = [*pages.cover(), pages.p(pages.t("indicators"), "h1")]
    for i, section in enumerate(report.sections):
        story.extend(pages.section(section))
        if progress is not None:
            progress(i + 1, len(report.sections) + 1)
    data = pages.build(story, "Twinning report")
    if progress is not None:
        progress(len(report.sections) + 1, len(report.sections) + 1)
    return data
