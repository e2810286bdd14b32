"""A guide whose closing list puts one service's line straight under another's ("Netflix: Tin
Lane (today)" over "ITVX: Copper Wren (Sunday)") reads each line as an entry's heading with no
paragraph of its own; reading the page must not fail on such an entry, and the facts above it
stand."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_closing_list_of_service_lines_back_to_back_is_read() -> None:
    found = facts(
        "From a seaside farewell to a moorland mystery, here is what to stream this weekend.",
        "TIN LANE",
        "Where: Streamly, from today",
        "The film that closes Tin Lane lands on Streamly today, and it is the one to watch.",
        "COPPER WREN",
        "Where: Lumen, from Sunday",
        "A six-part mystery set on the moors, Copper Wren is the slow burn of the spring.",
        "“We wanted the fog to feel like a witness,” Orla Brisk told us on the set.",
        "ALSO NEW",
        "Netflix: Tin Lane (today)",
        "ITVX: Copper Wren (Sunday)",
        "BBC iPlayer: the second series of Harrow Yard (all episodes, Saturday)",
        "Read more: The best new drama of the year so far",
        date="2027-04-16",
        title="What to watch this weekend: Tin Lane, Copper Wren and more",
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Orla Brisk"]
