"""The author whose book shares the work's name: "written by X, whose novel of the same name
was a hit" makes X the source book's author as well as the writer."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "The Weir Keeper: first look at the river thriller"


def test_a_writer_whose_novel_of_the_same_name_is_its_author() -> None:
    found = served_crew(
        "The Weir Keeper, a six-part river thriller, arrives this autumn.",
        "The series is directed by Ottilie Brannagh and written by Casimir Dunwoody, whose "
        "novel of the same name sold a quarter of a million copies.",
        title=_TITLE,
    )
    assert ("writer", "Casimir Dunwoody") in found
    assert ("author", "Casimir Dunwoody") in found
    assert ("author", "Ottilie Brannagh") not in found


def test_a_book_of_the_same_title_reads_the_same_way() -> None:
    found = served_crew(
        "The Weir Keeper, a six-part river thriller, arrives this autumn.",
        "It comes from Prudence Halloway-Finch, whose debut book of the same title topped the "
        "charts in spring, and is produced by Elmhurst Pictures.",
        title=_TITLE,
    )
    assert ("author", "Prudence Halloway-Finch") in found


def test_a_novel_with_another_name_credits_no_author() -> None:
    found = served_crew(
        "The Weir Keeper, a six-part river thriller, arrives this autumn.",
        "It is written by Casimir Dunwoody, whose novel Salt Meadows was a hit last year.",
        title=_TITLE,
    )
    assert ("author", "Casimir Dunwoody") not in found
