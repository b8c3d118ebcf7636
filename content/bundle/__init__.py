"""Export and import kursverk-bundle zips: a manifest plus JSON members (docs/bundle-format.md).

Export writes ``*.part`` and then replaces the target. Import reads and checks the whole
archive first (nothing is ever extracted to disk; new items are kept as slim records), then
reads the item members again and writes in bulk within the caller's transaction: the caller
commits, and any exception means nothing was written.
This module is the public face; the work is in bundle_export, bundle_read and bundle_write.
"""

from __future__ import annotations

from content.bundle.common import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BundleStats,
    ImportReport,
    schema,
)
from content.bundle.export import export_bundle
from content.bundle.read import read_manifest
from content.bundle.safety import BundleError
from content.bundle.write import import_bundle

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BundleError",
    "BundleStats",
    "ImportReport",
    "export_bundle",
    "import_bundle",
    "read_manifest",
    "schema",
]
