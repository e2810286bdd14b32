"""A release not yet dated, told with "dated" as the verb: "Lumen has not dated the release",
"the studio hasn't yet dated its premiere", "the network has yet to date the launch"."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_release_not_dated_is_not_announced() -> None:
    for said in (
        "Lumen has not dated the release, but the film is expected to stream in 2031.",
        "The studio hasn't yet dated its premiere.",
        "The network has yet to date the launch of the series.",
    ):
        found = release_kinds(
            "Copper Bay begins filming in Leeds in July.", said, date="2030-06-10"
        )
        assert ("not_announced", "", False) in found, said


def test_a_dated_release_is_not_unannounced() -> None:
    found = release_kinds(
        "Copper Bay begins filming in Leeds in July.",
        "Lumen has dated the release for 4 March 2031.",
        date="2030-06-10",
    )
    assert ("not_announced", "", False) not in found
