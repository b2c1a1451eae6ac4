"""Importers and exporters: files in, files out, no Qt."""
