"""When the laptop tries to sync: soon after start, every few minutes while it works, and after a
failure later and later (exponential backoff with jitter), so forty laptops that lose the network
together do not all knock on the server at the same instant when it comes back.

Standard library only; the app's sync controller asks next_delay() after every attempt.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_DELAY_S = 10.0  # after start: the first screen and the database come first
INTERVAL_S = 300.0  # between syncs that worked
BASE_RETRY_S = 30.0  # the first retry after a failure
MAX_RETRY_S = 3600.0  # never wait longer than an hour


@dataclass(frozen=True)
class SyncSchedule:
    interval_s: float = INTERVAL_S
    base_retry_s: float = BASE_RETRY_S
    max_retry_s: float = MAX_RETRY_S

    def next_delay(self, failures: int, rng: random.Random | None = None) -> float:
        """Seconds until the next attempt: the interval after a success (failures == 0), else
        base × 2^(failures − 1), at most max_retry_s, scaled by a random factor in [0.5, 1]."""
        if failures <= 0:
            return self.interval_s
        ceiling = min(self.max_retry_s, self.base_retry_s * 2.0 ** min(failures - 1, 30))
        factor: float = (rng or random).random()
        return float(ceiling * (0.5 + 0.5 * factor))
