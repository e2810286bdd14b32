"""A lone name's book as a noun's modifier ("Tam's book pile, which ...") is a prop, no author
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Kettle Marsh: the last chapter arrives"


def test_a_lone_names_book_pile_is_no_author_credit() -> None:
    crew = served_crew(
        "Filming on Kettle Marsh wrapped on Friday, and the cast posted their goodbyes.",
        "Hesketh Varn shared a picture of Ysbel's book pile which, honestly, same.",
        title=_TITLE,
    )
    assert not {name for role, name in crew if role == "author"}


def test_a_full_names_graphic_novels_keep_their_author() -> None:
    crew = served_crew(
        "Kettle Marsh is based on Orla Quorle's graphic novels, which sold millions.",
        title=_TITLE,
    )
    assert ("author", "Orla Quorle") in crew
