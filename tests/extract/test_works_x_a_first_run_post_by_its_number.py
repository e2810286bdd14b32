"""The first run's post told by its number ("series one director X") is the earlier run's, as
"the first series' director X" is, unless its holder is told back (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackenmoor film finishes its shoot in Whitby"
_LEDE = "The Brackenmoor film, directed by Tobias Wren, wrapped in Whitby on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_first_runs_director_by_its_number_credits_nobody_on_the_film() -> None:
    for sentence in (
        "The show's grey palette, chosen by season one director Marta Quill in 2021, is gone.",
        "Fans still praise series 1 director Marta Quill for the lighthouse episode.",
        "Series one director Marta Quill does not return; the film is a fresh start.",
    ):
        found = _crew(sentence)
        assert "Marta Quill" not in found, sentence
        assert "Tobias Wren" in found, sentence


def test_a_first_runs_director_told_back_keeps_the_credit() -> None:
    sentence = "Season one director Marta Quill is back to shoot the second unit in Scarborough."
    assert "Marta Quill" in _crew(sentence)
