"""Small helpers shared by the benchmark's figures: percentiles and timing."""

from __future__ import annotations

import contextlib
import gc
import math
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.5 for p50, 0.99 for p99)."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True, slots=True)
class Latency:
    """p50/p99 of a series of timings, in milliseconds."""

    count: int
    p50_ms: float
    p99_ms: float
    max_ms: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Latency:
        return cls(
            len(seconds),
            percentile(seconds, 0.5) * 1000,
            percentile(seconds, 0.99) * 1000,
            max(seconds, default=math.nan) * 1000,
        )

    def as_dict(self) -> dict[str, float]:
        return {
            "count": self.count,
            "p50_ms": round(self.p50_ms, 3),
            "p99_ms": round(self.p99_ms, 3),
            "max_ms": round(self.max_ms, 3),
        }


def now() -> float:
    """The benchmark's clock, in seconds: the one the fake Discord stamps its records with."""
    return time.perf_counter()


def ratio(value: float, base: float) -> float:
    """``value / base``, rounded to 3 places (NaN without a base)."""
    return round(value / base, 3) if base else math.nan


def median(samples: Sequence[float]) -> float:
    """The middle sample (nearest rank)."""
    return percentile(samples, 0.5)


@contextlib.contextmanager
def no_pauses_here() -> Iterator[None]:
    """Keep the benchmark's own garbage collector from pausing it while it times something.

    The benchmark is the measuring instrument: a collection in its process would be counted
    as the bot's latency. The bots' own collections are theirs and count.
    """
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
