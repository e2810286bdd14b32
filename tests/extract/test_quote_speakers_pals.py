"""A "pal of X" or "friend of X" who speaks is an unnamed source, never X."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_pal_of_a_named_star_is_unnamed() -> None:
    found = facts(
        "Brindle Quay star in exit row",
        "Rumours swirled that Dorothea Pinkwell-Sable had quit Brindle Quay. A pal of Dorothea "
        "told us there was “no feud at all”, adding: “She is off to the West End. Brilliant news!”",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert speakers == {"A pal of Dorothea"}


def test_a_friend_of_a_named_star_is_unnamed() -> None:
    found = facts(
        "Owl Watch actor takes a break",
        "A friend of Tomasz Okri said he was “over the moon”. “He loved every minute,” the "
        "friend added.",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert "Tomasz Okri" not in speakers
    assert speakers


def test_a_close_pal_insisting_is_unnamed() -> None:
    found = facts(
        "Owl Watch star leaves",
        "Bramley Hughes has left Owl Watch. A close pal of Bramley insisted: “He wanted a break.”",
    )
    assert served_quotes(found) == [("He wanted a ", "A close pal of Bramley")]
