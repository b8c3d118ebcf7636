"""Curricula: their commands (sessions and the modules in them)."""
