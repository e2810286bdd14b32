"""A page asking readers to read something first "before asking “...”" gives words any reader
might post, no one's quote; someone who paused "before asking “...”" did ask it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Welcome to the Gannet Row finale discussion thread. Spoilers ahead, obviously."


def test_words_readers_are_asked_not_to_post_are_not_served() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "The director’s note on the ending is pinned above; please read it before asking"
            " “is Mara really dead” for the hundredth time.",
            date="2026-03-02",
        )
    )
    assert not [t for t, _ in found if t.startswith("is Mara")], found


def test_someone_who_paused_before_asking_stays_quoted() -> None:
    found = served_quotes(
        facts(
            "Kestle Trewin, who plays Mara Joss in Gannet Row, met fans in Leith on Saturday.",
            "Trewin paused for a long time before asking, “Did you really all cry?”",
            date="2026-03-02",
        )
    )
    assert any(t.startswith("Did you") for t, _ in found), found
