"""Quotes on invented text: an unnamed post set off with the handle that sent it ("The top reply,
from u/x, read: “...”") is that account's, and so is an unnamed poster "posting on Threads as"
a handle; a person "from" a handle, or a handle's kin, is not read so."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Fans of Saltmarsh reacted online on Friday as the finale dropped."


def _speakers(*paragraphs: str) -> list[str]:
    found = facts(_LEDE, *paragraphs)
    return [q.speaker for q in found.quotes if q.served]


def test_a_post_from_a_handle_is_that_accounts() -> None:
    for line in (
        "A thread on r/Saltmarsh filled up fast. The top reply, from u/dunlin_rae, read: "
        "“If Corrie Vass is not back I will riot.”",
        "One comment, from @dunlin_rae, put it simply: “If Corrie Vass is not back I will riot.”",
    ):
        speakers = _speakers(line)
        assert speakers[-1:] == [line.split("from ")[1].split(",")[0]], (line, speakers)


def test_a_poster_posting_on_a_platform_as_a_handle_is_that_account() -> None:
    for line in (
        "One fan, posting on Reddit as u/dunlin_rae, wrote: “I cried for an hour.”",
        "Another viewer, posting to Threads as @dunlin_rae, added: “I cried for an hour.”",
    ):
        speakers = _speakers(line)
        assert speakers[-1:] == [line.split(" as ")[1].split(",")[0]], (line, speakers)


def test_a_person_from_a_handle_or_a_handles_kin_is_not_the_account() -> None:
    for line in (
        "One fan, from @dunlin_rae, wrote: “I cried for an hour.”",
        "The top reply, from u/dunlin_rae’s sister, read: “I cried for an hour.”",
        "One fan, replying on Reddit to u/dunlin_rae, wrote: “I cried for an hour.”",
    ):
        speakers = _speakers(line)
        assert not any(s.startswith(("@", "u/")) for s in speakers), (line, speakers)
