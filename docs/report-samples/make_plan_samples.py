"""Render sample pages of the plan scorecard (the Example Republic) into this folder.

Run from the repository root: ``.venv/bin/python docs/report-samples/make_plan_samples.py``.
Pages are found by their headings, read back with pdftotext, and rendered
with pdftoppm (poppler).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from napsurvey.forms.catalog import load_shipped
from napsurvey.paths import resources_dir
from napsurvey.plan.reader import load_assessments, load_plan
from napsurvey.plan.scorecard import SurveyValue, build_scorecard
from napsurvey.reports.plan.document import PlanReportOptions, build_plan_report

OUT = Path(__file__).resolve().parent
#: The released figures the samples show for the survey-linked indicators (as a release would give them).
def _released() -> dict[str, SurveyValue]:
    form = load_shipped("community_safety").form
    title = dict(form.settings.form_title)
    night = {c.name: dict(c.label) for c in form.choices["safety_scale"]}
    return {
        "PRO-I1": SurveyValue(42.0, "2026Q4", title, threshold=10, max_deviation=3, answer_labels=night),
        "REL-I3": SurveyValue(None, "2026Q4", title, threshold=10, max_deviation=3),
    }


def _page_with(pdf: Path, heading: str) -> int:
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    return next(i for i, text in enumerate(pages, 1) if heading in text)


def _render(pdf: Path, page: int, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(OUT / name)], check=True)
    print("saved", name)


def main() -> None:
    plans = resources_dir() / "plans"
    plan = load_plan(plans / "example_republic.yaml")
    assessments = load_assessments(plans / "example_republic.assessments.yaml", plan)
    card = build_scorecard(plan, assessments.periods, "2026-H2", "2026-H1", _released())
    with tempfile.TemporaryDirectory() as tmp:
        for language, samples in {
            "en": [("Women who feel very or fairly safe", "plan-scorecard"), ("From what the plan costed", "plan-funnel"),
                   ("What moved since", "plan-comparison"), ("Shadow report", "plan-shadow")],
            "fr": [("Synthèse", "plan-summary-fr")],
            "ar": [("PRE.1.1", "plan-scorecard-ar")],
        }.items():
            pdf = Path(tmp) / f"scorecard-{language}.pdf"
            pdf.write_bytes(build_plan_report(card, PlanReportOptions(language=language, generated="2027-02-01")))
            for heading, name in samples:
                _render(pdf, _page_with(pdf, heading), name)


if __name__ == "__main__":
    main()
