"""Where an opened bundle sits in its sender's chain: new, an exact copy, a conflict or a fork.

Shared by every importer (a coordinator importing its monitors' bundles, a hub
importing its members'): the sender's sequence numbers and the previous-bundle
hash of each signed manifest are checked the same way one level up as one
level down, against the bundles already imported (``sync_bundles``).
"""

from __future__ import annotations

from napsurvey.bundle import store
from napsurvey.bundle.formats import Manifest
from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.connection import Connection


def existing_copy(conn: Connection, manifest: Manifest, content_hash: str, path: str) -> store.ImportedBundle | None:
    """The imported bundle this one is an exact copy of, or None if it is new.

    A bundle with an imported bundle's id or sequence number but other content
    is refused (BUNDLE_SEQUENCE_CONFLICT): a sender never makes two bundles
    with one number.
    """
    same_id = store.imported_by_id(conn, manifest.bundle_id)
    if same_id is not None:
        if same_id.content_hash == content_hash:
            return same_id
        raise NapError(ErrorCode.BUNDLE_SEQUENCE_CONFLICT, path=path, device=manifest.device_id, sequence=manifest.sequence)
    if store.imported_by_sequence(conn, manifest.device_id, manifest.sequence) is not None:
        raise NapError(ErrorCode.BUNDLE_SEQUENCE_CONFLICT, path=path, device=manifest.device_id, sequence=manifest.sequence)
    return None


def check_chain(conn: Connection, manifest: Manifest, content_hash: str, path: str) -> None:
    """Refuse a bundle that breaks its sender's hash chain (BUNDLE_FORKED).

    Each bundle's signed manifest names the content hash of the sender's
    previous bundle. Bundles may arrive in any order, so the link is checked
    from whichever side arrives second: against bundle N-1 if it is already
    here, and against bundle N+1's recorded ``prev_hash`` if that one came first.
    """
    m = manifest
    if m.sequence == 1 and m.prev_hash:
        # A first bundle names no predecessor; one that does was not made by an honest sender.
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=1, earlier=0)
    before = store.imported_by_sequence(conn, m.device_id, m.sequence - 1) if m.sequence > 1 else None
    if before is not None and before.content_hash != m.prev_hash:
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=m.sequence,
                       earlier=m.sequence - 1)
    after = store.imported_by_sequence(conn, m.device_id, m.sequence + 1)
    if after is not None and after.prev_hash is not None and after.prev_hash != content_hash:
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=m.sequence + 1,
                       earlier=m.sequence)
