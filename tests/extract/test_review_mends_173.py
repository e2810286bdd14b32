"""Review mends of round 173, on invented text: a labelled cast line printed part first, a filmed
show's or tour's subtitle, an author's books told as what the work is made from, and a part in
brackets before "plays alongside" a co-star, and a takeover "from" a company or an owner."""

from __future__ import annotations

from tests.extract.helpers import (
    credits,
    facts,
    former_pairs,
    served_credits,
    served_pairs,
    served_titles,
)

_LEDE = "Fenwhistle arrives on Streamly on Friday."
_PART_FIRST = "Cast: Ysolde Marrack – Perrin Stabb; Brythe Sennen – Cadoc Vell"


def test_a_labelled_line_printed_part_first_gives_no_pair() -> None:
    found = facts(_LEDE, "Perrin Stabb, who won a Bafta last year, leads the cast.", _PART_FIRST)
    served = served_pairs(found)
    assert ("Ysolde Marrack", "Perrin Stabb") not in served, served
    assert ("Brythe Sennen", "Cadoc Vell") not in served, served


def test_a_labelled_line_with_its_known_actors_first_is_still_served() -> None:
    found = facts(
        _LEDE,
        "Perrin Stabb, who won a Bafta last year, leads the cast.",
        "Starring: Perrin Stabb – Ysolde Marrack; Cadoc Vell – Brythe Sennen",
    )
    served = served_pairs(found)
    assert ("Perrin Stabb", "Ysolde Marrack") in served, served
    assert ("Cadoc Vell", "Brythe Sennen") in served, served


def test_a_filmed_musical_or_tour_keeps_its_title() -> None:
    cases = [
        (
            "Perrin Stabb: The Harbour Tour arrives on Disney+ in March",
            "The concert film Perrin Stabb: The Harbour Tour arrives on Disney+ on 14 March.",
            "Perrin Stabb: The Harbour Tour",
        ),
        (
            "Fenwhistle: The Musical hits Netflix",
            "Fenwhistle: The Musical arrives on Netflix on 14 March.",
            "Fenwhistle: The Musical",
        ),
        (
            "Fenwhistle: The Musical gets a date",
            "The film Fenwhistle: The Musical arrives in May.",
            "Fenwhistle: The Musical",
        ),
    ]
    for title, line, name in cases:
        assert name in served_titles(line, title=title), line


def test_a_stage_show_or_a_marathon_is_still_no_title() -> None:
    assert served_titles("Fenwhistle: The Musical opens at the Lyric on 14 March.") == []
    marathon = (
        "A cinema is also hosting a Copper Bay: The Box-Set Marathon on Saturday, before the"
        " finale lands on Netflix."
    )
    assert "Copper Bay: The Box-Set Marathon" not in served_titles(marathon)


def test_an_authors_novels_the_work_brings_to_the_screen_credit_her() -> None:
    title = "Quellmoor Tales: first look at the Streamly drama"
    for line in (
        "Quellmoor Tales brings Ysolde Marrack's novels Tarnwell and Brindle Moor to the screen.",
        "The eight-part drama turns Ysolde Marrack's novels Tarnwell and Brindle Moor into one.",
        "Quellmoor Tales dramatises Ysolde Marrack's novels Tarnwell and Brindle Moor.",
    ):
        found = served_credits(facts(line, title=title))
        assert ("author", "Ysolde Marrack") in found, (line, found)


def test_an_authors_novels_named_only_in_passing_still_credit_no_one() -> None:
    found = facts(
        "Quellmoor Tales is written by Ysolde Marrack.",
        "This is not the thread for Marrack's novels Tarnwell or Brindle Moor, please.",
        title="Quellmoor Tales: first look at the Streamly drama",
    )
    assert ("author", "Ysolde Marrack") not in credits(found)


def test_a_part_in_brackets_then_a_co_star_after_plays_is_still_the_part() -> None:
    known = "Perrin Stabb, who won a Bafta last year, leads the cast."
    for line in (
        "Stabb (Ysolde Marrack) plays alongside Cadoc Vell.",
        "Stabb (Ysolde Marrack) plays with Cadoc Vell.",
    ):
        served = served_pairs(facts(_LEDE, known, line))
        assert ("Perrin Stabb", "Ysolde Marrack") in served, (line, served)


def test_a_work_in_brackets_then_the_part_is_still_no_part() -> None:
    served = served_pairs(facts(_LEDE, "Perrin Stabb (Dry Tidings) plays Queen Ysolde of Quarnby."))
    assert ("Perrin Stabb", "Dry Tidings") not in served, served


def test_a_takeover_from_a_company_or_an_owner_names_no_leaver() -> None:
    for line in (
        "Perrin Stabb takes over the lead role of Ysolde Marrack from Streamly Studios.",
        "Perrin Stabb takes over the lead role of Ysolde Marrack from West End star Cadoc Vell.",
        "Perrin Stabb takes over the role of Ysolde Marrack from Brythe Sennen's first script.",
    ):
        found = facts(_LEDE, line)
        assert ("Perrin Stabb", "Ysolde Marrack") in served_pairs(found), line
        assert former_pairs(found) == set(), (line, former_pairs(found))


def test_a_takeover_from_an_actor_still_names_the_leaver() -> None:
    found = facts(_LEDE, "Perrin Stabb takes over the lead role of Ysolde Marrack from Cadoc Vell.")
    assert ("Cadoc Vell", "Ysolde Marrack") in former_pairs(found)
