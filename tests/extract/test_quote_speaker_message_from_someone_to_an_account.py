"""A message from someone, posted to an account ("The studio posted a message from Ada Vell to
its official account: “...”"), is the writer's words, never the account holder's; a caption
that is the account's own ("a caption from the official @name account:") stays the account's."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Release day for Lantern Row, with Ines Corr and Bram Tolley in the leads."


def _served(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_a_message_from_an_actor_posted_to_a_studio_account_is_the_actor_s() -> None:
    found = _served(
        'Lumen Films has posted a message from Corr to its official account: "Thank you for '
        'watching, all of you."',
    )
    assert found["Thank you fo"] == "Ines Corr"


def test_a_note_from_an_actor_shared_to_a_channel_page_is_the_actor_s() -> None:
    found = _served(
        'The channel shared a note from Bram Tolley to its Instagram page: "Go easy on Mara, '
        'she has had a year."',
    )
    assert found["Go easy on M"] == "Bram Tolley"


def test_a_caption_from_an_account_stays_the_account_s() -> None:
    found = _served(
        'The poster landed with a caption from the official @lumenfilms account: "Thank you '
        'for coming, all of you."',
    )
    assert found["Thank you fo"] != "Ines Corr"
