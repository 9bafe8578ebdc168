"""The hub's import: its members' upward bundles, each all or nothing.

A hub (a network or a regional organisation) imports what its member
coordinators released, as a coordinator imports its monitors' bundles: the
same container and checks (:func:`napsurvey.bundle.envelope.open_sealed` with
the upward kind), the same refusals and codes, the same chain of sequence
numbers and previous-bundle hashes (:mod:`napsurvey.bundle.chain`), the same
loop over files (:func:`napsurvey.services.sync_import.import_each`). What it
stores are the members' release editions (:mod:`napsurvey.bundle.hub_store`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from napsurvey.bundle import chain, hub_store, store
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.envelope import Opened, open_sealed
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.bundle.upward import UPWARD_BUNDLE, UpwardBody
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import load_form_text
from napsurvey.services import hub_views
from napsurvey.services.hub_views import member_label
from napsurvey.services.session import Session
from napsurvey.services.sync_import import ImportOutcome, ImportReport, duplicate_outcome, import_each
from napsurvey.vault.fingerprint import fingerprint, legacy_short_id
from napsurvey.vault.repo.audit import file_name, log_event
from napsurvey.vault.store import Vault

__all__ = ["import_member_bundles"]


class _HubImporter:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.box = bytes(vault.box_private_key())
        self.identities = [age_identity(self.box)]
        self.own = age_recipient(vault.box_public_key)
        members = store.device_keys(vault.connection)
        # Bundles made by earlier versions name the member by its short id; the key decides who it is.
        self.members = {**{legacy_short_id(k): k for k in members.values()}, **members}
        self.labels = {d.device_id: d.label for d in store.devices(vault.connection)}

    def open(self, data: bytes, path: str) -> Opened[UpwardBody]:
        return open_sealed(data, self.identities, self.members.get, own_recipient=self.own,
                           own_box_private=self.box, path=path, kind=UPWARD_BUNDLE)

    def merge(self, opened: Opened[UpwardBody], path: str, day: str) -> ImportOutcome:
        # One name per member, whichever id the bundle used (the content hash stays that of the bundle as signed).
        m = opened.body.manifest.model_copy(update={"device_id": fingerprint(opened.signer)})
        conn = self.vault.connection
        copy = chain.existing_copy(conn, m, opened.content_hash, path)
        if copy is not None:
            return duplicate_outcome(copy, m, path)
        chain.check_chain(conn, m, opened.content_hash, path)
        sent = opened.document["releases"]  # each release as signed, in the order of opened.body.releases
        for release, as_sent in zip(opened.body.releases, sent, strict=True):
            stored = hub_store.stored_hash(conn, m.device_id, release.form_id, release.period, release.edition)
            if stored is not None and stored != hub_store.release_hash(as_sent):
                raise NapError(ErrorCode.HUB_RELEASE_CONFLICT, path=path, member=m.device_id, edition=release.edition,
                               form_id=release.form_id, period=release.period)
        forms = self._new_forms(opened.body.forms, path)
        tables = _perturbation_tables(opened.body.perturbation_tables, path)
        with self.vault.transaction() as tx:
            store.record_imported(tx, m, opened.content_hash, day)
            new = hub_store.store_releases(tx, m.device_id, m.bundle_id, sent)
            for form_id, version, text in forms:
                hub_store.store_form(tx, text, form_id, version, m.device_id, day)
            for table_id, text in tables:
                hub_store.store_perturbation_table(tx, table_id, text)
            hub_store.store_sharing(tx, m.device_id, m.sequence, opened.body.sharing)
            log_event(self.vault, "imported", f"member {m.device_id} bundle {m.sequence}: {new} release(s)",
                      data={"member": m.device_id, "sequence": m.sequence, "file": file_name(path), "releases": new})
        name = member_label(self.labels, m.device_id)
        return ImportOutcome(path, "imported", None,
                             f"{path}: imported bundle {m.sequence} from member {name} ({new} release(s))",
                             m.device_id, m.sequence, name)


    def _new_forms(self, texts: list[str], path: str) -> list[tuple[str, str, str]]:
        """The questionnaires of the bundle the hub does not have yet, checked like any form file."""
        known = hub_store.known_form_hashes(self.vault.connection)
        out = []
        for index, text in enumerate(texts):
            if sha256_hex(text.encode("utf-8")) in known:
                continue
            try:
                form = load_form_text(text, f"form {index + 1}").form
            except NapError as exc:
                raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason=f"form {index + 1}: {exc.code.name}") from None
            out.append((form.form_id, form.version, text))
        return out


def _perturbation_tables(texts: list[str], path: str) -> list[tuple[str, str]]:
    """(table id, JSON) of each perturbation table a member sent, each checked to be one."""
    if not texts:
        return []
    # Loaded only when a member sends raw counts: the table's module brings the optimiser (and the app starts without).
    from napsurvey.privacy.ptable import PerturbationTable  # noqa: PLC0415

    out = []
    for text in texts:
        try:
            PerturbationTable.from_json(text)
        except (ValueError, KeyError, TypeError):
            raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="not a perturbation table") from None
        out.append((sha256_hex(text.encode("utf-8")), text))
    return out


def import_member_bundles(
    session: Session,
    paths: Sequence[Path],
    *,
    today: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import members' upward bundles one by one, each all or nothing (hub)."""
    vault = session.require_role("hub")
    importer = _HubImporter(vault)
    outcomes, found = import_each(
        session, paths, lambda data, label: importer.merge(importer.open(data, label), label, today), progress=progress)
    touched = sorted({o.device_id for o in outcomes if o.status == "imported"})
    return ImportReport(outcomes, hub_views.gaps(session), skipped=found.skipped, touched=touched)
