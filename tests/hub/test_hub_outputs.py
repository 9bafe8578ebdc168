"""The hub's outputs from its members' releases: regional JSON and CSV, and the printed regional report."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_import, hub_outputs
from tests.bundle.homes import MINI_FORM, TODAY, make_session
from tests.hub.upward_craft import HubWorld, approve_member, release, upward_bytes


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    hub = make_session(tmp_path / "hub", "hub")
    sessions = [hub]
    paths = []
    for name, yes in (("Sierra Leone", 57), ("Liberia", None), ("Guinea", 20)):
        member = make_session(tmp_path / name, "coordinator")
        sessions.append(member)
        approve_member(hub, member, name)
        world = HubWorld(tmp_path, hub, member, hub, [])
        for period in ("2026-Q2", "2026-Q3"):
            path = tmp_path / f"{name}-{period}.dat"
            path.write_bytes(upward_bytes(world, [release(period=period, yes=yes)], forms=[MINI_FORM]))
            paths.append(path)
    assert hub_import.import_member_bundles(hub, paths, today=TODAY).ok
    yield hub, tmp_path
    for s in sessions:
        s.lock()


def test_the_regional_json_sums_what_the_members_published(hub) -> None:  # type: ignore[no-untyped-def]
    session, root = hub
    done = hub_outputs.write_regional_tables(session, root / "regional.json", "json", today=TODAY)
    data = json.loads((root / "regional.json").read_text(encoding="utf-8"))
    assert done.tables == 2 and [t["period"] for t in data["tables"]] == ["2026-Q2", "2026-Q3"]
    cells = {tuple(sorted(c["key"].items())): c for c in data["tables"][1]["cells"]}
    yes_north = cells[(("region", "north"), ("safe", "yes"))]
    assert yes_north["members"] == {"Sierra Leone": 57, "Liberia": None, "Guinea": 20}
    assert yes_north["regional"] == 77 and yes_north["at_least"] is True
    total = cells[()]
    assert total["members"] == {"Sierra Leone": 88, "Liberia": 31, "Guinea": 51}
    assert total["regional"] == 170 and total["at_least"] is False
    no_north = cells[(("region", "north"), ("safe", "no"))]
    assert no_north["regional"] is None
    assert data["protection"]["method"] == "cell-key" and "sum of the members' published values" in data["protection"]["note"]


def test_the_regional_csv_has_labels_and_every_member(hub) -> None:  # type: ignore[no-untyped-def]
    session, root = hub
    hub_outputs.write_regional_tables(session, root / "regional.csv", "csv", today=TODAY, period="2026-07..2026-09")
    rows = (root / "regional.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Questionnaire,Indicator,Period,Answer,Breakdown,Member,Figure"
    assert "Mini survey,Safe by region,2026-Q3,Yes,Region: North,All members,≥ 77" in rows
    assert "Mini survey,Safe by region,2026-Q3,Yes,Region: North,Liberia,< 10" in rows
    assert not any("2026-Q2" in r for r in rows)


def test_the_regional_report_prints_the_member_dimension(hub) -> None:  # type: ignore[no-untyped-def]
    session, root = hub
    for language in ("en", "fr", "ar"):
        out = root / f"regional-{language}.pdf"
        done = hub_outputs.write_regional_report(session, out, today=TODAY, language=language)
        assert done.sections == 1 and out.read_bytes().startswith(b"%PDF")
    page_text = subprocess.run(["pdftotext", "-layout", str(root / "regional-en.pdf"), "-"], capture_output=True,
                               text=True, check=True).stdout
    for expected in ("Regional hub", "Sierra Leone", "Liberia", "Guinea", "All members", "Safe by region",
                     "≥ 77", "170", "How these figures are made"):
        assert expected in page_text, expected
    french = subprocess.run(["pdftotext", str(root / "regional-fr.pdf"), "-"], capture_output=True, text=True,
                            check=True).stdout
    assert "Tous les membres" in french and "Comment ces chiffres sont établis" in french


def test_nothing_released_yet(tmp_path: Path) -> None:
    session = make_session(tmp_path / "hub", "hub")
    try:
        with pytest.raises(NapError) as info:
            hub_outputs.write_regional_report(session, tmp_path / "r.pdf", today=TODAY)
        assert info.value.code is ErrorCode.HUB_NOTHING_RELEASED and not (tmp_path / "r.pdf").exists()
    finally:
        session.lock()
