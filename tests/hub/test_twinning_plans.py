"""Twinning with the plan: members who share it are compared by their own scorecards and financing funnels.

Three levels again (monitors, two coordinators, one hub); each coordinator
imports and assesses its plan, and the twinning report shows, side by side,
exactly what each member's own plan report prints: action counts per status
and pillar, indicators against baseline and target (a survey-linked one as
its released share with the release it comes from), the money per fiscal
year. A withdrawal from twinning removes them at the hub; a malformed plan
block is refused and changes nothing.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey

from napsurvey.bundle import hub_store, store
from napsurvey.bundle.canonical import canonical_bytes, canonical_hash
from napsurvey.bundle.envelope import build_frame, encrypt_frame, signature_message
from napsurvey.bundle.keys import age_recipient
from napsurvey.bundle.upward import UPWARD_BUNDLE, Sharing, make_upward_body
from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_export, hub_import, plans, twinning
from napsurvey.services.session import Session
from tests.bundle.homes import PASSPHRASE
from tests.hub.levels import TODAY, Network, make_network
from tests.plan.plankit import EXAMPLE, EXAMPLE_ASSESSMENTS, as_yaml, assessments_dict, plan_dict

ALL = ("not_started", "on_track", "delayed", "completed", "dropped", "unassessed")


def _small_plan(root: Path) -> tuple[Path, Path]:
    """A one-pillar plan with a survey-linked indicator on the released mini survey, assessed in two periods."""
    plan = plan_dict()
    plan["plan"]["title"] = "Liberia plan"
    plan["indicators"].append({"id": "I2", "pillar": "protection", "title": "Feel safe", "unit": "percent",
                               "baseline": {"value": 20, "year": 2025}, "target": {"value": 40, "year": 2029},
                               "survey": {"form": "mini_survey", "indicator": "safe_by_region", "numerator": ["yes"]}})
    marks = assessments_dict()
    first = marks["periods"][0]
    first["indicators"].append({"indicator": "I2", "survey_period": "2026Q2"})
    second = json.loads(json.dumps(first))
    second["period"] = {"id": "2026-H2", "start": "2026-07", "end": "2026-12"}
    second["assessed_on"] = "2026-11-01"
    second["actions"][0]["status"] = "delayed"
    second["indicators"] = [{"indicator": "I1", "value": 18,
                             "source": {"title": "Judicial statistics", "issuer": "Ministry of Justice", "date": "2026"}},
                            {"indicator": "I2", "survey_period": "2026Q3"}]
    second["finance"][0]["disbursed"] = 700
    marks["periods"].append(second)
    (root / "plan.yaml").write_bytes(as_yaml(plan))
    (root / "marks.yaml").write_bytes(as_yaml(marks))
    return root / "plan.yaml", root / "marks.yaml"


def _send(net: Network, name: str, out: Path) -> hub_export.UpwardExport:
    country = next(c for c in net.countries if c.name == name)
    up = hub_export.export_to_hub(country.coordinator, out, today=TODAY)
    report = hub_import.import_member_bundles(net.hub, [up.path], today=TODAY)
    assert report.ok, report.outcomes
    return up


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    root = tmp_path_factory.mktemp("planned")
    # Guinea shares twinning but has no plan.
    net = make_network(root, ("Sierra Leone", "Liberia", "Guinea"), per_quarter=40,
                       twinning=["Sierra Leone", "Liberia", "Guinea"])
    sierra, liberia, _ = (c.coordinator for c in net.countries)
    assert not plans.import_plan(sierra, EXAMPLE).problems
    assert not plans.assess(sierra, EXAMPLE_ASSESSMENTS).problems
    plan, marks = _small_plan(root)
    assert not plans.import_plan(liberia, plan).problems
    assert not plans.assess(liberia, marks).problems
    for c in net.countries[:2]:  # no new release: the bundle carries what the coordinator shares, its plan with it
        assert hub_export.membership_view(c.coordinator).sharing_unsent  # type: ignore[union-attr]
        up = _send(net, c.name, root / c.name / "plan-up.dat")
        assert up.releases == [] and up.plan_periods == ["2026-H1", "2026-H2"]
        assert not hub_export.membership_view(c.coordinator).sharing_unsent  # type: ignore[union-attr]
    with pytest.raises(NapError) as err:  # nothing changed at Guinea: nothing to send
        hub_export.export_to_hub(net.countries[2].coordinator, root / "guinea-up.dat", today=TODAY)
    assert err.value.code is ErrorCode.HUB_NOTHING_TO_EXPORT
    yield net
    net.close()


def _coordinator(net: Network, name: str) -> Session:
    return next(c.coordinator for c in net.countries if c.name == name)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_the_twinning_report_shows_each_members_own_scorecard_and_funnel(network: Network, tmp_path: Path) -> None:
    report = twinning.twinning_input(network.hub, ["Sierra Leone", "Liberia"], today=TODAY)
    assert report.plans is not None and not report.plans.missing
    assert [s.member for s in report.plans.sides] == ["Sierra Leone", "Liberia"]
    for side in report.plans.sides:
        card = plans.scorecard(_coordinator(network, side.member))  # the member's own plan report, newest period
        assert side.period == card.period.period.id
        assert side.pillars == [(p.pillar.title.get("en") or next(iter(p.pillar.title.values())),
                                 [p.status_counts()[s] for s in ALL]) for p in card.pillars]
        assert side.totals == [card.status_counts()[s] for s in ALL]
        assert sum(side.totals) == len(card.plan.actions())
        assert [y[0] for y in side.funnel] == [y.fiscal_year for y in card.funnel]
        for printed, year in zip(side.funnel, card.funnel, strict=True):
            amounts = [float(v.replace(",", "")) for v in printed[1:]]
            assert amounts == [year.costed, year.allocated, year.disbursed, year.to_womens_organisations]
        assert len(side.indicators) == len(card.plan.indicators)
    liberia = report.plans.sides[1]
    assert liberia.totals[ALL.index("delayed")] == 1 and liberia.funnel == [("2026", "1,000", "800", "700", "100")]
    cases, safe = liberia.indicators
    assert (cases.baseline, cases.target, cases.observed) == ("10% (2025)", "30% (2029)", "18% as of 2026-H2")
    # The survey-linked value is the released share, with the release it comes from and its bound.
    own = next(r for p in plans.scorecard(_coordinator(network, "Liberia")).pillars for r in p.indicators
               if r.indicator.id == "I2")
    assert own.survey is not None and own.observed is not None
    assert safe.observed.startswith(f"{own.observed:g}%") and "release mini_survey 2026Q3, edition 1" in safe.note

    # The member's own printed plan report says the same.
    own_pdf = tmp_path / "liberia-plan.pdf"
    plans.write_report(_coordinator(network, "Liberia"), own_pdf)
    assert "700 EXD disbursed of 1,000 EXD costed" in _pdf_text(own_pdf)

    out = tmp_path / "twinning.pdf"
    done = twinning.write_twinning_report(network.hub, out, ["Sierra Leone", "Liberia", "Guinea"], today=TODAY)
    assert done.plans == ["Sierra Leone", "Liberia"]
    text = _pdf_text(out)
    assert "Guinea has not shared a plan scorecard." in text
    assert "Plan scorecards and financing" in text and "Liberia (EXD)" in text
    assert "Liberia: Liberia plan, period 2026-H2" in text
    assert f"Assessed period shown: Sierra Leone {report.plans.sides[0].period}; Liberia 2026-H2" in text
    for side in report.plans.sides:  # the whole-plan row of each member, as printed
        row = r"\s+".join([re.escape(side.member), *map(str, side.totals), str(sum(side.totals))])
        assert re.search(rf"^{row}$", text, re.M), row
    assert re.search(r"^Liberia \(EXD\)\s+2026\s+1,000\s+800\s+700\s+100$", text, re.M)


def test_an_earlier_period_and_the_other_languages(network: Network, tmp_path: Path) -> None:
    report = twinning.twinning_input(network.hub, ["Sierra Leone", "Liberia"], today=TODAY, plan_period="2026-H1")
    assert report.plans is not None
    liberia = next(s for s in report.plans.sides if s.member == "Liberia")
    card = plans.scorecard(_coordinator(network, "Liberia"), "2026-H1")
    assert liberia.totals == [card.status_counts()[s] for s in ALL] and liberia.funnel[0][3] == "500"
    for language, heading in (("fr", "Tableaux de bord du plan et financement"), ("ar", "")):
        out = tmp_path / f"twinning.{language}.pdf"
        twinning.write_twinning_report(network.hub, out, ["Sierra Leone", "Liberia"], today=TODAY, language=language)
        assert out.read_bytes().startswith(b"%PDF")
        if heading:
            assert heading in _pdf_text(out)
    missing = twinning.twinning_input(network.hub, ["Sierra Leone", "Liberia"], today=TODAY, plan_period="2027-H1")
    assert missing.plans is not None and not missing.plans.sides
    assert [m for m, _ in missing.plans.missing] == ["Sierra Leone", "Liberia"]


def _hub_state(net: Network) -> tuple[Any, ...]:
    conn = net.hub.vault.connection
    return (conn.execute("SELECT member_id, sequence, body FROM hub_sharing ORDER BY member_id").fetchall(),
            conn.execute("SELECT count(*) FROM sync_bundles").fetchall(),
            conn.execute("SELECT count(*) FROM hub_releases").fetchall())


def _forged(net: Network, name: str, plan_block: dict[str, Any], out: Path) -> Path:
    """A bundle signed by the member itself whose plan block is malformed (as a broken or hostile build would send)."""
    coordinator = _coordinator(net, name)
    recipients = [age_recipient(net.hub.vault.box_public_key)]
    prev = store.last_sent(coordinator.vault.connection)
    assert prev is not None
    body = make_upward_body([], sharing=Sharing(twinning=True), bundle_id="f" * 32, device_id=coordinator.fingerprint,
                            sequence=prev.sequence + 1, created_day=TODAY, prev_hash=prev.content_hash,
                            recipients=recipients)
    doc = body.model_dump(mode="json", exclude_none=True)
    doc["sharing"]["plan"] = plan_block
    doc["manifest"]["tables_hash"] = canonical_hash({k: v for k, v in doc.items() if k != "manifest"})
    raw = canonical_bytes(doc)
    m = doc["manifest"]
    signature = SigningKey(bytes(coordinator.vault.signing_key())).sign(
        signature_message(raw, m["recipient_fingerprint"], m["prev_hash"], UPWARD_BUNDLE.signature_domain)).signature
    frame = build_frame(raw, signature, m["format_version"], UPWARD_BUNDLE.frame_magic)
    out.write_bytes(encrypt_frame(frame, recipients))
    return out


# "none" last: the same forged bundle with the block left as sent is taken (the forgery itself is sound).
@pytest.mark.parametrize("change", ["negative_amount", "unknown_status", "indicator_pillar", "float", "none"])
def test_a_malformed_plan_block_is_refused_and_changes_nothing(network: Network, tmp_path: Path, change: str) -> None:
    plan = _coordinator(network, "Liberia")
    shared = hub_export.current_sharing(plan).plan
    assert shared is not None
    block = shared.model_dump(mode="json", exclude_none=True)
    period = block["periods"][-1]
    if change == "negative_amount":
        period["funnel"][0]["disbursed"] = "-5"
    elif change == "unknown_status":
        period["pillars"][0]["actions"][0]["status"] = "almost_done"
    elif change == "indicator_pillar":
        period["indicators"][0]["pillar"] = "nowhere"
    elif change == "float":
        period["funnel"][0]["costed"] = "1e400"
    before = _hub_state(network)
    path = _forged(network, "Liberia", block, tmp_path / "forged.dat")
    report = hub_import.import_member_bundles(network.hub, [path], today=TODAY)
    if change == "none":
        assert report.ok, report.outcomes
        return
    assert not report.ok
    assert report.outcomes[0].code is ErrorCode.BUNDLE_SCHEMA, report.outcomes
    assert _hub_state(network) == before


def test_a_withdrawal_removes_the_plan_at_the_hub(tmp_path: Path) -> None:
    net = make_network(tmp_path, per_quarter=20, twinning=["Sierra Leone", "Liberia"])
    try:
        for c in net.countries:
            plan, marks = _small_plan(tmp_path / c.name)
            assert not plans.import_plan(c.coordinator, plan).problems
            assert not plans.assess(c.coordinator, marks).problems
            _send(net, c.name, tmp_path / c.name / "plan-up.dat")
        liberia = _coordinator(net, "Liberia")
        # A new assessment goes up without waiting for a release.
        marks_data = assessments_dict()
        marks_data["periods"][0]["period"] = {"id": "2027-H1", "start": "2027-01", "end": "2027-06"}
        marks_data["periods"][0]["actions"][0]["status"] = "completed"
        (tmp_path / "more.yaml").write_bytes(as_yaml(marks_data))
        assert not plans.assess(liberia, tmp_path / "more.yaml").problems
        assert _send(net, "Liberia", tmp_path / "assessed.dat").plan_periods == ["2026-H1", "2026-H2", "2027-H1"]
        held = hub_store.sharing(net.hub.vault.connection)[liberia.fingerprint].plan
        assert held is not None and [p.period for p in held.periods] == ["2026-H1", "2026-H2", "2027-H1"]
        side = twinning.twinning_input(net.hub, ["Sierra Leone", "Liberia"], today=TODAY).plans
        assert side is not None and side.sides[1].period == "2027-H1"
        assert side.sides[1].totals[ALL.index("completed")] == 1
        hub_export.set_sharing(_coordinator(net, "Liberia"), twinning=False)
        up = _send(net, "Liberia", tmp_path / "withdrawn.dat")
        assert up.plan_periods == []
        stored = hub_store.sharing(net.hub.vault.connection)
        assert stored[_coordinator(net, "Liberia").fingerprint] == Sharing()
        row = net.hub.vault.connection.execute("SELECT body FROM hub_sharing WHERE member_id = ?",
                                               (_coordinator(net, "Liberia").fingerprint,)).fetchone()
        assert "plan" not in json.loads(row[0]) or json.loads(row[0])["plan"] is None
        with pytest.raises(NapError) as err:
            twinning.twinning_input(net.hub, ["Sierra Leone", "Liberia"], today=TODAY)
        assert err.value.code is ErrorCode.HUB_NOT_SHARED
    finally:
        net.close()


def test_the_commands_say_what_goes_up_and_what_the_report_shows(network: Network, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    # The commands open the vaults themselves: close them here (the last test of this file to use them).
    _coordinator(network, "Liberia").lock()
    network.hub.lock()
    assert main(["--home", str(_coordinator(network, "Liberia").home), "hub-sharing"]) == 0
    out = capsys.readouterr().out
    assert "Plan scorecards and financing shared with twinning, periods: 2026-H1, 2026-H2" in out.splitlines()
    pdf = tmp_path / "t.pdf"
    assert main(["--home", str(network.hub.home), "twinning", "--members", "Sierra Leone,Liberia,Guinea",
                 "--out", str(pdf), "--plan-period", "2026-H1", "--language", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("2 indicator(s), plan scorecards of Sierra Leone, Liberia.")
    assert "Période évaluée présentée : Sierra Leone 2026-H1; Liberia 2026-H1" in _pdf_text(pdf)
