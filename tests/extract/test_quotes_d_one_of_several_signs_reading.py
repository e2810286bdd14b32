"""Quotes on invented text: one of several signs or banners "reading" words in marks shows its
lettering, no one's remark; a person's words after the signs stay a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Filming on the Marrowby seafront drew a crowd on Tuesday, with Tamsin Okafor-Reel on set."


def test_one_of_several_signs_reading_words_is_no_quote() -> None:
    for line in (
        "Fans lined the promenade with painted banners, one reading “Marrowby loves Wren”.",
        "Locals waved placards, another reading “Bring back the ferry!” as the van passed.",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), served_quotes(found)


def test_a_remark_after_the_signs_stays_a_quote() -> None:
    line = (
        "Fans lined the promenade with painted banners. “It felt like a homecoming,” "
        "Tamsin Okafor-Reel said afterwards."
    )
    found = facts(_LEDE, line)
    assert ("It felt like", "Tamsin Okafor-Reel") in served_quotes(found)
