"""Exports: frozen snapshots, the export job's database steps, the manifest."""
