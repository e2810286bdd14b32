"""A name with "the <our title> <post>" set off after it ("X, the Marrowgate creator,") credits
the post; another work's title, a channel's name, or a title with a word not ours credits
nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_our_title_before_the_post_credits_it() -> None:
    assert ("creator", "Petra Lune") in _credits("Petra Lune, the Marrowgate creator, waved.")
    found = _credits("Of Petra Lune, the Marrowgate composer, she says little.")
    assert ("composer", "Petra Lune") in found


def test_another_title_or_a_channel_credits_nothing() -> None:
    for sentence in (
        "Petra Lune, the Hollyoaks creator, waved.",
        "Petra Lune, the Netflix director, waved.",
        "Petra Lune, the Marrowgate Opera director, waved.",
    ):
        assert not _credits(sentence), sentence
