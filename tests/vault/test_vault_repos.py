from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlcipher3.dbapi2 import IntegrityError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.paths import shipped_forms_dir
from napsurvey.vault.repo import audit, drafts, forms, outcomes, records, settings
from napsurvey.vault.repo.records import NewRecord
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"


@pytest.fixture
def vault(made: tuple[Path, str]) -> Iterator[Vault]:
    home, _ = made
    with Vault.open(home, PASSPHRASE) as opened:
        yield opened


def _text(name: str) -> str:
    return (shipped_forms_dir() / name).read_text(encoding="utf-8")


def _bump(text: str, version: str) -> str:
    assert 'version: "2026.2"' in text
    return text.replace('version: "2026.2"', f'version: "{version}"', 1)


def test_install_upgrade_and_refusals(vault: Vault) -> None:
    text = _text("community_safety.yaml")
    row = forms.install_form(vault, text, "file")
    assert (row.form_id, row.version, row.active, row.source) == ("community_safety", "2026.2", True, "file")
    assert forms.install_form(vault, text, "file") == row  # same text again: nothing changes
    newer = forms.install_form(vault, _bump(text, "2026.10"), "file")
    assert newer.active
    assert [r.version for r in forms.list_forms(vault)] == ["2026.10"]
    assert {r.version for r in forms.list_forms(vault, active_only=False)} == {"2026.2", "2026.10"}
    assert forms.get_form(vault, "community_safety").version == "2026.10"
    assert forms.get_form(vault, "community_safety", "2026.2").version == "2026.2"  # records keep their version

    with pytest.raises(NapError) as err:
        forms.install_form(vault, _bump(text, "2026.3"), "file")
    assert err.value.code is ErrorCode.VAULT_FORM_DOWNGRADE
    with pytest.raises(NapError) as err:
        forms.install_form(vault, _bump(text, "2026.10") + "\n# edited\n", "file")
    assert err.value.code is ErrorCode.VAULT_FORM_CHANGED
    assert "forms_installed" in [e.event for e in audit.list_events(vault)]


def test_high_sensitivity_form_only_from_a_kit(vault: Vault) -> None:
    text = _text("crsv_incident.yaml")
    for source in ("file", "shipped"):
        with pytest.raises(NapError) as err:
            forms.install_form(vault, text, source)  # type: ignore[arg-type]
        assert err.value.code is ErrorCode.VAULT_FORM_HIGH_NEEDS_KIT
    assert forms.install_form(vault, text, "kit").sensitivity == "high"


def test_a_broken_form_keeps_its_form_code_and_installs_nothing(vault: Vault) -> None:
    before = forms.list_forms(vault, active_only=False)
    with pytest.raises(NapError) as err:
        forms.install_form(vault, "settings: [", "file")
    assert err.value.code.name.startswith("FORM_")
    assert forms.list_forms(vault, active_only=False) == before


def test_unknown_form_is_a_coded_error(vault: Vault) -> None:
    with pytest.raises(NapError) as err:
        forms.get_form(vault, "nope")
    assert err.value.code is ErrorCode.VAULT_FORM_NOT_INSTALLED


def test_drafts_save_list_get_delete(vault: Vault) -> None:
    draft_id = drafts.create_draft(vault, "f", "1", {"answers": {}})
    assert drafts.save_draft(vault, draft_id, {"answers": {"age": 30}}) == 1
    assert drafts.save_draft(vault, draft_id, {"answers": {"age": 31}}) == 2
    got = drafts.get_draft(vault, draft_id)
    assert got.snapshot == {"answers": {"age": 31}} and got.updated_seq == 2
    assert [d.id for d in drafts.list_drafts(vault)] == [draft_id]
    assert drafts.count_drafts(vault) == {"f": 1}
    drafts.delete_draft(vault, draft_id)
    for call in (lambda: drafts.get_draft(vault, draft_id), lambda: drafts.save_draft(vault, draft_id, {})):
        with pytest.raises(NapError) as err:
            call()
        assert err.value.code is ErrorCode.VAULT_DRAFT_NOT_FOUND


def test_record_and_draft_in_one_unit_of_work_roll_back_together(vault: Vault) -> None:
    draft_id = drafts.create_draft(vault, "f", "1", {"answers": {}})
    with pytest.raises(RuntimeError), vault.transaction():
        records.insert_record(vault, NewRecord("f", "1", "2025-02", {"q": "a"}))
        drafts.delete_draft(vault, draft_id)
        raise RuntimeError("crash before commit")
    assert records.count_records(vault) == 0
    assert drafts.get_draft(vault, draft_id).form_id == "f"


def test_records_counts_and_outcomes(vault: Vault) -> None:
    records.insert_records(vault, [NewRecord("a", "1", "2025-01", {"x": 1})] * 3)
    records.insert_record(vault, NewRecord("b", "1", "2025-01", {"x": 1}))
    vault.connection.execute("UPDATE records SET bundle_id = 'B1' WHERE form_id = 'b'")
    assert records.counts_by_form(vault) == {"a": 3, "b": 1}
    assert records.count_not_exported(vault) == 3
    with pytest.raises(IntegrityError):
        records.insert_record(vault, NewRecord("a", "1", "January", {}))  # month must be YYYY-MM
    outcomes.add_outcome(vault, "a", "1", "2025-01", "refused")
    outcomes.add_outcome(vault, "a", "1", "2025-01", "refused", 2)
    outcomes.add_outcome(vault, "a", "1", "2025-01", "ended_child")
    assert outcomes.outcome_counts(vault) == {"refused": 3, "ended_child": 1}


def test_settings_store_json_and_refuse_what_json_cannot_hold(vault: Vault) -> None:
    assert settings.get_setting(vault, "font_size", 12) == 12
    settings.put_setting(vault, "font_size", 16)
    settings.put_setting(vault, "referral_directory", {"north": [{"name": "Clinic", "phone": "123"}]})
    assert settings.get_setting(vault, "font_size", 12) == 16
    assert settings.get_setting(vault, "referral_directory")["north"][0]["name"] == "Clinic"
    with pytest.raises(NapError) as err:
        settings.put_setting(vault, "bad", {1, 2})
    assert err.value.code is ErrorCode.VAULT_SETTING
    settings.delete_setting(vault, "font_size")
    assert settings.get_setting(vault, "font_size", None) is None
