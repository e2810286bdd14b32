"""A newsletter's or outlet's own editor ("The Reel Letter is edited by X", its masthead line)
is a byline, never the film's editor; the film's own "is edited by" keeps its credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Larkspur Lane: the finale has a date"


def test_the_newsletter_named_by_its_masthead_is_edited_by() -> None:
    served = served_crew(
        "The Reel Letter – your Friday screen briefing | Friday 3 May | Written by Dana Okonkwo",
        "Good morning, and welcome to The Reel Letter.",
        "Larkspur Lane, the drama about a family of beekeepers, returns in June.",
        "The Reel Letter is edited by Dana Okonkwo. Photo: Larkspur Lane / BBC",
        title=f"The Reel Letter: {_HEAD}",
    )
    assert ("editor", "Dana Okonkwo") not in served


def test_this_weeks_edition_and_a_newsletter_noun() -> None:
    served = served_crew(
        "Larkspur Lane, the drama about a family of beekeepers, returns in June.",
        "This week's edition was written and edited by Tobias Merriwether.",
        "Frame Notes, our weekly newsletter, is edited by Hester Quayle-Morgan.",
        title=_HEAD,
    )
    assert ("editor", "Tobias Merriwether") not in served
    assert ("editor", "Hester Quayle-Morgan") not in served


def test_the_film_is_edited_by_keeps_its_credit() -> None:
    served = served_crew(
        "Larkspur Lane, the drama about a family of beekeepers, returns in June.",
        "The film is edited by Oskar Lindgren-Pike and scored by Ama Quartey.",
        title=_HEAD,
    )
    assert ("editor", "Oskar Lindgren-Pike") in served


def test_a_newsletter_noun_in_an_aside_about_the_film_keeps_the_credit() -> None:
    served = served_crew(
        "Gorse Hollow, the drama about a lighthouse keeper's daughters, returns in May.",
        "The new series, which I flagged in last week's newsletter, is edited by Ondine "
        "Quarrender.",
        title="Gorse Hollow: the new series has a date",
    )
    assert ("editor", "Ondine Quarrender") in served
