"""A "line" or "motto" named before a colon is a line of the work only when it is the work's:
a stance ("the bottom line", "the official line"), a line from a person or a body ("from the
network"), or a motto kept off screen ("on set") is someone's own words, not held as a line."""

import pytest

from tests.extract.helpers import facts

_LEDE = "Filming on The Tamsworth Drift has wrapped."


def _quote(sentence: str) -> tuple[bool, str]:
    found = facts(_LEDE, sentence).quotes
    assert len(found) == 1
    return found[0].served, found[0].doubt


@pytest.mark.parametrize(
    "sentence",
    [
        "The bottom line from showrunner Tegwyn Penhallick is simple: “We are not finished yet.”",
        "The official line from the network: “The Tamsworth Drift returns in the spring.”",
        "Tegwyn Penhallick’s motto on set is simple: “Be kind, be quick.”",
        "The motto Tegwyn Penhallick lives by off camera: “Be kind, be quick.”",
    ],
)
def test_a_stance_or_an_off_screen_motto_is_no_line_of_the_work(sentence: str) -> None:
    assert _quote(sentence)[1] != "a line spoken in the work"


@pytest.mark.parametrize(
    "sentence",
    [
        "It has the line that will surely end up on a mug: “Nobody rows alone.”",
        "The keeper’s catchphrase, “Nobody rows alone,” is already on badges.",
    ],
)
def test_a_line_of_the_work_is_still_held(sentence: str) -> None:
    assert _quote(sentence) == (False, "a line spoken in the work")
