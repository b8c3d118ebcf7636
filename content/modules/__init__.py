"""Modules: their commands (sections, blocks) and the minutes rule."""
