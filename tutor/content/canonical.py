"""Canonical JSON: one byte sequence per value, so a signature over it is reproducible.

Keys sorted, no insignificant white space, UTF-8, no NaN or infinity. Two builds of the same
source give the same manifest bytes.
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """`value` as canonical JSON bytes. Raises ValueError for NaN/infinity or non-JSON types."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
