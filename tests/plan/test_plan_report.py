"""The printed scorecard, read back from the rendered pages: statuses and values are those of the assessment file.

Pages are rendered with pdftoppm (poppler) and read with pdftotext; the
status marks are found by their colours on the rendered pixels.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from plankit import EXAMPLE_ASSESSMENTS, example

from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.plan.scorecard import SurveyValue, build_scorecard
from napsurvey.reports.plan.document import PlanReportOptions, build_plan_report
from napsurvey.reports.plan.drawings import STATUS_STYLE
from napsurvey.reports.plan.texts import text

RELEASED = {
    "PRO-I1": SurveyValue(42.0, "2026Q4", {"en": "Community safety survey"}, threshold=10, max_deviation=3),
    "PRE-I4": SurveyValue(None, "2026Q4", {"en": "Community safety survey"}, threshold=10, max_deviation=3),
}


def _raw_period(index: int) -> dict:  # type: ignore[type-arg]
    return read_yaml(EXAMPLE_ASSESSMENTS.read_text(encoding="utf-8"))["periods"][index]


def _pdf(tmp_path: Path, language: str, paper: str = "a4") -> Path:
    plan, assessments = example()
    card = build_scorecard(plan, assessments.periods, "2026-H2", "2026-H1", RELEASED)
    path = tmp_path / f"scorecard-{language}-{paper}.pdf"
    path.write_bytes(build_plan_report(card, PlanReportOptions(language=language, paper=paper, generated="2027-02-01")))
    return path


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    # Arabic comes back as presentation forms with embedding marks: fold both away.
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", out))


def _pages(pdf: Path, tmp_path: Path) -> list[tuple[int, int, bytes]]:
    """Every page rendered by pdftoppm as (width, height, RGB bytes)."""
    prefix = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-r", "40", str(pdf), str(prefix)], check=True)
    pages = []
    for ppm in sorted(tmp_path.glob(f"{pdf.stem}-*.ppm")):
        data = ppm.read_bytes()
        magic, width, height, maxval, rest = data.split(maxsplit=4)
        assert magic == b"P6" and maxval == b"255"
        pages.append((int(width), int(height), rest))
    return pages


def _colours(pages: list[tuple[int, int, bytes]]) -> set[tuple[int, int, int]]:
    seen: set[tuple[int, int, int]] = set()
    for _, _, rgb in pages:
        seen.update(zip(rgb[0::3], rgb[1::3], rgb[2::3]))
    return seen


def _near(colour: str, seen: set[tuple[int, int, int]]) -> bool:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return any(abs(r - x) + abs(g - y) + abs(b - z) <= 12 for x, y, z in seen)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_assessed_action_prints_with_its_status(tmp_path: Path, language: str) -> None:
    pdf = _pdf(tmp_path, language)
    lines = _text(pdf).splitlines()
    for item in _raw_period(1)["actions"]:
        label = text(language, item["status"])
        assert any(item["action"] in line and label in line for line in lines), (item["action"], label)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_pages_render_with_the_status_colours_of_the_period(tmp_path: Path, language: str) -> None:
    pdf = _pdf(tmp_path, language)
    pages = _pages(pdf, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(pages) == int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert all(len(set(rgb[::97])) > 1 for _, _, rgb in pages), "a blank page"
    seen = _colours(pages)
    for status in {a["status"] for a in _raw_period(1)["actions"]}:
        assert _near(STATUS_STYLE[status][0], seen), status


def test_observed_values_print_under_their_indicator(tmp_path: Path) -> None:
    plan, _ = example()
    body = _text(_pdf(tmp_path, "en"))
    scorecard = body[body.index("Status of the actions by pillar"): body.index("From what the plan costed")]
    ids = [i.id for i in plan.indicators]
    for obs in _raw_period(1)["indicators"]:
        if "value" not in obs:
            continue
        indicator = plan.indicator(obs["indicator"])
        assert indicator is not None
        start = scorecard.index(f"{indicator.id} ")
        later = [scorecard.find(f"{other} ", start + 1) for other in ids if other != indicator.id]
        end = min([p for p in later if p > start] or [len(scorecard)])
        value = f"{obs['value']:g}%" if indicator.unit == "percent" else f"{obs['value']:g}"
        if indicator.unit == "yes_no":
            value = "yes" if obs["value"] else "no"
        assert f"Observed {value}" in scorecard[start:end], indicator.id


def test_a_survey_linked_indicator_prints_the_released_figure_and_how_it_was_protected(tmp_path: Path) -> None:
    body = " ".join(_text(_pdf(tmp_path, "en")).split())
    assert "Observed 42%" in body
    assert "It is not a raw count." in body and "at most 3" in body
    assert "Survey figure withheld" in body


def test_the_shadow_report_sets_the_claim_beside_the_assessment(tmp_path: Path) -> None:
    body = " ".join(_text(_pdf(tmp_path, "en")).split())
    assert "Addressed to Parliament" in body
    assert "Government's claim" in body and "Civil society's assessment" in body
    for finding in _raw_period(1)["shadow_report"]["findings"]:
        for recommendation in finding["recommendations"]:
            assert " ".join(recommendation.split()[:6]) in body


def test_the_french_report_is_in_french(tmp_path: Path) -> None:
    body = " ".join(_text(_pdf(tmp_path, "fr")).split())
    assert "Tableau de bord du Plan d'action national" in body
    assert "Rapport alternatif" in body and "Ce qui a changé depuis" in body
    assert "Observé 40\u00a0%" in _text(_pdf(tmp_path, "fr")) or "Observé 40 %" in body


def test_letter_paper_is_letter(tmp_path: Path) -> None:
    info = subprocess.run(["pdfinfo", str(_pdf(tmp_path, "en", "letter"))], check=True, capture_output=True,
                          text=True).stdout
    assert "612 x 792 pts" in info
