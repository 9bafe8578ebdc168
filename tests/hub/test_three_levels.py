"""Three levels: two monitors under each of two coordinators, one hub.

The regional tables and report come only from what the coordinators
released: their counts match an independent count of the coordinators' own
published tables, nothing above the coordinators is more detailed than what
they released (checked in the upward bundles themselves and by an attacker
over everything the hub publishes together with the members' releases), and
where raw counts are pooled the pooled figures are protected again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from napsurvey.bundle.envelope import open_sealed
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.bundle.upward import UPWARD_BUNDLE
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_export, hub_import, hub_outputs, outputs, releases, twinning
from tests.bundle.homes import expected_counts
from tests.hub.levels import QUARTERS, TODAY, Network, make_network
from tests.hub.regional_attacker import build

Key = tuple[str | None, ...]


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    net = make_network(tmp_path_factory.mktemp("network"), per_quarter=60, twinning=["Sierra Leone", "Liberia"])
    yield net
    net.close()


@pytest.fixture(scope="module")
def pooled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    net = make_network(tmp_path_factory.mktemp("pooled"), per_quarter=30, seed=7, raw=["mini_survey"],
                       agree=["Sierra Leone", "Liberia"])
    yield net
    net.close()


def _published(net: Network, name: str, period: str) -> dict[tuple[str, Key], int | None]:
    """(indicator, key) -> count of the coordinator's own published JSON tables for one released period."""
    country = next(c for c in net.countries if c.name == name)
    out = net.root / f"{name}-{period}.json"
    if not out.exists():
        outputs.write_tables(country.coordinator, out, "json", today=TODAY, period=period.replace("-", ""))
    data = json.loads(out.read_text(encoding="utf-8"))
    return {(t["indicator"], tuple(c["key"].get(d) for d in t["dimensions"])): c["count"]
            for t in data["tables"] for c in t["cells"]}


def _regional(net: Network, name: str = "regional.json") -> dict[str, Any]:
    out = net.root / name
    if not out.exists():
        hub_outputs.write_regional_tables(net.hub, out, "json", today=TODAY)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _upward(net: Network) -> list[tuple[str, dict[str, Any]]]:
    """Every release edition inside the upward bundles, opened with the hub's key: (member id, release JSON)."""
    vault = net.hub.vault
    identity = age_identity(bytes(vault.box_private_key()))
    members = {c.coordinator.fingerprint: c.coordinator.vault.signing_public_key for c in net.countries}
    out = []
    for c in net.countries:
        opened = open_sealed((net.root / c.name / "up.dat").read_bytes(), [identity], members.get,
                             own_recipient=age_recipient(vault.box_public_key), kind=UPWARD_BUNDLE)
        out += [(c.coordinator.fingerprint, r) for r in opened.document["releases"]]
    return out


def test_regional_figures_match_an_independent_count_of_the_members_releases(network: Network) -> None:
    data = _regional(network)
    names = [c.name for c in network.countries]
    assert {m["member"] for m in data["members"]} == set(names)
    checked = 0
    for table in data["tables"]:
        published = {n: _published(network, n, table["period"]) for n in names}
        for cell in table["cells"]:
            key = tuple(cell["key"].get(d) for d in table["dimensions"])
            values = {n: published[n][(table["indicator"], key)] for n in names}
            assert cell["members"] == values  # each member's figure is exactly what it published
            shown = [v for v in values.values() if v is not None]
            assert cell["regional"] == (sum(shown) if shown else None)
            assert cell["at_least"] == (bool(shown) and len(shown) < len(values))
            checked += 1
    assert checked > 100 and len(data["tables"]) == 2 * len(QUARTERS)
    totals = [c for t in data["tables"] for c in t["cells"] if not c["key"]]
    assert all(c["regional"] is not None and not c["at_least"] for c in totals)


