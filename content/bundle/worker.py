"""The bundle checker's worker process: ``python -m content.bundle.worker``.

Reads a request (JSON: path, members, limits, language) from stdin, checks those members
with ``content.bundle.check.check_members`` and writes the problems to stdout as JSON.
"""

from __future__ import annotations

import sys

import orjson

from content.bundle.check import check_members
from content.bundle.safety import Limits


def main() -> None:
    """Answer one request."""
    request = orjson.loads(sys.stdin.buffer.read())
    limits = Limits(**request["limits"])
    found = check_members(request["path"], request["members"], limits, request["lang"])
    sys.stdout.buffer.write(orjson.dumps(found))


if __name__ == "__main__":
    main()
