"""Review mends of round 174: rules of the round narrowed where they cost true facts on
invented text (no name from the corpus)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_titles

_SPRING = "Kestrel Mile will return to ITV this spring."


def test_a_profiles_untitled_next_series_may_be_the_articles_own() -> None:
    found = facts(
        "Edda Vayle signs on for Kestrel Mile, a Sky drama shooting in Leeds.",
        "Edda Vayle has spent a decade on stage.",
        "Her next series is a period drama. Kestrel Mile is written by Fenwick Drey, and Bram "
        "Tolliver plays her brother, Caddan.",
        title="Edda Vayle joins Kestrel Mile",
    )
    assert ("Bram Tolliver", "Caddan") in {(c.actor, c.character) for c in found.cast if c.served}


def test_a_person_a_round_up_headline_adds_with_plus_is_no_work() -> None:
    found = facts(
        "Tarrick Quay, the BBC drama set in Swansea, has found its villain.",
        "Bram Tolliver will play Councillor Rees in the six-part series, which films in Swansea "
        "this summer.",
        "Edda Vayle is also on board. Edda Vayle will play Mirren Holt, the councillor's estranged "
        "daughter.",
        date="2027-05-30",
        title="Casting: Tarrick Quay finds its villain, plus Edda Vayle",
    )
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert ("Edda Vayle", "Mirren Holt") in served


def test_a_bare_first_two_out_already_are_the_articles_own_episodes() -> None:
    found = facts(
        "Kestrel Mile, ITV's six-part thriller, began on Sunday.",
        "Episodes are released weekly. The first two, directed by Jory Vasquez-Lund, arrived on "
        "ITVX on Sunday, and the rest follow weekly.",
        date="2027-05-30",
    )
    assert "Jory Vasquez-Lund" in {c.name for c in found.crew if c.served}


def test_a_bare_first_two_after_a_season_named_are_earlier_runs() -> None:
    found = facts(
        "Kestrel Mile: The Movie will close the story, Netflix said.",
        "The film, directed by Jory Vasquez-Lund, was announced in April. The third season "
        "landed on 3 October 2024; the first two, directed by Odran Pellis, arrived in April "
        "2022 and August 2023.",
        date="2027-05-30",
    )
    assert {c.name for c in found.crew if c.served} == {"Jory Vasquez-Lund"}


def test_words_said_in_an_office_are_no_parts_line() -> None:
    found = facts(
        "Edda Vayle takes over BBC drama this month.",
        "Now, as Controller, she says, “We will commission fewer shows but make them bigger.”",
        date="2027-05-30",
    )
    assert any(q.served and q.text.startswith("We will commission") for q in found.quotes)


def test_words_said_at_one_point_of_an_interview_in_a_review_are_a_quote() -> None:
    found = facts(
        "Kestrel Mile review: a fierce, funny thriller",
        "Tansy Ormerod is superb as DS Pellwick.",
        "Asked about the role, Ormerod is frank. “It was the hardest job I've done,” she says at "
        "one point in our chat.",
        date="2027-05-30",
        title="Kestrel Mile review: a fierce thriller",
    )
    assert any(q.served and q.text.startswith("It was the hardest") for q in found.quotes)


def test_a_headlines_title_before_a_festivals_name_is_still_the_title() -> None:
    found = served_titles(
        "Osier Kites, Lumen's drama about two sisters, will premiere in Berlin in February.",
        "Osier Kites is released on Lumen on Friday 17 April.",
        date="2026-01-22",
        title="Osier Kites: Berlin Film Festival premiere confirmed for Lumen's drama",
    )
    assert found == ["Osier Kites"], found


def test_a_profiles_untitled_next_role_is_still_another_works() -> None:
    found = facts(
        "Edda Vayle on Kestrel Mile, the ITV thriller she leads from Sunday.",
        "Edda Vayle plays DS Ada Pellwick, and Kestrel Mile was written by Fenwick Drey.",
        "Her next role is a smaller one. She has a cameo in The Tin Orchard, the debut feature by "
        "director Odran Pellis, which opens in cinemas in May.",
        date="2027-04-30",
    )
    assert "Odran Pellis" not in {c.name for c in found.crew if c.served}