def test_nothing_above_the_coordinators_is_more_detailed_than_what_they_released(network: Network) -> None:
    names = {c.coordinator.fingerprint: c.name for c in network.countries}
    upward = _upward(network)
    assert len(upward) == 2 * len(QUARTERS)
    for member, release in upward:
        assert release["protection"]["method"] == "cell-key"
        published = _published(network, names[member], release["period"])
        for table in release["tables"]:
            assert "raw_keys" not in table and "raw_counts" not in table and "raw_key_sums" not in table
            for key, value in zip(table["keys"], table["values"], strict=True):
                assert published[(table["indicator"], tuple(key))] == value
    hub = _regional(network)
    alone, targets = build(upward, None, names=names)
    with_hub, _ = build(upward, hub, names=names)
    assert len(with_hub.rows) > len(alone.rows)
    sample = [cols for i, cols in enumerate(targets.values()) if i % 7 == 0]
    assert len(sample) > 20
    for cols in sample:
        assert alone.interval(cols) == with_hub.interval(cols)


def _true_margins(net: Network) -> dict[tuple[str, str, str, Key], int]:
    """(member id, indicator, period, key) -> true count, counted from the monitors' records."""
    out: dict[tuple[str, str, str, Key], int] = {}
    for c in net.countries:
        counts = expected_counts(c.rows)
        for quarter, months in QUARTERS.items():
            for (indicator, key), n in counts.items():
                if key[-1] not in (quarter, *months):
                    continue
                width = len(key)
                for mask in range(1 << width):
                    margin = tuple(None if mask >> i & 1 else key[i] for i in range(width))
                    slot = (c.coordinator.fingerprint, indicator, quarter, margin)
                    out[slot] = out.get(slot, 0) + n
    return out


def test_pooled_raw_counts_are_protected_again(pooled: Network) -> None:
    names = {c.coordinator.fingerprint: c.name for c in pooled.countries}
    upward = _upward(pooled)
    assert all("raw_keys" in t for _, r in upward for t in r["tables"])
    hub = _regional(pooled, "pooled.json")
    assert all(t["pooled_members"] == sorted(names.values()) for t in hub["tables"])
    assert hub["protection"]["pooled_threshold"] == 10
    truth = _true_margins(pooled)
    attack, targets = build(upward, hub, names=names)
    pinned = []
    for (member, _form, indicator, period, key), cols in targets.items():
        true = truth.get((member, indicator, period, key), 0)
        low, high = attack.interval(cols)
        assert low <= true <= high
        if 0 < true < 10 and low == high:
            pinned.append((names[member], indicator, period, key, true))
    assert pinned == []
    shown_only_pooled = [c for t in hub["tables"] for c in t["cells"]
                         if c["regional"] is not None and all(v is None for v in c["members"].values())]
    assert shown_only_pooled, "pooling should show cells no member could show alone"


