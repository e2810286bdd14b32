"""Crew names the article's film does not credit: an earlier run's directors told with a
pronoun or a relative denial, titles before an author's post, a producer reporting the team's
shoot (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Brindle Lane Forever arrives on Stardeck in May, directed by Odo Wrenhollow."


def test_those_after_counted_seasons_are_the_seasons_directors() -> None:
    found = facts(
        _LEDE,
        "For newcomers, seasons one to three are still on Stardeck (S1 landed 22 April 2021)."
        " Those were directed by Tamsin Quarry and Rolf Ebbing, not by Wrenhollow.",
    )
    assert ("director", "Odo Wrenhollow") in credits(found)
    assert ("director", "Tamsin Quarry") not in credits(found)
    assert ("director", "Rolf Ebbing") not in credits(found)


def test_names_a_relative_denial_closes_are_not_ours() -> None:
    found = facts(
        _LEDE,
        "The three seasons premiered in April 2021, August 2022 and October 2023 respectively,"
        " each directed in part by Pell Dorrance or Hewitt Sarn – neither of whom is attached"
        " to the film.",
    )
    assert ("director", "Pell Dorrance") not in credits(found)
    assert ("director", "Hewitt Sarn") not in credits(found)


def test_titles_listed_before_an_author_post_are_no_creators() -> None:
    found = facts(
        _LEDE,
        "The Brindlemoor and Gorsebrook author created the series and wrote the screenplay.",
    )
    assert not {name for role, name in credits(found) if role == "creator"}


def test_a_producer_telling_the_team_shot_it_is_no_cinematographer() -> None:
    found = facts(
        _LEDE,
        "Producer Orrin Petchley of Pobble Films said the team shot the film in nine weeks.",
    )
    assert ("producer", "Orrin Petchley") in credits(found)
    assert ("cinematographer", "Orrin Petchley") not in credits(found)


def test_a_speaker_saying_she_shot_it_is_still_the_cinematographer() -> None:
    found = facts(_LEDE, "Orrin Petchley said she shot the film in nine weeks.")
    assert ("cinematographer", "Orrin Petchley") in credits(found)


def test_a_speaker_saying_the_story_draws_on_her_books_is_still_their_author() -> None:
    found = facts(
        _LEDE,
        "Maribel Vantross has said the story draws on the final volumes of her graphic novels.",
    )
    assert ("author", "Maribel Vantross") in credits(found)
