"""A crew post held before someone else's: "its original editor, the veteran cutter X, walked"
names the one who left, set in apposition after "original" (or "former", "first choice",
"one-time") and a role noun again; the film's post is someone else's. An "original" that is no
post ("the original novel, the film's director X") leaves the film's own credit alone (invented
sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts

_LEDE = "Kestrel Weir is in cinemas from Friday."


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The picture's original cinematographer, the Icelandic DP Torvald Esk, quit a"
            " month into prep, so Osric Panne took the camera.",
            ("cinematographer", "Torvald Esk"),
        ),
        (
            "Its former composer, the composer Wenna Loft, left the project in the spring.",
            ("composer", "Wenna Loft"),
        ),
        (
            "The production's first-choice editor, the veteran editor Brenna Quill, pulled out"
            " over dates.",
            ("editor", "Brenna Quill"),
        ),
        (
            "Its first choice editor, the seasoned editor Brenna Quill, bowed out in March.",
            ("editor", "Brenna Quill"),
        ),
        (
            "Its one-time composer, the composer Wenna Loft, walked after a row over the score.",
            ("composer", "Wenna Loft"),
        ),
    ],
)
def test_an_earlier_post_apposed_to_a_role_noun_credits_no_one(
    line: str, credit: tuple[str, str]
) -> None:
    assert credit not in credits(facts(_LEDE, line))


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Faithful to the original novel, the film's director Ysolde Crane keeps every chapter.",
            ("director", "Ysolde Crane"),
        ),
        (
            "Unlike the original film, the new director Ysolde Crane shoots on 35mm.",
            ("director", "Ysolde Crane"),
        ),
        (
            "Like its former incarnation, the composer Wenna Loft scores it for strings.",
            ("composer", "Wenna Loft"),
        ),
    ],
)
def test_an_earlier_thing_that_is_no_post_keeps_the_credit(
    line: str, credit: tuple[str, str]
) -> None:
    assert credit in credits(facts(_LEDE, line))


def test_a_plain_role_noun_still_credits() -> None:
    found = facts(_LEDE, "The film was lit by the Icelandic DP Torvald Esk, who shot it on 16mm.")
    assert ("cinematographer", "Torvald Esk") in credits(found)
