"""A quotation that opens in lower case after a comma finishes the writer's own sentence
("whose drums, Orla says, “rattle like hail”"): a fragment of the speaker's words, not a whole
quotation introduced by "said,"."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quote(found: object, start: str) -> object:
    quotes = [q for q in found.quotes if q.text.startswith(start)]  # type: ignore[attr-defined]
    assert quotes, start
    return quotes[0]


def test_a_lowercase_quote_after_an_inserted_says_is_a_fragment() -> None:
    found = facts(
        "The Copper Reel stars Tamsin Welby-Rook as a ferry pilot and features a score by"
        " composer Orin Faulke, whose drums, Welby-Rook says, “rattle like hail on a tin roof”."
    )
    assert _quote(found, "rattle like hail").fragment  # type: ignore[attr-defined]


def test_a_lowercase_quote_after_an_apposed_name_is_a_fragment() -> None:
    found = facts(
        "Desmond Achterberg will not say how The Lantern Year ends. He will say that the"
        " producer, Hilde Marrow, “gave us room to fail in private”."
    )
    assert _quote(found, "gave us room to fail").fragment  # type: ignore[attr-defined]


def test_a_capitalised_quote_after_said_is_no_fragment() -> None:
    found = facts(
        "Desmond Achterberg spoke after the screening. He said, “We shot it all in nine days.”"
    )
    assert not _quote(found, "We shot it all").fragment  # type: ignore[attr-defined]


def test_words_sent_after_a_named_recipient_are_whole() -> None:
    found = facts(
        "Desmond Achterberg watched the audition twice and texted his editor, Pia Lund,"
        " “that's the one” before it had finished."
    )
    assert not _quote(found, "that's the one").fragment  # type: ignore[attr-defined]


def test_a_lowercase_post_after_an_opening_adverbial_and_an_aside_is_whole() -> None:
    found = facts(
        "The Lantern Year has no date yet. Until then, as one reader put it in the forum,"
        " “we've waited this long, we can wait a little more.”"
    )
    assert not _quote(found, "we've waited this long").fragment  # type: ignore[attr-defined]
