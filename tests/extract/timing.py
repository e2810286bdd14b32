"""Time the extractor per article over every corpus article (a measurement, not a test).

Run ``python -m tests.extract.timing``: it prints the mean milliseconds per article for
parse + extraction, best of several rounds, so changes to the rules can be checked against
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


def _articles() -> list[bytes]:
    paths = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    paths += sorted((ROOT / "tests" / "extract" / "fixtures").glob("*.txt"))
    return [path.read_bytes() for path in paths]


def main() -> None:
    raws = _articles()
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(REPEAT):
            for raw in raws:
                extract_facts(parse_seed(raw).article)
        best = min(best, (time.perf_counter() - start) / (REPEAT * len(raws)))
    print(f"{len(raws)} articles: {best * 1000:.3f} ms per article (best of {ROUNDS})")


if __name__ == "__main__":
    main()
