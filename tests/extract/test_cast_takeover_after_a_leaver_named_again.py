"""A successor told with no part ("Y has taken over the role") after a sentence that names the
leaver again, when the leaver's part was first told elsewhere (the lede): the part left is the
one the leaver named there had."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return served_statuses(facts(*paragraphs, title="Gull Reach season 2 recasts its botanist"))


def test_the_leaver_named_again_in_the_sentence_before() -> None:
    castings = _statuses(
        "Ottoline Brackenridge has stepped away from the role of Hestia in Gull Reach.",
        "Ottoline Brackenridge, who starred as botanist Hestia Varn in the first season, has "
        "exited the series ahead of its second. Swedish actor Liv Harstad-Amundsen has taken "
        "over the role.",
    )
    assert castings.get(("Ottoline Brackenridge", "Hestia Varn")) is CastStatus.FORMER
    assert castings.get(("Liv Harstad-Amundsen", "Hestia Varn")) is CastStatus.CURRENT


def test_an_actor_named_again_who_stays_gives_no_part() -> None:
    castings = _statuses(
        "Corin Madoc-Price plays Ansel Varn in Gull Reach, back in March.",
        "Corin Madoc-Price is staying for the second season. Swedish actor Liv Harstad-Amundsen "
        "has taken over the role.",
    )
    assert not any(actor == "Liv Harstad-Amundsen" for actor, _ in castings)
