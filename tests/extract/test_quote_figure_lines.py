"""A line an unnamed figure speaks to a part in footage is held, not served as a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_figure_warning_a_part_after_the_words_in_a_trailer_piece() -> None:
    found = facts(
        "The first trailer for Saltmere Lane is here.",
        "Orla Penrith-Oduya plays Dr Wren Hollis, a vet new to the island. “The tide keeps what "
        "it takes, Doctor,” an old man warns her within seconds.",
        title="Seven things the Saltmere Lane trailer tells us",
    )
    assert served_quotes(found) == []


def test_a_figure_telling_a_part_before_the_words() -> None:
    found = facts(
        "Hollowfield is back in the autumn.",
        "The teaser opens in fog as Tam Okonjo-Reeve’s constable walks the empty high street. A "
        "stranger warns him: “You should have stayed in the city.”",
    )
    assert served_quotes(found) == []


def test_a_source_telling_the_writer_is_still_served() -> None:
    found = facts(
        "Filming for Hollowfield took over the high street last week.",
        "“We had the whole crew in for breakfast,” a woman tells me outside the bakery.",
        "Director Pell Amadi-Vance said: “The town has been wonderful to us.”",
    )
    assert [text[:6] for text, _ in served_quotes(found)] == ["We had", "The to"]
