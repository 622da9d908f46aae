"""Catalogue-driven detection on top of extracted facts: SDKs, sensitive APIs, notable strings, ownership."""
