"""Quote lines on invented text: a pull quote that repeats a speaker's words with the comma of a
quote within the quote dropped or moved is that speaker's quote shown again, dropped; words that
only look alike stay."""

from __future__ import annotations

from tests.extract.helpers import facts


def _texts(found_quotes: tuple) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.text for q in found_quotes if q.served]


def test_a_pull_quote_with_the_inner_comma_dropped_is_the_body_quote_again() -> None:
    for pulled in (
        "“My nan said, ‘Sell it before it sinks’”",
        "“My nan said, ‘Sell it before it sinks.’”",
    ):
        found = facts(
            "Ada Vale, who wrote and directed Quay Lamps, spoke after the screening.",
            "“I grew up on that pier,” Vale said at the Q&A. “My nan said, ‘Sell it before it "
            "sinks,’ and we never did.”",
            "Quay Lamps screens again on Friday at 18:15.",
            f"Pull quote: {pulled}",
            date="2026-02-03",
            title="Festival: Quay Lamps brings the house down in Leith",
        )
        served = _texts(found.quotes)
        assert not any(text.startswith("My nan said, ‘Sell it before it sinks’") for text in served)
        assert not any(text == "My nan said, ‘Sell it before it sinks.’" for text in served)
        assert any(
            text.startswith("My nan said, ‘Sell it before it sinks,’ and") for text in served
        )


def test_words_that_only_look_alike_stay() -> None:
    found = facts(
        "Ada Vale, who wrote and directed Quay Lamps, spoke after the screening.",
        "“I grew up on that pier,” Vale said at the Q&A.",
        "Quay Lamps screens again on Friday at 18:15.",
        "Pull quote: “We grew up on that pier”",
        date="2026-02-03",
        title="Festival: Quay Lamps brings the house down in Leith",
    )
    assert any(q.text.startswith("We grew up on that pier") for q in found.quotes)
