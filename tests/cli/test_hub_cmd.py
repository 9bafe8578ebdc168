"""The hub through the command line: the same verbs one level up, and the role checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from tests.bundle.homes import MINI_FORM, PASSPHRASE


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_a_hub(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hub = tmp_path / "hub"
    code, out, err = run(capsys, hub, "init", "--role", "hub")
    assert code == 0, err
    assert out.startswith("Created a hub vault.")
    code, out, _ = run(capsys, hub, "status", "--json")
    assert code == 0 and json.loads(out)["role"] == "hub"


def test_a_hub_refuses_what_belongs_to_the_levels_below(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No interviews, no monitor bundles, no device card: a hub holds no answers and has nobody above it."""
    hub = tmp_path / "hub"
    assert run(capsys, hub, "init", "--role", "hub")[0] == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"consent": "yes"}), encoding="utf-8")
    form = tmp_path / "mini.yaml"
    form.write_text(MINI_FORM, encoding="utf-8")
    assert run(capsys, hub, "forms", "install", str(form))[0] == 0  # a hub holds forms: it shares common ones
    for argv in (
        ("interview", "--form", "mini_survey", "--answers", str(answers)),
        ("export", "--out", str(tmp_path / "b.dat")),
        ("device-card", "--out", str(tmp_path / "card.json")),
    ):
        code, out, err = run(capsys, hub, *argv)
        assert code == 1 and err.startswith("error VAULT_ROLE:"), (argv, err)
        assert "this vault is a hub" in err
    assert not (tmp_path / "b.dat").exists() and not (tmp_path / "card.json").exists()


