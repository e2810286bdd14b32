"""Credits that belong to another work than the article's film: the earlier seasons' director
("the first two, directed by X, arrived in 2022", "whose first two seasons were directed by X"),
a series told by its kind right after another work named by its owner and genre ("the BBC's new
drama T ... The six-part series, directed by X"), and an author's other books listed in brackets
("X's novels (A, B)") (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew

_LEDE = (
    "Netflix has dated Pellmore: The Long Tide, the feature film that closes Briseis Venmore’s "
    "story of Wren and Ash, for 9 May."
)
_TITLE = "Pellmore film gets a May date"


def test_the_first_two_directed_by_and_already_out_is_the_seasons_director() -> None:
    found = served_crew(
        _LEDE,
        "The film is directed by Tamsin Ardeley. The third season landed on 2 March 2024; the "
        "first two, directed by Corvath Enby, arrived in May 2021 and June 2022.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Ardeley") in found
    assert ("director", "Corvath Enby") not in found


def test_whose_first_two_seasons_were_directed_by_is_the_seasons_director() -> None:
    found = served_crew(
        _LEDE,
        "The film is directed by Tamsin Ardeley. The Pellmore series, whose first two seasons "
        "were directed by Corvath Enby, has won several awards.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Ardeley") in found
    assert ("director", "Corvath Enby") not in found


def test_a_series_told_by_kind_after_another_owned_drama_is_held() -> None:
    found = facts(
        _LEDE,
        "The film is directed by Tamsin Ardeley. Meanwhile, the BBC’s new coastal drama The "
        "Quellstone Light also wrapped on Friday. The six-part series, directed by Corvath "
        "Enby, is due next spring.",
        title=_TITLE,
    )
    served = {(c.role.value, c.name) for c in found.crew if c.served}
    assert ("director", "Tamsin Ardeley") in served
    assert ("director", "Corvath Enby") not in served


def test_the_series_told_by_kind_after_our_own_title_is_ours() -> None:
    found = served_crew(
        _LEDE,
        "Fans have waited two years for the drama Pellmore to return. The film, directed by "
        "Corvath Enby, is the last chapter.",
        title=_TITLE,
    )
    assert ("director", "Corvath Enby") in found


def test_an_authors_other_novels_in_brackets_credit_no_author() -> None:
    found = facts(
        _LEDE,
        "Written by Briseis Venmore, directed by Tamsin Ardeley.",
        "Recommendations for Briseis's novels (Harbourglass, Quiet Years, Lamplit) go in the "
        "book thread, not here.",
        title=_TITLE,
    )
    assert ("author", "Briseis Venmore") not in credits(found)
    assert ("writer", "Briseis Venmore") in credits(found)


def test_a_credit_after_the_semicolon_of_a_kind_told_run_is_the_films() -> None:
    found = served_crew(
        _LEDE,
        "Corvath Enby, who shot Tamsin Ardeley's coastal drama The Quellstone Light in 2021, "
        "was hired for the film. The three series, directed by Tamsin Ardeley, had a bright "
        "palette; the film, adapted by Briseis Venmore from her own novels, is shot on 35mm.",
        title=_TITLE,
    )
    assert ("writer", "Briseis Venmore") in found
