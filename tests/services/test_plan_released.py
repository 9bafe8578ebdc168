"""A survey-linked plan indicator shows the released (protected) figure, never a count of imported answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.paths import resources_dir
from napsurvey.plan.model import Plan
from napsurvey.services import outputs, plans, releases
from napsurvey.services.session import Session
from napsurvey.vault.repo.settings import put_setting
from tests.services.outputs_data import RELEASE_DAY, fill_with_shipped_data, make_coordinator, release_all

EXAMPLE = resources_dir() / "plans" / "example_republic.yaml"
ASSESSMENTS = resources_dir() / "plans" / "example_republic.assessments.yaml"
#: The example's survey-linked indicators the second period (2026-H2) names 2026Q4 for.
LINKED = ("PRO-I1", "PRE-I4", "REL-I3")
LEGACY_SECRET = "13" * 32


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    opened = make_coordinator(tmp_path)
    # The counts come without record keys, so the release keys them with a random secret of the
    # vault: fixed here, so that whether the perturbation moves a share is not left to chance.
    put_setting(opened.vault, releases.LEGACY_SECRET_SETTING, LEGACY_SECRET)
    fill_with_shipped_data(opened, seed=5, scale=9)
    assert plans.import_plan(opened, EXAMPLE).problems == []
    assert plans.assess(opened, ASSESSMENTS).problems == []
    yield opened
    opened.lock()


def _plan(session: Session) -> Plan:
    plan = plans.stored_plan(session)
    assert plan is not None
    return plan


def _share(session: Session, plan: Plan, ident: str, period: str, *, raw: bool) -> float | None:
    """The share the indicator's evidence asks for, from published cells or (``raw``) from the release's true tallies."""
    evidence = plan.indicator(ident).survey  # type: ignore[union-attr]
    assert evidence is not None
    if raw:
        [tallies] = releases.resolve(session, form_id=evidence.form, period=period).releases[evidence.form]
        form = releases.coordinator_forms(session)[evidence.form]
        indicator = next(i for i in form.indicators if i.name == evidence.indicator)
        where = {1 + indicator.by.index(q): v for q, v in evidence.where.items()}
        cells = tallies.cells[evidence.indicator]

        def count(answers: tuple[str, ...] | None) -> int:
            return sum(t.count for key, t in cells.items()
                       if all(key[i] == v for i, v in where.items()) and (answers is None or key[0] in answers))

        return round(100.0 * count(tuple(evidence.numerator)) / count(None), 1)
    table = outputs.published_tables(session, form_id=evidence.form, period=period,
                                     indicator=evidence.indicator).published.tables[0]
    numerators = [table.cell(answer=a, **evidence.where) for a in evidence.numerator]
    whole = table.cell(**evidence.where)
    if whole is None or whole.count is None or any(c is None or c.count is None for c in numerators):
        return None
    return round(100.0 * sum(c.count or 0 for c in numerators if c is not None) / whole.count, 1)


def test_nothing_is_shown_before_the_period_is_released_though_its_answers_are_imported(session: Session) -> None:
    card = plans.scorecard(session)
    rows = {r.indicator.id: r for p in card.pillars for r in p.indicators}
    for ident in LINKED:
        assert rows[ident].survey is None and rows[ident].observed is None
        assert rows[ident].survey_period == "2026Q4"


def test_the_scorecard_shows_the_protected_share_of_the_release_not_the_raw_one(session: Session,
                                                                                tmp_path: Path) -> None:
    released = release_all(session)
    assert "community_safety 2026-Q4" in released
    plan = _plan(session)
    card = plans.scorecard(session)
    rows = {r.indicator.id: r for p in card.pillars for r in p.indicators}
    differs = 0
    for ident in LINKED:
        shown = rows[ident].survey
        assert shown is not None and shown.period == "2026Q4"
        protected = _share(session, plan, ident, "2026Q4", raw=False)
        assert shown.value == protected, ident
        assert rows[ident].observed == protected
        assert shown.threshold >= 1 and shown.max_deviation >= 1 and shown.edition == 1
        differs += protected != _share(session, plan, ident, "2026Q4", raw=True)
    # The perturbation moved at least one of the three shares: the value shown cannot be the raw one.
    assert differs >= 1
    # The first period names 2026Q2, which holds no imported answers and was not released: no value.
    first = plans.scorecard(session, "2026-H1")
    early = {r.indicator.id: r for p in first.pillars for r in p.indicators}
    assert early["PRO-I1"].survey is None and early["PRO-I1"].survey_period == "2026Q2"

    written = plans.write_report(session, tmp_path / "scorecard.pdf", today=RELEASE_DAY)
    assert written.pages >= 3
    ledger = [p for p in releases.publications(session) if p.output == "plan scorecard"]
    assert len(ledger) == 1
    assert ledger[0].releases == [("community_safety", "2026-Q4", 1)]


def test_a_withheld_cell_leaves_the_indicator_without_a_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    small = make_coordinator(tmp_path / "small")
    fill_with_shipped_data(small, seed=5, scale=1)  # few answers: some cells fall below the threshold
    assert plans.import_plan(small, EXAMPLE).problems == []
    assert plans.assess(small, ASSESSMENTS).problems == []
    release_all(small)
    plan = _plan(small)
    evidence = plan.indicator("PRO-I1").survey  # type: ignore[union-attr]
    assert evidence is not None
    table = outputs.published_tables(small, form_id=evidence.form, period="2026Q4",
                                     indicator=evidence.indicator).published.tables[0]
    withheld = [c for c in table.cells if c.count is None and "period" not in c.key and "answer" in c.key]
    assert withheld, "the small data set leaves some total of safe_night_by_sex below the threshold"
    key = dict(withheld[0].key)
    answer = key.pop("answer")
    # Point the evidence at a withheld cell: the share gets no value (and no zero stands for it).
    changed = evidence.model_copy(update={"numerator": [answer], "where": key})
    indicator = plan.indicator("PRO-I1").model_copy(update={"survey": changed})  # type: ignore[union-attr]
    narrowed = plan.model_copy(update={"indicators": [indicator if i.id == "PRO-I1" else i
                                                      for i in plan.indicators]})
    shown = plans.survey_values(small, narrowed, plans.stored_periods(small)[-1])["PRO-I1"]
    assert shown.value is None and shown.period == "2026Q4"
    small.lock()
