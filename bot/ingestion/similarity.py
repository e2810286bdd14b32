"""Which name keys are spelt alike: the similarity search behind name reconciliation.

Pure and in memory. Two keys' similarity never changes, so a :class:`SimilarKeys` remembers
every key's close neighbours once found: reconciling the names again after each new article
of an ingest costs a few dictionary lookups per name instead of a search over every name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping


class SimilarKeys:
    """Every pair of keys at least ``threshold`` alike (Indel similarity in ``[0, 1]``), within
    the same ``block`` when one is given (keys in different blocks are never compared).

    Keys are added as they are first asked about; a key's neighbours are only ever keys that
    were added, so :meth:`neighbours` may name keys that are no longer in use (callers look
    them up among the keys they are clustering).
    """

    def __init__(self, threshold: float, block: Callable[[str], Hashable] | None = None) -> None:
        self.threshold = threshold
        self._block = block
        self._neighbours: dict[str, dict[str, float]] = {}
        self._by_length: dict[Hashable, dict[int, list[str]]] = {}

    def add(self, keys: Iterable[str]) -> None:
        """Find the neighbours of every key not seen before (among all keys seen so far)."""
        # Here, not at the top: the ingestion imported at READY need not load rapidfuzz on the
        # event loop; a thread preloads it (bot.knowledge.matching's docstring says what it costs).
        from rapidfuzz import process  # noqa: PLC0415
        from rapidfuzz.distance import Indel  # noqa: PLC0415

        slack = 1.0 - self.threshold + 1e-9
        for key in keys:
            if key in self._neighbours:
                continue
            found: dict[str, float] = {}
            size = len(key)
            lengths = self._by_length.setdefault(self._block(key) if self._block else None, {})
            for length, others in lengths.items():
                if abs(length - size) > slack * (length + size):
                    continue  # the Indel distance alone keeps these below the threshold
                for other, score, _ in process.extract(
                    key,
                    others,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=self.threshold,
                    limit=None,
                ):
                    found[other] = score
                    self._neighbours[other][key] = score
            self._neighbours[key] = found
            lengths.setdefault(size, []).append(key)

    def neighbours(self, key: str) -> Mapping[str, float]:
        """The keys at least :attr:`threshold` alike to ``key`` (added first if new), with
        their similarity; never ``key`` itself."""
        if key not in self._neighbours:
            self.add((key,))
        return self._neighbours[key]
