"""A part in another work someone was "last seen in" or "appeared in" ("X, last seen in the RTÉ
drama Tin Boat as Y") takes no title for an actor; the casting in our work stays (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow trailer: things we learned"
_LEDE = "The Larkhollow trailer is out."


def _actors(sentence: str) -> set[str]:
    return {c.actor for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_work_someone_was_seen_in_is_no_actor() -> None:
    for sentence in (
        "Rin Soto, last seen in the RTÉ drama Tin Boat as fisherman's son Cal Dorey, gets four"
        " seconds.",
        "Rin Soto, who appeared in the ITV thriller Tin Boat as Cal Dorey, gets four seconds.",
    ):
        assert "Tin Boat" not in _actors(sentence), sentence


def test_a_casting_in_our_work_stays() -> None:
    assert "Rin Soto" in _actors("Rin Soto appears as Cal Dorey, a flatmate.")
