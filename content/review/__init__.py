"""Review: comments anchored to text fields, their commands and queries, review drafts."""
