"""A sentence that names a credit, then an aside with "as" and a part, then "played by" ("The
film, directed by X, opens as Mira, played by Y, ...") gives Y the part after "as", never the
credit's name before the aside; the director keeps the credit, and a plain described part
("Mira, a ferry pilot, played by Y") stays as it was (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Gullhaven: first look at the Channel 4 film"
_LEDE = "Gullhaven, the Channel 4 film, arrives on 9 October."


def _read(sentence: str) -> tuple[set[tuple[str, str]], set[str]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    cast = {(c.actor, c.character) for c in found.cast if c.served}
    return cast, {c.name for c in found.crew if c.served}


def test_the_part_after_as_is_the_one_played() -> None:
    for sentence in (
        "The film, directed by Tobin Marlowe, opens as Ysolde, played by Petra Quill, returns to"
        " the island.",
        "The film, written and directed by Tobin Marlowe, picks up as Bram starts work and"
        " Ysolde, played by Petra Quill, loses hers.",
    ):
        cast, crew = _read(sentence)
        assert ("Petra Quill", "Ysolde") in cast, sentence
        assert ("Petra Quill", "Tobin Marlowe") not in cast, sentence
        assert "Tobin Marlowe" in crew, sentence


def test_a_described_part_before_played_by_stays() -> None:
    cast, _ = _read("Ysolde, a ferry pilot, played by Petra Quill, carries the film.")
    assert ("Petra Quill", "Ysolde") in cast
