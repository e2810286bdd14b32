"""A film page that sets the show it comes from apart ("The show itself, directed by X, ...") names
the show's director, no director of the film; the film's own director still stands (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackenfold: the film that ends the series is up for three prizes"
_LEDE = "The Brackenfold film, directed by Ines Marlowe, is up for three prizes."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_the_show_itself_directed_by_is_not_the_films() -> None:
    found = _credits(
        "The show itself, directed by Corwin Ashdale, won the same prize two years running."
    )
    assert ("director", "Corwin Ashdale") not in found
    assert ("director", "Ines Marlowe") in found


def test_the_film_directed_by_still_credited() -> None:
    found = _credits("The film itself, directed by Ines Marlowe, runs for two hours.")
    assert ("director", "Ines Marlowe") in found
