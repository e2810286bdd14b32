"""A newsletter item about another work may give that work's name only in quotation marks: in
its heading ("2. ‘GLASS HOUSE’ RETURNS 9 MAY") or as its first sentence's subject ("“Copper
Sound” is getting a second series", "Bad news for fans of “The Tin Chapel”: ..."). What such an
item casts or credits is that work's, not the newsletter's lead story's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "The Lamp Post: Quillon Row gets a date, and more"
_LEAD = (
    "Netflix has dated its drama Quillon Row.",
    "The Lamp Post · Issue #40 · by Della Marchmont",
    "1. QUILLON ROW — FRIDAY 8 MAY",
    "Netflix says Quillon Row arrives on 8 May, with Ansel Ferrand as Gideon Moult.",
)


def test_a_heading_that_quotes_another_title_opens_its_item() -> None:
    found = served_pairs(
        facts(
            *_LEAD,
            "2. ‘GLASS HOUSE’ RETURNS 9 MAY",
            "Channel 5’s chilly little mystery is back for a third run, with Perpetua Algood "
            "returning as DS Orla Penrose. New to the cast is Tobiah Wrenfield as a ferryman, "
            "Silas Crane.",
            title=_HEADLINE,
        )
    )
    assert ("Ansel Ferrand", "Gideon Moult") in found
    assert ("Perpetua Algood", "DS Orla Penrose") not in found
    assert ("Perpetua Algood", "DS Orla Penrose") not in found
    assert ("Tobiah Wrenfield", "Silas Crane") not in found


def test_an_item_whose_first_sentence_quotes_another_title_is_that_works() -> None:
    found = facts(
        *_LEAD,
        "2. SECOND HELPINGS",
        "“Copper Sound” is getting a second series. Sky has confirmed that Lark Pemberley "
        "returns as harbourmaster Ines Quarrie, and writer Benedek Lowther said the new run "
        "is darker.",
        title=_HEADLINE,
    )
    assert ("Lark Pemberley", "Ines Quarrie") not in served_pairs(found)
    assert ("writer", "Benedek Lowther") not in served_credits(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


def test_fans_of_a_quoted_title_open_another_works_item() -> None:
    found = served_pairs(
        facts(
            *_LEAD,
            "3. CLOSING TIME",
            "Bad news for fans of “The Tin Chapel”: ITV has axed the village comedy after three "
            "series. Its star Wendeline Okafor, who plays vicar Agatha Pim, called it a joy.",
            title=_HEADLINE,
        )
    )
    assert ("Wendeline Okafor", "Agatha Pim") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found
