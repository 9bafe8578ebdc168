"""Repositories: small typed functions over the vault's tables.

Each takes an open vault (:class:`~napsurvey.vault.connection.OpenVault`, which
:class:`~napsurvey.vault.store.Vault` is); reads use
``vault.connection``, writes ``vault.transaction()`` (which nests as a
savepoint, so several repository calls can form one unit of work).
"""
