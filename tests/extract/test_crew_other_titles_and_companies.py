"""A maker named by an unquoted title the headline does not name ("joined by the Cold Harbour
writer Tom Bell": another show's writer) and one word producing for an outlet ("produced by
Tallow for Apple": a company) are never served credits (invented podcast and wire sentences)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_TITLE = "The Tally podcast: Rina Vos on Marlow Street and writing for the BBC"
_LEDE = "On this week's episode of The Tally, Marlow Street creator Rina Vos talks recasting."


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in found.crew if c.served}


def test_another_titles_writer_is_no_credit() -> None:
    found = facts(_LEDE, "Next week: Ann and Raj are joined by the Cold Harbour writer Tom Bell.",
                  title=_TITLE)  # fmt: skip
    assert ("Tom Bell", "writer") not in _served(found)
    assert ("Rina Vos", "creator") in _served(found)


def test_the_headlines_title_before_a_maker_stays() -> None:
    found = facts(_LEDE, "Marlow Street director Joe Pell shot it in Leeds.", title=_TITLE)
    assert ("Joe Pell", "director") in _served(found)


def test_one_word_producing_for_an_outlet_is_held() -> None:
    found = facts(
        "Tinhouse, a thriller, has been ordered by Apple.",
        "It will be directed by Joe Pell and produced by Tallow for Apple.",
        title="Apple orders Tinhouse",
    )
    assert ("Tallow", "producer") not in _served(found)
    assert ("Joe Pell", "director") in _served(found)


def test_a_full_name_producing_for_an_outlet_stays() -> None:
    found = facts(
        "Tinhouse, a thriller, has been ordered by Apple.",
        "It will be directed by Joe Pell and produced by Ana Tallow for Apple.",
        title="Apple orders Tinhouse",
    )
    assert ("Ana Tallow", "producer") in _served(found)


_AWARDS_TITLE = "Awards watch: Is Marsh Year Britain's best shot at the Oscars?"
_AWARDS_LEDE = "Studiocanal's Marsh Year, directed by Ana Fell, is the British film to beat."


def test_a_channels_director_is_a_post() -> None:
    found = facts(
        _AWARDS_LEDE, "“Fell has nerve,” said Film4 director Olly Hart.", title=_AWARDS_TITLE
    )
    assert ("Olly Hart", "director") not in _served(found)
    assert ("Ana Fell", "director") in _served(found)


def test_a_channels_producer_stays() -> None:
    found = facts(_AWARDS_LEDE, "BBC producer Jo Reed said it was done.", title=_AWARDS_TITLE)
    assert ("Jo Reed", "producer") in _served(found)


def test_a_rivals_director_and_source_are_no_credits() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Netflix is pushing hard for The Long Field, while A24's Lanterns, directed by Kogo,"
        " has its own following.",
        "Ruth Dale is tipped for Hamlet, Chloé Zhao’s adaptation of Maggie Farr’s novel.",
        title=_AWARDS_TITLE,
    )
    assert not {name for name, _ in _served(found)} & {"Kogo", "Maggie Farr"}


def test_our_own_adaptations_source_stays() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Marsh Year, Ana Fell’s adaptation of Jo Reed’s novel, opens in May.",
        title=_AWARDS_TITLE,
    )
    assert ("Jo Reed", "author") in _served(found)


def test_a_film_whose_director_is_named_is_not_its_owners() -> None:
    found = facts(
        "Ana Fell's film, directed by Jo Reed, is a graceful end to the series.",
        "Fell was too emotional to say much.",
        title="Festival report: Marlow closes the gala",
    )
    assert ("Ana Fell", "director") not in _served(found)
    assert ("Jo Reed", "director") in _served(found)


def test_a_reviews_possessed_film_still_credits_its_director() -> None:
    found = facts("Ana Fell's film is a series of small rooms.", title="Review: Marlow")
    assert ("Ana Fell", "director") in _served(found)


def test_a_company_owned_before_produced_by_stays() -> None:
    found = facts(
        "Marsh Year premieres in Berlin on Friday.",
        "The film is a co-production between Hale Film and Bristol’s Ferrow Pictures, produced"
        " by Gergo Hale and Ana Fell.",
        title="Berlinale: Marsh Year",
    )
    assert ("Ana Fell", "producer") in _served(found)
