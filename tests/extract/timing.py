"""Time the extractor per article over every corpus article (a measurement, not a test).

Run ``python -m tests.extract.timing``: it prints the mean milliseconds per article for
parse + extraction, best of several rounds, on the fixed dev set (the baseline: 1.39 ms before
issue 11's work) and on the blind batches, so changes to the rules can be checked against
the seeding budget (at least 1,000 articles/s on the whole ingest path).
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.extract import extract_facts
from bot.seedfile import parse_seed

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7
REPEAT = 40


def _dev() -> list[bytes]:
    """The fixed set the baseline was measured on: dev corpus, seeds and fixtures."""
    paths = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    paths += sorted((ROOT / "tests" / "extract" / "fixtures").glob("*.txt"))
    return [path.read_bytes() for path in paths]


def _blind() -> list[bytes]:
    return [path.read_bytes() for path in sorted((ROOT / "tests" / "corpus").glob("blind-*/*.txt"))]


def _time(raws: list[bytes]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(REPEAT):
            for raw in raws:
                extract_facts(parse_seed(raw).article)
        best = min(best, (time.perf_counter() - start) / (REPEAT * len(raws)))
    return best


def main() -> None:
    for label, raws in (("dev set", _dev()), ("blind batches", _blind())):
        if raws:
            print(f"{label}: {len(raws)} articles, {_time(raws) * 1000:.3f} ms per article")


if __name__ == "__main__":
    main()
