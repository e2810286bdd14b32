"""A profile's subject said to hold a post "on" a work ("Solberg, 44, is the director of
photography on Lanternfall") is credited with it when the work is the article's own; the same
post on another work credits nothing (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "Meet the woman who lit Lanternfall"
_LEDE = "Marit Solberg on the new Lanternfall film, which reaches cinemas in June."
_OPENING = "Marit Solberg has never owned a television."


def _credits(sentence: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, _OPENING, sentence, date="2026-05-02", title=_TITLE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_post_on_our_work_is_a_credit() -> None:
    for sentence, role in (
        ("Solberg, 44, is the director of photography on Lanternfall.", CrewRole.CINEMATOGRAPHER),
        ("Solberg was the editor on Lanternfall, cutting it in a barn.", CrewRole.EDITOR),
        ("Solberg, who grew up in Tromsø, is the composer on Lanternfall.", CrewRole.COMPOSER),
    ):
        assert ("Marit Solberg", role) in _credits(sentence), sentence


def test_a_post_on_another_work_is_no_credit() -> None:
    for sentence in (
        "Solberg, 44, was the director of photography on Greyhaven, a ferry drama.",
        "Solberg was the editor on Brine Street before this.",
    ):
        assert not any(name == "Marit Solberg" for name, _ in _credits(sentence)), sentence
