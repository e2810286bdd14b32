"""Review mends of round 134 (invented text): a part named in full in "the line where ... says"
speaks the work's line; a shoot told with an aside or a thing a preposition governs ("The shoot
for the film, ... ran until") still wrapped then; a season's label after a kind of work is our
own work's part, not another title."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_quotes

_RELEASE_TITLE = "Copper Wren: the making of a drama"


def test_a_line_where_a_part_named_in_full_speaks_is_held() -> None:
    for sentence in (
        'The line where Mirel Ostrava says "The tide owes us nothing" will be on a mug by June.',
        "The scene where Mirel Ostrava whispers to Tam: “The tide owes us nothing” is the best.",
    ):
        found = facts(
            "Kettlewick is out on Fenmark this week.",
            f"Saskia Holloway-Brandt plays Mirel Ostrava. {sentence}",
        )
        assert served_quotes(found) == [], sentence


def test_the_shoot_told_with_an_aside_or_its_own_work_still_wrapped() -> None:
    for sentence in (
        "Principal photography, delayed by the storms, ran until September.",
        "The shoot for the film ran until September.",
        "Filming on the second series ran until September.",
    ):
        found = release_kinds(sentence, date="2027-02-10", title=_RELEASE_TITLE)
        assert ("filming_wrapped", "2026-09", False) in found, sentence


def test_a_season_label_after_a_kind_keeps_our_directors_credit() -> None:
    found = facts(
        "Kettlewick, the new BBC drama, had its premiere on Friday night.",
        "It returns as the drama Series 2, directed by Odile Farrant, in May.",
        title="Kettlewick wins over the festival crowd",
    )
    directors = {c.name for c in found.crew if c.served and c.role.value == "director"}
    assert "Odile Farrant" in directors


def test_a_press_line_in_a_statement_after_a_bracketed_studio_is_served() -> None:
    found = facts(
        "Fenmark has released the first trailer for Kettlewick.",
        "Director Odile Farrant shared it on Monday. Farrant (Fenmark Pictures) in a statement: "
        "“We wanted the trailer to move like weather.”",
        title="Trailer breakdown: everything in the first look at Kettlewick",
    )
    assert served_quotes(found) == [("We wanted th", "Odile Farrant")]


def test_a_press_line_said_in_a_statement_after_a_bracketed_studio_is_served() -> None:
    for lead_in in ("says in a statement:", "tells fans on social media,"):
        found = facts(
            "Fenmark has released the first trailer for Kettlewick.",
            f"Director Odile Farrant shared it on Monday. Farrant (Fenmark Pictures) {lead_in} "
            "“We wanted the trailer to move like weather.”",
            title="Trailer breakdown: everything in the first look at Kettlewick",
        )
        assert served_quotes(found) == [("We wanted th", "Odile Farrant")], lead_in
