"""A part another actor plays on screen, "voiced by" someone in an article that names a dub in
any sense ("who also dubbed the lead in the German version"), is the dub's voice, not a casting
(no sentence need say "the dub" itself)."""

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_voice_of_a_part_played_on_screen_is_a_dubs() -> None:
    found = facts(
        "Vintry Hollow opens in Irish cinemas on Friday.",
        "The film stars Yselde Talvana as Corwenna, the eldest sister.",
        "German audiences will hear Corwenna voiced by the Berlin actor Idris Dellacourt, who"
        " also dubbed the lead in the German version of Brisbury Lane.",
        title="Vintry Hollow: the sisters' film goes abroad",
    )
    assert ("Yselde Talvana", "Corwenna") in served_pairs(found)
    assert ("Idris Dellacourt", "Corwenna") not in pairs(found)


def test_an_animated_parts_voice_stays_without_an_on_screen_actor() -> None:
    found = facts(
        "Vintry Hollow, the animated film, opens in cinemas on Friday.",
        "Corwenna is voiced by Idris Dellacourt, who dubbed a cartoon once in the German version"
        " of a show.",
        title="Vintry Hollow opens on Friday",
    )
    assert ("Idris Dellacourt", "Corwenna") in served_pairs(found)
