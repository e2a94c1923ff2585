"""A thread-safe sliding-window rate limiter for NCBI's per-second request limits."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most ``rate`` acquisitions in any window of ``period`` seconds, across threads.

    A sliding log (not a token bucket refilled by float arithmetic) so the guarantee is exact:
    the (n+rate)-th call starts no earlier than ``period`` after the n-th. NCBI counts requests
    per second per IP/API key: 3 without a key, 10 with one.
    """

    def __init__(
        self,
        rate: float,
        period: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        self.max_calls = max(1, int(rate))
        self.period = period * self.max_calls / rate  # fractional rates widen the window
        self._clock = clock
        self._sleep = sleep
        self._calls: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Block until a request may start; returns the time it was granted."""
        with self._lock:
            while True:
                now = self._clock()
                while self._calls and now - self._calls[0] >= self.period:
                    self._calls.popleft()
                if len(self._calls) < self.max_calls:
                    self._calls.append(now)
                    return now
                self._sleep(self.period - (now - self._calls[0]))

    def __enter__(self) -> RateLimiter:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        return None
