"""Renderers: a ScanResult in, text out. They read only the result model."""
