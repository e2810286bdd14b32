"""Quotes on invented text: a poster's guess the writer rebuts straight after it is nobody's
quote; "the US distributor" (a company descriptor qualified by a territory) is never the company
the article ties to another territory, only one named with that territory."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def test_a_posters_guess_the_writer_rebuts_is_not_served() -> None:
    for line in (
        "A reader in the replies to my last thread said filming was “wrapping in April” so... "
        "nope, sorry.",
        "One follower swore the teaser was “dropping on Monday” – wrong, it's next week.",
        "Somebody on the forum claimed the finale was “already shot”. Not true.",
    ):
        found = quote_readings("The Saltreed Point series is coming back.", line)
        assert not any(served for _, _, served in found.values()), line


def test_a_named_speakers_words_stay_served_beside_a_rebuttal() -> None:
    found = quote_readings(
        "Ines Carrow plays the lead in Saltreed Point.",
        "Ines Carrow said the shoot was “easy”, but nope, nobody believes her.",
    )
    assert found["easy"] == ("Ines Carrow", SourceKind.PERSON, True)


def test_a_territorys_distributor_is_not_the_company_named_for_another() -> None:
    for line in (
        "In France it opens on 4 May via Lantern Cinéma Films. The German distributor has only "
        "said “some time in autumn”.",
        "UK cinemas get it in June through Heronsgate Pictures. The US distributor told fans to "
        "expect it “after the festival run”.",
    ):
        found = quote_readings("The Saltreed Point film has a date.", line)
        ((speaker, source, served),) = found.values()
        assert source is SourceKind.ORGANISATION and served, line
        assert "Lantern" not in speaker and "Heronsgate" not in speaker, line
        assert "distributor" in speaker, line


def test_a_territorys_distributor_named_with_that_territory_is_that_company() -> None:
    for line in (
        "Heronsgate Pictures picked up the US rights last week. The US distributor has said "
        "“late summer”.",
        "Heronsgate Pictures will release it in American cinemas. The US distributor has only "
        "said “late summer”.",
    ):
        found = quote_readings("The Saltreed Point film has a date.", line)
        assert found["late summer"] == ("Heronsgate Pictures", SourceKind.ORGANISATION, True), line
