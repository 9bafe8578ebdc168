"""Sync without a network: canonical bytes, signed documents, sealed bundles, aggregates."""
