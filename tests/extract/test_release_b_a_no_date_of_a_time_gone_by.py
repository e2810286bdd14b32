"""A "no date" in the past perfect of a time the sentence names as gone ("No release date had
been set when the episode was taped in March; the streamer has since named the day") says what
was unknown then, not now: no "not announced" is served. A spokesperson's reported "no date had
been set" is still the makers' word for now."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "On this week's episode, the cast of Quillmoor say goodbye to the show."


def test_a_no_date_of_a_time_gone_by_is_not_served() -> None:
    for sentence in (
        "No release date had been set when the episode was taped in March; the streamer has"
        " since named the day.",
        "The channel hadn't confirmed a date at the time of the interview.",
    ):
        found = release_kinds(_LEDE, sentence, date="2026-05-02")
        assert not any(kind == "not_announced" for kind, _, _ in found), sentence


def test_a_reported_no_date_is_still_served() -> None:
    found = release_kinds(
        _LEDE, "A spokesperson said no release date had been set.", date="2026-05-02"
    )
    assert ("not_announced", "", False) in found
