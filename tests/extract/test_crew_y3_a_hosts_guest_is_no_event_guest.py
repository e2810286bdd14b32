"""A host's "My guest is the writer and director X" introduces the one interviewed, whose credits
stand; "among the guests were director X" names an event's crowd, held (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Transcript: Fenna Loughrey on her debut feature, Curlew Strand"


def test_my_guest_the_writer_and_director_serves_both_credits() -> None:
    found = facts(
        "HOST: My guest is the writer and director Fenna Loughrey, whose first feature, Curlew"
        " Strand, opens in cinemas on 5 June.",
        title=_TITLE,
    )
    assert ("writer", "Fenna Loughrey") in served_credits(found)


def test_among_the_guests_a_writer_is_still_held() -> None:
    found = facts(
        "Curlew Strand opens in cinemas on 5 June. Among the guests at its premiere was the"
        " writer Fenna Loughrey.",
        title=_TITLE,
    )
    assert ("writer", "Fenna Loughrey") not in served_credits(found)
