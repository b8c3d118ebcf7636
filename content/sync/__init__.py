"""Team library: offline working copies synced with a PostgreSQL server by three-way merge."""
