"""The schema version this Kursverk writes (the newest migration), without importing Alembic.

Opening a current library then needs no Alembic at all, which keeps start-up fast;
tests/db/test_store.py checks that this equals Alembic's head.
"""

from __future__ import annotations

HEAD = "0011"
