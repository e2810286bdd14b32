"""One word in marks, then a post's verb and the account that posted it ("“...,” posted
@someone") is the account's words; one word in marks with no one after it stays a name."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Gannet Row, the BBC drama starring Kestle Trewin, missed out at the awards on Sunday."


def test_one_word_posted_by_an_account_after_it_is_served() -> None:
    found = facts(
        _LEDE,
        "Fans took it badly. “Scandalous,” tweeted @gannet_gang, and thousands agreed.",
    )
    assert any(q.served and q.text.startswith("Scandalous") for q in found.quotes)


def test_one_word_with_no_one_after_it_stays_a_name() -> None:
    found = facts(
        _LEDE,
        "Its lead boat, “Scandalous”, was built in Falmouth.",
    )
    assert not any(q.text.startswith("Scandalous") for q in found.quotes)
