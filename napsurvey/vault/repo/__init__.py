"""Repositories: small typed functions over the vault's tables.

Each takes an open :class:`~napsurvey.vault.store.Vault`; reads use
``vault.connection``, writes ``vault.transaction()`` (which nests as a
savepoint, so several repository calls can form one unit of work).
"""
