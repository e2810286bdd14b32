"""A guide's other listings told apart from its own work: a listing that opens on a name and its
channel alone in brackets as a sentence ("Tin Kettle (Netflix). Still in the top ten after its
3 March release.") is another work's, and so is an "Also tonight:" line whose works come with
where and when in brackets, even where the headline names the channel of the page's own work
("Tonight's pick: BBC One's new mystery" over "Also tonight: X (BBC One, 7pm) and Y (ITV1,
8pm), with A back as B"). Invented sentences throughout."""

from __future__ import annotations

from bot.extract.page_item_wheres import opens_on_listing, without_wheres
from tests.extract.helpers import facts, served_pairs

_GUIDE_TITLE = "What to watch this weekend: Marrowby Lights, a fenland mystery on Sky"
_GUIDE = (
    "From a fenland mystery to a baking contest, here is what to watch this weekend.",
    "Marrowby Lights – Sky Atlantic and NOW, from today",
    "The pick of the weekend. Tamsin Orlo plays Wren, a lock-keeper with a secret.",
    "Also new",
)


def _dates(*tail: str) -> set[str]:
    found = facts(*_GUIDE, *tail, date="2026-10-09", title=_GUIDE_TITLE)
    return {str(r.date) for r in found.release if r.served and r.date is not None}


def test_a_listing_of_a_name_and_its_channel_is_another_works() -> None:
    dates = _dates("Pewter Hall (Netflix). Still in the top ten after its 3 March release.")
    assert "2026-03-03" not in dates


def test_a_listing_of_our_own_work_keeps_its_date() -> None:
    dates = _dates("Marrowby Lights (Sky Atlantic). Streaming since its 3 March release.")
    assert "2026-03-03" in dates


def test_a_name_glossed_with_its_channel_mid_sentence_is_no_listing() -> None:
    assert opens_on_listing("Pewter Hall (Netflix). Still in the top ten.")
    assert not opens_on_listing("Pewter Hall (Netflix) returns on 3 March.")
    assert not opens_on_listing("Ada Vale (Netflix): we loved it.")


_TONIGHT_TITLE = "The Pewter Hall review – BBC One’s gaslit mystery is a treat"


def _tonight(also: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Tonight's pick: BBC One's new gaslit mystery.",
            "Rafe Colden plays Inspector Tull, a detective out of his depth in The Pewter Hall.",
            also,
            date="2026-10-04",
            title=_TONIGHT_TITLE,
        )
    )


def test_an_also_tonight_line_with_where_brackets_is_other_shows() -> None:
    found = _tonight(
        "Also tonight: Quiz Night Live (BBC One, 7pm) and Tallow (ITV1, 8pm), with Mark Dorran "
        "back as Eddie Tallow."
    )
    assert ("Mark Dorran", "Eddie Tallow") not in found
    assert ("Rafe Colden", "Inspector Tull") in found


def test_an_also_tonight_line_on_our_own_work_is_kept() -> None:
    found = _tonight(
        "Also tonight: The Pewter Hall (BBC One, 9pm), with Mark Dorran back as Eddie Tallow."
    )
    assert ("Mark Dorran", "Eddie Tallow") in found


def test_only_where_brackets_are_taken_out() -> None:
    kept = without_wheres("Tallow (ITV1, 8pm) with Ada (the cook)")
    assert kept == "Tallow   with Ada (the cook)"
