"""An unnamed poster labelled by the handle straight after them, where the handle ends the
attribution or is followed by where it was posted ("posted a viewer @x on Threads"), is that
handle: the handle names the poster, with no comma setting it aside. A handle that is the
object of a clause after the unnamed words ("said a fan @x had tagged") is someone else."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = "The drama Kestrel Reach wrapped filming in Hastings on Friday, and fans marked the day."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "By lunchtime the replies were pouring in. “Give me the whole boxset now,” posted a "
            "viewer @reedbank_77 on Threads, in a reply shared hundreds of times.",
            ("Give me the ", "@reedbank_77"),
        ),
        (
            "‘My heart cannot take another cliffhanger,’ replied one follower @fennlight.",
            ("My heart can", "@fennlight"),
        ),
        (
            "“Crying on the bus again,” commented the fan @pebble_tide, to thousands of likes.",
            ("Crying on th", "@pebble_tide"),
        ),
    ],
)
def test_the_handle_labelling_an_unnamed_poster_is_credited(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert served_quotes(facts(_LEDE, paragraph)) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Same,” the user wrote in reply to @ottersbrook on X.",
        "“So good,” said a fan @ottersbrook had tagged.",
        "“Best finale ever,” wrote a viewer @ottersbrook quoted.",
        "“Still not over it,” posted one fan @ottersbrook then reshared.",
    ],
)
def test_a_handle_that_is_not_the_posters_label_is_not_credited(paragraph: str) -> None:
    found = served_quotes(facts(_LEDE, paragraph))
    assert all(speaker != "@ottersbrook" for _, speaker in found)
