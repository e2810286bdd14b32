"""A gallery whose captions are labelled by their picture's number alone ("Photo 3: X, who
plays Y, waves to fans. (Photo: Z/PA)"), each before its picture's credit, tells its story in
them, even one sentence long; a short caption there, or a lone labelled caption on a page of
text, is still furniture. Invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import read_page
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_FIRST = (
    "Photo 1: Tamsin Oakhurst, who plays Lydia Farrant, signs posters by the barrier on Sunday. "
    "(Photo: Corran Vey/Getty Images)"
)
_SECOND = (
    "Picture 2: Emeka Dunmore and Pell Strachan, who play Owen Radley and Cass Pereira, share "
    "a joke. (Picture: Corran Vey/PA)"
)
_SHORT = "Photo 3: Tamsin Oakhurst on the carpet. (Photo: Corran Vey/Getty Images)"


def test_captions_labelled_by_their_number_are_read() -> None:
    page = "\n".join(
        (
            "date 2026-06-08 The cast of The Copper Weir gathered in Cardiff last night.",
            "In pictures: The Copper Weir premiere",
            _FIRST,
            _SECOND,
            "The Copper Weir is on Channel 4 from Thursday.",
        )
    )
    found = extract_facts(parse_seed(page.encode()).article)
    assert served_pairs(found) == {
        ("Tamsin Oakhurst", "Lydia Farrant"),
        ("Emeka Dunmore", "Owen Radley"),
        ("Pell Strachan", "Cass Pereira"),
    }


def test_a_short_labelled_caption_or_a_lone_one_is_furniture() -> None:
    title = "In pictures: The Copper Weir premiere"
    body = read_page([title, _FIRST, _SECOND, _SHORT]).body
    assert not any(line.startswith("Photo 3") for line in body)
    alone = read_page([title, "The Copper Weir opened on Sunday to a full house.", _FIRST]).body
    assert not any(line.startswith("Photo 1") for line in alone)
