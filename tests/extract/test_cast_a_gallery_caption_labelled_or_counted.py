"""A gallery's caption led by its label or its "N of M" number, one sentence before an agency's
credit, on invented text: it is the page's story (the castings it tells are read), while a
credit line alone stays page furniture."""

from __future__ import annotations

from bot.extract.page import is_furniture
from tests.extract.helpers import facts, served_pairs

_LEDE = "The cast of Streamly's mining drama The Tin Vein gathered in Truro for its premiere."


def test_a_labelled_caption_is_read() -> None:
    line = (
        "Caption: Hollis Quarne, who plays Edwin Tallis, waves to fans outside the cinema."
        " Photo: Mabli Rhys/Getty Images"
    )
    assert not is_furniture(line)
    assert ("Hollis Quarne", "Edwin Tallis") in served_pairs(facts(_LEDE, line))


def test_a_numbered_caption_is_read() -> None:
    line = (
        "Image 3 of 9: Wenna Trask, who plays Morwen Pascoe, signs a poster for a young fan."
        " Photograph: Mabli Rhys/Getty Images"
    )
    assert not is_furniture(line)
    assert ("Wenna Trask", "Morwen Pascoe") in served_pairs(facts(_LEDE, line))


def test_a_short_labelled_caption_and_a_bare_credit_stay_furniture() -> None:
    assert is_furniture("Caption: The red carpet. Photo: Mabli Rhys/Getty Images")
    assert is_furniture("Photograph: Mabli Rhys/Getty Images")
