"""Render frozen snapshots to PDF and PowerPoint. No Qt, no database."""
