"""Credits that belong to something other than the article's production: a festival's own
director ("Larkfest's director, X, called the evening ..."), another film's director after a
quoted title ("the 2011 film “O Vento do Sul”, directed by X"), and a podcast host or guest known
only by a job noun ("the podcast P, hosted by novelist X")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = (
    "The drama Marrow Lane had its world premiere at the Larkfest Film Festival in Leeds on "
    "Thursday night."
)


def test_a_festivals_own_director_is_not_the_films() -> None:
    for sentence in (
        "Larkfest’s director, Quentin Abernethy-Sloane, called the evening “a triumph”.",
        "Larkfest's director, Quentin Abernethy-Sloane, said tickets had sold out in an hour.",
        "The festival’s director, Quentin Abernethy-Sloane, thanked the volunteers.",
    ):
        found = facts(_LEDE, sentence, title="Larkfest opens with Marrow Lane")
        assert ("director", "Quentin Abernethy-Sloane") not in served_credits(found), sentence


def test_a_quoted_foreign_title_before_directed_by_is_another_film() -> None:
    for sentence in (
        "Some viewers asked if the series is linked to the 2011 film “O Vento do Sul”, directed by "
        "Quentin Abernethy-Sloane. It is not.",
        "Some recall the 2011 feature “Noites do Sul”, directed by Quentin Abernethy-Sloane, "
        "when they see it.",
    ):
        found = facts(
            "Filming on the Portuguese drama “As Redes do Sul” began in Porto this week.",
            sentence,
            title="Filming starts on “As Redes do Sul”",
        )
        assert ("director", "Quentin Abernethy-Sloane") not in served_credits(found), sentence


def test_a_podcast_host_named_by_a_job_is_not_an_author() -> None:
    for sentence in (
        "Speaking on the book podcast Inkwell Hour, hosted by novelist Quentin "
        "Abernethy-Sloane, the writer said the ending had been hard.",
        "The same episode features a conversation with novelist Quentin Abernethy-Sloane "
        "about adapting his memoir.",
        "On the podcast, hosted by author Quentin Abernethy-Sloane, she spoke about the film.",
    ):
        found = facts(
            "Marrow Lane creator Bettany Fairweather-Olu has discussed the film's ending.",
            sentence,
            title="Bettany Fairweather-Olu on ending Marrow Lane",
        )
        credited = {c for c in served_credits(found) if c[1] == "Quentin Abernethy-Sloane"}
        assert not credited, (sentence, credited)
