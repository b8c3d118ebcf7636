"""The starter library shipped with Kursverk: content drawn from KS tender texts."""

from __future__ import annotations
