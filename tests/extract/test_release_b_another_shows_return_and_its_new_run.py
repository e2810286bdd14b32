"""A newsletter item returning another show "for a third series", then dating "the new run"
mid-sentence, dates that show's run, not the article's film."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Spoolroom: Moss Hollow starts shooting"
_LEDE = "Filming on Moss Hollow, Ana Ruiz's new feature, started yesterday in Leeds."


def test_the_new_run_of_a_returning_show_is_not_ours() -> None:
    for item in (
        "Channel 4's Tollmarsh will return for a third series after strong ratings. Ada Vale is"
        " back as the ferry pilot, and the new run starts filming in Hull next spring.",
        "ITV's Gannet Row is returning for a second season. Rowan Hale rejoins the cast, while"
        " the next series is set to film in Whitby next spring.",
    ):
        found = release_kinds(_LEDE, item, date="2025-07-15", title=_TITLE)
        assert ("filming_started", "2025-07-14", False) in found, item
        assert not any(kind == "filming_planned" for kind, _, _ in found), item


def test_our_own_shoot_after_a_plain_sentence_stays() -> None:
    found = release_kinds(
        "Moss Hollow, Ana Ruiz's new feature, has cast Ada Vale as a ferry pilot."
        " Rowan Hale joins her, and the film starts shooting in Hull next spring.",
        date="2025-07-15",
        title="Moss Hollow finds its lead",
    )
    assert ("filming_planned", "2026-03/2026-05", False) in found
