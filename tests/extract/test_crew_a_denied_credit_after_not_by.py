"""A credit told as who did *not* make the production ("directed by X, not by the show's usual
directors A and B") credits only X; a "not ... but by" turn still credits the one after "but by"
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate: the sequel film gets its first teaser"
_LEDE = "Netflix released the first teaser for Marrowgate: The Last Tide on Monday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_names_after_not_by_are_no_credit() -> None:
    for sentence in (
        "The film is directed by Petra Hollin, not by the show's usual directors Oskar Fenn and"
        " Lidia Marsh.",
        "It was written by Petra Hollin rather than the original writer Oskar Fenn.",
    ):
        crew = _crew(sentence)
        assert "Petra Hollin" in crew, sentence
        assert "Oskar Fenn" not in crew, sentence
        assert "Lidia Marsh" not in crew, sentence


def test_a_not_but_by_turn_keeps_the_credit() -> None:
    sentence = "It was directed not by a newcomer but by director Oskar Fenn."
    assert "Oskar Fenn" in _crew(sentence)
