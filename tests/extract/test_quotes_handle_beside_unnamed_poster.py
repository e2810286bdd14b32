"""An unnamed poster whose account stands beside them ("the fan account @x posted") is that
account."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = "The drama Tidewrack wrapped filming in Hastings on Friday, and fans marked the day online."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "On X, the fan account @tidewrack_daily posted a photo of the pier, "
            "with the caption: “home at last”.",
            ("home at last", "@tidewrack_daily"),
        ),
        (
            "One fan account @saltmarsh_22 wrote: “best show of the decade.”",
            ("best show of", "@saltmarsh_22"),
        ),
        (
            "A fan account, @gullwing_edits, shared a clip of the final scene with the caption "
            "“not ready for this”.",
            ("not ready fo", "@gullwing_edits"),
        ),
    ],
)
def test_the_account_beside_an_unnamed_poster_is_credited(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert served_quotes(facts(_LEDE, paragraph)) == [expected]


def test_two_handles_in_the_attribution_credit_neither() -> None:
    found = served_quotes(
        facts(_LEDE, "The fan account @pebble_and_tide, replying to @gullwing, wrote: “same.”")
    )
    assert all(speaker != "@gullwing" for _, speaker in found)