def test_the_upward_export_refuses_what_it_cannot_send(network: Network, tmp_path: Path) -> None:
    coordinator = network.countries[0].coordinator
    with pytest.raises(NapError) as info:
        hub_export.export_to_hub(coordinator, tmp_path, today=TODAY)
    assert info.value.code is ErrorCode.HUB_NOTHING_TO_EXPORT and not list(tmp_path.iterdir())
    with pytest.raises(NapError) as info:
        hub_export.export_to_hub(coordinator, tmp_path, today=TODAY, period="2026Q1..2026Q3")
    assert info.value.code is ErrorCode.RELEASE_NOT_RELEASED  # a partial range is never published as complete
    with pytest.raises(NapError) as info:
        hub_export.export_to_hub(network.countries[0].monitors[0], tmp_path, today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE
    ledger = releases.publications(coordinator)
    assert [p.output for p in ledger].count("hub bundle") == 1


def test_a_lost_upward_bundle_made_again_is_a_duplicate_at_the_hub(network: Network, tmp_path: Path) -> None:
    country = network.countries[1]
    [sent] = hub_export.hub_store.sent_upward_bodies(country.coordinator.vault.connection)
    again = hub_export.export_to_hub_again(country.coordinator, sent.manifest.bundle_id, tmp_path / "again.dat",
                                           today=TODAY)
    assert again.file_sha256 != hub_export.sha256_hex((network.root / country.name / "up.dat").read_bytes())
    report = hub_import.import_member_bundles(network.hub, [again.path], today=TODAY)
    assert report.ok and report.outcomes[0].status == "duplicate"


def test_the_twinning_report_shows_each_member_exactly_as_it_released(network: Network, tmp_path: Path) -> None:
    names = [c.name for c in network.countries]
    report = twinning.twinning_input(network.hub, ["Liberia", network.countries[0].coordinator.fingerprint],
                                     today=TODAY)
    assert report.members == ["Liberia", "Sierra Leone"]  # in the order asked, by name
    assert {s.title for s in report.sections} == {"Safe by region", "Services"}
    for section in report.sections:
        indicator = "safe_by_region" if section.title == "Safe by region" else "services_used"
        assert section.keys and section.keys[-1] == (None,) * len(section.keys[0])  # the total last
        for row in section.members:
            published = _published(network, row.name, section.period)
            assert [f.value for f in row.figures] == [published[(indicator, k)] for k in section.keys]
        assert section.trend_columns == report.members
        for row in section.trend:  # one row per period: each member's own total, never added up
            totals = [_published(network, n, row.name)[(indicator, section.keys[-1])] for n in report.members]
            assert [f.value for f in row.figures] == totals
    done = twinning.write_twinning_report(network.hub, tmp_path / "twinning.pdf", names, today=TODAY, language="fr")
    assert done.sections == len(report.sections) and done.size > 2000
    assert (tmp_path / "twinning.pdf").read_bytes().startswith(b"%PDF")


def test_twinning_needs_two_members_who_chose_to_share(network: Network, pooled: Network) -> None:
    with pytest.raises(NapError) as info:
        twinning.twinning_input(pooled.hub, ["Sierra Leone", "Liberia"], today=TODAY)
    assert info.value.code is ErrorCode.HUB_NOT_SHARED
    with pytest.raises(NapError) as info:
        twinning.twinning_input(network.hub, ["Liberia", "liberia"], today=TODAY)
    assert info.value.code is ErrorCode.HUB_TWINNING_MEMBERS
    with pytest.raises(NapError) as info:
        twinning.twinning_input(network.hub, ["Liberia", "Guinea"], today=TODAY)
    assert info.value.code is ErrorCode.HUB_MEMBER_UNKNOWN


def test_a_withdrawal_from_twinning_goes_up_without_waiting_for_a_release(tmp_path: Path) -> None:
    net = make_network(tmp_path, per_quarter=20, twinning=["Sierra Leone", "Liberia"])
    try:
        assert twinning.twinning_input(net.hub, ["Sierra Leone", "Liberia"], today=TODAY).sections
        liberia = net.countries[1].coordinator
        with pytest.raises(NapError) as info:  # nothing new to say
            hub_export.export_to_hub(liberia, tmp_path / "none.dat", today=TODAY)
        assert info.value.code is ErrorCode.HUB_NOTHING_TO_EXPORT
        hub_export.set_sharing(liberia, twinning=False)
        ledger = len(releases.publications(liberia))
        sent = hub_export.export_to_hub(liberia, tmp_path / "withdrawn.dat", today=TODAY)
        assert sent.releases == [] and sent.sequence == 2
        assert len(releases.publications(liberia)) == ledger  # no release went out: nothing new in the ledger
        report = hub_import.import_member_bundles(net.hub, [sent.path], today=TODAY)
        assert report.ok and report.outcomes[0].status == "imported"
        with pytest.raises(NapError) as info:
            twinning.twinning_input(net.hub, ["Sierra Leone", "Liberia"], today=TODAY)
        assert info.value.code is ErrorCode.HUB_NOT_SHARED
        with pytest.raises(NapError) as info:
            hub_export.export_to_hub(liberia, tmp_path / "again.dat", today=TODAY)
        assert info.value.code is ErrorCode.HUB_NOTHING_TO_EXPORT and not (tmp_path / "again.dat").exists()
    finally:
        net.close()
