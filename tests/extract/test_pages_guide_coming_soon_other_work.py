"""A guide's "coming soon" line dates the work it names, a long subtitled title among them
("Mark your calendars: Pinecrest: The Year We Left arrives on Netflix on 9 May"), not the show
the guide leads with."""

from tests.extract.helpers import release_kinds

_TITLE = "What to watch this weekend: The Ferrier's Daughter, Slate Row and more"


def test_a_coming_soon_line_with_a_long_subtitled_title_is_that_works_date() -> None:
    for line in (
        "Mark your calendars: Pinecrest: The Year We Left arrives on Netflix on 9 May.",
        "Coming up next month: Lowmoor: The Last Salt Crossing lands on Prime Video on 9 May.",
        "Also on the way: Tollgate Lane: The Final Term returns to ITV1 on 9 May.",
    ):
        kinds = release_kinds(
            "Our pick of the week is the Welsh drama The Ferrier's Daughter, plus a comedy.",
            "The Ferrier's Daughter is written by Cadi Prys and stars Elin Moss as Nia.",
            line,
            date="2026-03-06",
            title=_TITLE,
        )
        assert ("premiere_date", "2026-05-09", False) not in kinds, line
