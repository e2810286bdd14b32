"""A credit in the object of a past verb whose subject is the earlier instalments ("previous
series of the show had a score by X") is that run's, not the film's; a credit brought on by a
clause of its own, or a maker said to return, stays ours (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowby film: the music"
_LEDE = "The Harrowby film closes the drama this autumn."


def _composers(sentence: str) -> set[str]:
    found = facts(_LEDE, "Petra Lune wrote the film's score. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "composer"}


def test_the_earlier_runs_music_is_theirs() -> None:
    for sentence in (
        "Earlier seasons of Harrowby used folk songs and a score by Odo Brannock, she says.",
        "The previous three series had original music by Odo Brannock.",
        "Earlier films leaned on a score composed by Odo Brannock.",
    ):
        found = _composers(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Petra Lune" in found, sentence


def test_a_new_clause_or_a_return_keeps_the_credit() -> None:
    for sentence in (
        "Earlier seasons used folk songs, but this one has a score by Odo Brannock.",
        "Earlier seasons had a score by Odo Brannock, who returns for the film.",
    ):
        assert "Odo Brannock" in _composers(sentence), sentence
