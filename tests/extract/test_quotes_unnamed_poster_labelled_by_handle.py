"""An unnamed poster labelled by the handle straight after them ("wrote the user @x on X") is
that handle: the handle names the poster, with no comma setting it aside."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = "The drama Tidewrack wrapped filming in Hastings on Friday, and fans marked the day online."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Online, the reaction was quick. 'Not ready for this at all,' wrote the user "
            "@gullwing_es on X, in a post liked thousands of times.",
            ("Not ready fo", "@gullwing_es"),
        ),
        (
            "The fan @saltmarsh_22 posted: “best show of the decade.”",
            ("best show of", "@saltmarsh_22"),
        ),
        (
            "“Crying on the bus again,” posted the fan @pebble_tide, to thousands of likes.",
            ("Crying on th", "@pebble_tide"),
        ),
    ],
)
def test_the_handle_labelling_an_unnamed_poster_is_credited(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert served_quotes(facts(_LEDE, paragraph)) == [expected]


def test_a_handle_the_poster_replied_to_is_not_credited() -> None:
    found = served_quotes(facts(_LEDE, "“Same,” the user wrote in reply to @gullwing_es on X."))
    assert all(speaker != "@gullwing_es" for _, speaker in found)
