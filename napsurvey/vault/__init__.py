"""The encrypted vault: SQLCipher store, envelope keys, lock, schema, repositories.

Start with :class:`napsurvey.vault.store.Vault`.
"""
