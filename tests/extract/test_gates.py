"""The sentence gates skip work, never a fact: over a fixed sample of the corpus, extraction
with every gate open gives the same facts as with the gates in place.

A gate lets a sentence skip a whole chain of rules when it holds none of the chain's cue words
(``bot/extract/crewcues.py`` for crew, ``bot/extract/releasecues.py`` for release). A new rule
whose words a gate lacks loses facts on sentences the gate shuts out; this test finds it (on every
third article, to stay quick), and the fix is to add the rule's words to that gate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import extract_facts, gates
from bot.ingestion.seedfile import parse_seed

_CORPUS = sorted((Path(__file__).parents[1] / "corpus").rglob("*.txt"))
_SAMPLE = _CORPUS[::3]
"""Every third corpus article: every rule module is exercised, in a few seconds a slice."""
_SLICES = 4


@pytest.mark.parametrize("part", range(_SLICES))
def test_gates_keep_every_fact(part: int) -> None:
    for path in _SAMPLE[part::_SLICES]:
        article = parse_seed(path.read_bytes()).article
        gated = extract_facts(article)
        with gates.opened():
            open_ = extract_facts(article)
        assert gated == open_, path.name
