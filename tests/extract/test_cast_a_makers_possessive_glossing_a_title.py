"""A maker named in a gloss on a title ("Salt Shout, Tom Reel’s tender film") is not the one a
pronoun in the next sentence means."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Cover story: Ada Penn on Salt Shout and learning to be loud"


def test_a_directors_possessive_film_after_the_title() -> None:
    found = facts(
        "Ada Penn has salt in her hair.",
        "The 24-year-old from Leeds is the star of Salt Shout, Tom Reel’s tender, furious film "
        "about a lifeboat crew. She plays Dot Harker, a young volunteer.",
        "Reel, whose debut won at Edinburgh, says he knew within a minute.",
        title=TITLE,
    )
    assert ("Tom Reel", "Dot Harker") not in pairs(found)


def test_a_writers_possessive_drama_after_the_title() -> None:
    found = facts(
        "Ada Penn has salt in her hair.",
        "Now she is the star of Salt Shout, June Okafor’s quiet coastal drama. "
        "She plays Dot Harker, a young volunteer.",
        "Okafor, whose first series won a Bafta, wrote it in a month.",
        title=TITLE,
    )
    assert ("June Okafor", "Dot Harker") not in pairs(found)


def test_a_name_the_sentence_names_without_a_gloss_is_still_the_actor() -> None:
    found = facts(
        "Nobody expected this.",
        "The star of Salt Shout, the BBC’s coastal film, is Ada Penn. "
        "She plays Dot Harker, a young volunteer.",
        "Penn, whose first series won a Bafta, trained for a month.",
        title=TITLE,
    )
    assert ("Ada Penn", "Dot Harker") in pairs(found)
