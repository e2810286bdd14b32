"""The author whose books the work is made from, told with "it" for the work: "X, whose
graphic novels it is based on" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_whose_graphic_novels_it_is_based_on_names_the_author() -> None:
    found = served_crew(
        "Filming on Lantern Lane began in Hull this week. The film is directed by Cass Brody "
        "from a script by Mairead Fennimore-Lowe, whose graphic novels it is based on.",
        title="Lantern Lane begins filming",
    )
    assert ("author", "Mairead Fennimore-Lowe") in found


def test_whose_novels_it_adapts_names_the_author() -> None:
    found = served_crew(
        "Lantern Lane, the new drama from the makers of Copper Bay, opens in May. It comes from "
        "the pen of Osric Hale-Tanaka, whose novels it adapts.",
        title="Lantern Lane opens in May",
    )
    assert ("author", "Osric Hale-Tanaka") in found
