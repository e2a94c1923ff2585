"""The rate limiter never lets more than N requests start in any window of one period."""

from __future__ import annotations

import threading
import time

import pytest

from extract.pubmed.ratelimit import RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def max_in_any_window(times: list[float], period: float) -> int:
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        best = max(best, sum(1 for t in times[i:] if t - start < period - 1e-9))
    return best


@pytest.mark.parametrize("rate", [3, 10])
def test_never_exceeds_rate_with_a_fake_clock(rate):
    clock = FakeClock()
    limiter = RateLimiter(rate, clock=clock, sleep=clock.sleep)
    grants = [limiter.acquire() for _ in range(50)]
    assert max_in_any_window(grants, 1.0) == rate
    assert grants[-1] == pytest.approx((50 - 1) // rate * 1.0)


def test_fractional_rate_widens_the_window():
    clock = FakeClock()
    limiter = RateLimiter(0.5, clock=clock, sleep=clock.sleep)
    grants = [limiter.acquire() for _ in range(3)]
    assert grants == [0.0, 2.0, 4.0]


def test_holds_the_limit_across_threads_in_real_time():
    limiter = RateLimiter(5, period=0.2)
    grants: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(6):
            granted = limiter.acquire()
            with lock:
                grants.append(granted)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(grants) == 24
    assert max_in_any_window(grants, 0.2) <= 5
    assert time.monotonic() - started >= 0.2 * (24 // 5) - 0.05


def test_rejects_non_positive_rates():
    with pytest.raises(ValueError):
        RateLimiter(0)
