"""A rumoured time the same sentence then knocks down in other words ("Gossip online has
claimed it will arrive by Easter 2027 - but the network has poured cold water on the idea"):
the time is the rumour's, and the sentence says it is wrong, so no window is served."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay series two: the latest"


def test_a_rumoured_time_the_sentence_cools_is_not_served() -> None:
    for sentence in (
        "Chatter on fan forums has suggested the series will be back on screens by Christmas "
        "2027 – but the broadcaster has since poured cold water on that suggestion.",
        "Gossip online has claimed the new run will drop in October 2027 - but the channel "
        "has played down the suggestion.",
        "Claims going round fan forums said the show lands in spring 2027, only for the "
        "channel to scotch the speculation.",
    ):
        found = release_kinds("Copper Bay is back.", sentence, date="2026-02-15", title=_TITLE)
        assert not any(kind in {"window", "premiere_date"} for kind, *_ in found), sentence


def test_a_time_the_broadcaster_confirms_is_still_served() -> None:
    sentence = "The broadcaster has confirmed the series will be back on screens by Christmas 2027."
    found = release_kinds("Copper Bay is back.", sentence, date="2026-02-15", title=_TITLE)
    assert any(kind == "window" for kind, *_ in found), found
