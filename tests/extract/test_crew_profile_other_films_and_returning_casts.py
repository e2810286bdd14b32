"""A profile's other film, unquoted and told by its genre ("the ensemble of Tidewrack, the war
film directed by X"), credits that film's director; "among those returning" is the cast, no
event's guests, and holds no credit back."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts


def _crew(*paragraphs: str, title: str) -> set[tuple[str, CrewRole]]:
    return {(c.name, c.role) for c in facts(*paragraphs, title=title).crew if c.served}


def test_a_profiles_other_film_told_by_genre_credits_its_own_director() -> None:
    crew = _crew(
        "Ada Vale on growing up in Marrowfen.",
        "Marrowfen, the Lumen film, is directed by Tomas Quill.",
        "Last year she was among the ensemble of Tidewrack, the Gulf war film directed by Wren"
        " Castell and Odo Bram.",
        title="Ada Vale: Marrowfen and me",
    )
    assert ("Wren Castell", CrewRole.DIRECTOR) not in crew
    assert ("Odo Bram", CrewRole.DIRECTOR) not in crew
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew


def test_our_own_film_told_by_genre_is_still_ours() -> None:
    crew = _crew(
        "Ada Vale on growing up in Marrowfen.",
        "She is among the ensemble of Marrowfen, the coastal film directed by Tomas Quill.",
        title="Ada Vale: Marrowfen and me",
    )
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew


def test_among_those_returning_holds_no_credit_back() -> None:
    crew = _crew(
        "Marrowfen still has no date.",
        "Ada Vale wrote the script, Tomas Quill directed, and Kai Lund and Bea Lund are among"
        " those returning.",
        title="Marrowfen: still no date",
    )
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew
    assert ("Ada Vale", CrewRole.WRITER) in crew


def test_among_those_at_an_event_still_holds_back() -> None:
    crew = _crew(
        "Marrowfen premiered last night.",
        "Among those on the red carpet was director Wren Castell.",
        title="Marrowfen premiere",
    )
    assert ("Wren Castell", CrewRole.DIRECTOR) not in crew
