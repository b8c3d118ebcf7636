"""Full-text search: the query side and the index kept current."""
