"""Catalogues kept as data in rules/catalog: permissions, SDKs, sensitive APIs, known libraries."""