def test_a_hub_imports_nothing_it_cannot_open(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hub = tmp_path / "hub"
    assert run(capsys, hub, "init", "--role", "hub")[0] == 0
    junk = tmp_path / "junk.dat"
    junk.write_bytes(b"%PDF-1.7 not a bundle" * 10)
    code, out, err = run(capsys, hub, "import", str(junk))
    assert code == 1 and err.startswith("error BUNDLE_NOT_A_BUNDLE:")


def test_import_tables_and_report_at_a_hub(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.bundle.homes import make_session
    from tests.hub.upward_craft import HubWorld, approve_member, release, upward_bytes

    hub_home = tmp_path / "hub"
    hub = make_session(hub_home, "hub")
    member = make_session(tmp_path / "member", "coordinator")
    approve_member(hub, member, "Sierra Leone")
    world = HubWorld(tmp_path, hub, member, hub, [])
    bundle = tmp_path / "up.dat"
    bundle.write_bytes(upward_bytes(world, [release(period="2026-Q3")], forms=[MINI_FORM]))
    hub.lock()
    member.lock()
    code, out, err = run(capsys, hub_home, "import", str(bundle))
    assert code == 0, err
    assert out.splitlines()[0] == f"{bundle}: imported bundle 1 from member Sierra Leone (1 release(s))"
    code, out, err = run(capsys, hub_home, "tables", "--format", "json", "--out", str(tmp_path / "r.json"))
    assert code == 0 and out.strip() == f"Wrote 1 regional table(s) to {tmp_path / 'r.json'}."
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["tables"][0]["members"] == ["Sierra Leone"]
    code, out, err = run(capsys, hub_home, "tables", "--format", "dhis2", "--mapping", "m.yaml", "--out", "x.json")
    assert code == 1 and err.startswith("error CLI_USAGE: a hub writes its regional tables as json or csv")
    code, out, err = run(capsys, hub_home, "report", "--out", str(tmp_path / "r.pdf"), "--language", "fr")
    assert code == 0 and "1 indicator(s)" in out and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_coordinator_sends_its_releases_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import random

    from tests.bundle.homes import make_session
    from tests.hub.levels import make_country, pin_hub

    hub = make_session(tmp_path / "hub", "hub")
    country = make_country(tmp_path, "Sierra Leone", monitors=1, per_quarter=30, rng=random.Random(2))
    pin_hub(country.coordinator, hub, "Sierra Leone")
    coordinator_home = country.coordinator.home
    for s in (hub, country.coordinator, *country.monitors):
        s.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, coordinator_home, "export", "--to-hub", "--out", str(stick), "--period", "2026Q3")
    assert code == 0, err
    assert out.startswith("Hub bundle 1 (") and out.rstrip().endswith("1 release(s): mini_survey 2026-Q3.")
    code, out, err = run(capsys, coordinator_home, "export", "--to-hub", "--out", str(stick))
    assert code == 0 and "1 release(s): mini_survey 2026-Q2." in out
    code, out, err = run(capsys, coordinator_home, "export", "--to-hub", "--out", str(stick))
    assert code == 1 and err.startswith("error HUB_NOTHING_TO_EXPORT:")
    code, out, err = run(capsys, coordinator_home, "export", "list")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["1", "2"]
    code, out, err = run(capsys, coordinator_home, "export", "--out", str(stick), "--period", "2026Q3")
    assert code == 1 and err.startswith("error CLI_USAGE: --form and --period go with --to-hub")
    files = sorted(stick.iterdir())
    code, out, err = run(capsys, tmp_path / "hub", "import", *map(str, files))
    assert code == 0, err
    assert sorted(line.split(": ", 1)[1] for line in out.splitlines()) == [
        "imported bundle 1 from member Sierra Leone (1 release(s))",
        "imported bundle 2 from member Sierra Leone (1 release(s))",
    ]
    code, out, err = run(capsys, tmp_path / "hub", "devices", "list")
    assert code == 0 and "Sierra Leone  last bundle 2" in out and "released: 2026-Q2, 2026-Q3" in out


def test_enrollment_and_twinning_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Hub kit, enroll, device card, approval, consent, upward export, import and the twinning report."""
    import random

    from tests.bundle.homes import make_session
    from tests.hub.levels import make_country

    hub_home = tmp_path / "hub"
    hub = make_session(hub_home, "hub")
    hub_fingerprint = hub.fingerprint
    hub.lock()
    rng = random.Random(5)
    countries = [make_country(tmp_path, name, monitors=1, per_quarter=30, rng=rng) for name in ("Sierra Leone", "Liberia")]
    fingerprints = {c.name: c.coordinator.fingerprint for c in countries}
    for c in countries:
        for s in (c.coordinator, *c.monitors):
            s.lock()
    kit = tmp_path / "hub.kit"
    code, out, err = run(capsys, hub_home, "kit", "create", "--out", str(kit), "--name", "Mano River network",
                         "--raw", "mini_survey")
    assert code == 0, err
    assert out.startswith(f"Hub kit 1 written to {kit} and verified. Hub fingerprint: ")
    lines = out.splitlines()
    assert lines[0].endswith(hub_fingerprint) and len(hub_fingerprint) == 47 and lines[1].startswith("Enrollment code: ")
    enrollment_code = lines[1].removeprefix("Enrollment code: ")
    code, out, err = run(capsys, hub_home, "kit", "create", "--out", str(tmp_path / "x.kit"), "--grace-days", "3")
    assert code == 1 and err.startswith("error CLI_USAGE: --grace-days is for a coordinator's kit")
    stick = tmp_path / "stick"
    stick.mkdir()
    for c in countries:
        home = c.coordinator.home
        code, out, err = run(capsys, home, "enroll", str(kit))  # no terminal to ask for the code
        assert code == 1 and err.startswith("error KIT_NEEDS_CODE:")
        code, out, err = run(capsys, home, "enroll", str(kit), "--code", enrollment_code)
        assert code == 0, err
        assert out.startswith("Joined hub 'Mano River network'") and "raw counts of: mini_survey" in out
        card = tmp_path / f"{c.name}.card"
        code, out, err = run(capsys, home, "device-card", "--out", str(card), "--label", c.name)
        assert code == 0 and out.strip().endswith(f"Read this fingerprint to the hub: {fingerprints[c.name]}")
        code, out, err = run(capsys, hub_home, "devices", "approve", str(card), "--yes")
        assert code == 0, err
        assert out.splitlines()[-1] == f"Approved member {fingerprints[c.name]} ({c.name}): its bundles of releases will now be accepted."
        code, out, err = run(capsys, home, "hub-sharing", "--twinning", "yes")
        assert code == 0 and "Twinning comparisons: shared" in out and "agreed: none" in out
        assert run(capsys, home, "export", "--to-hub", "--out", str(stick))[0] == 0
    code, out, err = run(capsys, countries[0].coordinator.home, "kit", "create", "--out", str(tmp_path / "y.kit"),
                         "--raw", "mini_survey")
    assert code == 1 and err.startswith("error CLI_USAGE: --raw is for a hub's kit")
    code, out, err = run(capsys, hub_home, "import", str(stick))
    assert code == 0 and out.count("imported bundle 1 from member") == 2, err
    pdf = tmp_path / "twinning.pdf"
    code, out, err = run(capsys, hub_home, "twinning", "--members", "Sierra Leone,Liberia", "--out", str(pdf))
    assert code == 0, err
    assert out.strip() == (f"Wrote the twinning report to {pdf}: Sierra Leone, Liberia side by side, 2 indicator(s), "
                           "no plan scorecard shared.")
    code, out, err = run(capsys, hub_home, "twinning", "--members", "Liberia", "--out", str(pdf))
    assert code == 1 and err.startswith("error CLI_USAGE: --members needs two or more members")
    code, out, err = run(capsys, countries[0].coordinator.home, "twinning", "--members", "a,b", "--out", str(pdf))
    assert code == 1 and err.startswith("error VAULT_ROLE:")
