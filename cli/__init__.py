"""The command-line front end of Kursverk (a sibling of gui/, no Qt)."""

from __future__ import annotations
