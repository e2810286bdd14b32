"""A profile's sentence opened on "Next," that says what its subject shoots after ("Next, Vell
shoots Harrow, a coastal thriller for director X") names that work's director, not the
article's; one that names our own work keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Profile: Ines Vell, the camera behind Saltmarsh"
_LEDE = "Cinematographer Ines Vell on shooting Saltmarsh in a flooded valley."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_next_jobs_director_is_not_ours() -> None:
    for sentence in (
        "Next, Vell shoots Harrow, a Scottish island drama for director Callan Moor, which"
        " begins filming in the spring.",
        "Next up, Vell films Copper Road in Norway with director Callan Moor.",
    ):
        assert "Callan Moor" not in _crew(sentence), sentence


def test_a_next_sentence_about_our_work_keeps_its_director() -> None:
    sentence = "Next, Vell shoots the Saltmarsh reshoots for director Callan Moor in May."
    assert "Callan Moor" in _crew(sentence)
