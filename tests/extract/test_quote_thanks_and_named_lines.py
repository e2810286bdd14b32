"""Quotes on invented text: someone who "thanked" people for words speaks them, even after
another's verb earlier in the sentence; a part's line named as such ("Her line about “...”",
"his best line,") is held as the work's words."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_thanked_gives_the_words_to_its_subject() -> None:
    found = quote_speakers(
        "Copper Bay wrapped on Friday.",
        "Designer Pia Lund shared a photo of the set, while Tilly Marsh, who joined the cast in "
        "May, thanked the crew for “making me feel at home”.",
    )
    assert found["making me feel at home"][0] == "Tilly Marsh"


def test_a_line_named_as_such_is_held() -> None:
    for lead in ("Her line about", "His best line,"):
        found = quote_speakers(
            "Rosa Vint played the grandmother in Copper Bay.",
            f"{lead} “a cat, a kettle and no regrets” was shared millions of times.",
        )
        assert not found["a cat, a kettle and no regrets"][1], lead
