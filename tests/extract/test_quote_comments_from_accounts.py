"""Quotes on invented text: a comment introduced as coming from an account, with words between
the noun and "from" ("Top comment this morning, from u/name: “...”"), is the account's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_comment_from_an_account_is_the_accounts() -> None:
    for line, account in (
        ("Top comment this morning, from u/bayside_tides: “Three viewings in and still fine.”",
         "u/bayside_tides"),
        ("Best reply so far from @tidewatcher: “Three viewings in and still fine.”",
         "@tidewatcher"),
    ):  # fmt: skip
        found = facts("The Copper Bay film came out on Friday.", line)
        quotes = {q.text[:12]: (q.speaker, q.source) for q in found.quotes if q.served}
        assert quotes["Three viewin"] == (account, SourceKind.ORGANISATION), line


def test_a_post_signed_with_a_dash_and_a_handle_is_the_accounts() -> None:
    found = facts(
        "The Copper Bay trailer came out on Friday.",
        "Here are the best reactions.",
        "“the lighthouse shot alone, I am not well” — @dunewatcher",
        "“three viewings in and still crying” — u/gullcry_",
    )
    quotes = {q.text[:12]: (q.speaker, q.source) for q in found.quotes if q.served}
    assert quotes["the lighthou"] == ("@dunewatcher", SourceKind.ORGANISATION)
    assert quotes["three viewin"] == ("u/gullcry_", SourceKind.ORGANISATION)


def test_a_dash_and_a_handle_with_more_after_credit_no_one() -> None:
    found = facts(
        "The Copper Bay trailer came out on Friday.",
        "“the lighthouse shot alone, I am not well” — @dunewatcher and half the internet agreed.",
    )
    assert all(q.speaker != "@dunewatcher" for q in found.quotes if q.served)
