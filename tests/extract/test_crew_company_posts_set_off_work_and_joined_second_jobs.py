"""Crew credits in plain copy (invented sentences): the post held for a company ("the executive
producer for Channel 4 is X"), a work and its maker set off in commas ("the score, by X, is ..."),
a perfect-tense co-writer ("has co-written the screenplay with X") and a second job told with "as
well as" in a clause after ", and"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Salt Meadow review: a slow, bright coastal drama"
_LEDE = "Salt Meadow is the quiet surprise of the spring."


def test_a_post_held_for_a_company_credits_the_named_person() -> None:
    found = facts(
        _LEDE,
        "It is made by Leeds-based Kettle Yard Films, and the executive producer for Channel 4 "
        "is Ines Moorcroft.",
        title=_TITLE,
    )
    assert ("executive_producer", "Ines Moorcroft") in credits(found)
    found = facts(_LEDE, "The producer for Harbour Light Pictures is Tomasz Welland.", title=_TITLE)
    assert ("producer", "Tomasz Welland") in credits(found)
    found = facts(
        _LEDE,
        "The executive producer for Sky Arts, Delphine Okoro, said the script won her over.",
        title=_TITLE,
    )
    assert ("executive_producer", "Delphine Okoro") in credits(found)


def test_a_director_for_a_company_may_be_its_staff_and_is_no_credit() -> None:
    found = facts(_LEDE, "The director for Harbour Light Pictures is Tomasz Welland.", title=_TITLE)
    assert not [name for _, name in credits(found) if name == "Tomasz Welland"]


def test_a_work_and_its_maker_in_commas_credit_the_maker() -> None:
    found = facts(
        _LEDE,
        "The pacing is patient, and the score, by Odile Marchetti, is little more than a harp.",
        title=_TITLE,
    )
    assert ("composer", "Odile Marchetti") in credits(found)
    found = facts(
        _LEDE,
        "The film's cinematography, by Rune Halvorsen, turns the marsh silver.",
        title=_TITLE,
    )
    assert ("cinematographer", "Rune Halvorsen") in credits(found)


def test_by_contrast_in_commas_names_no_one() -> None:
    found = facts(_LEDE, "The music, by contrast, is loud and busy.", title=_TITLE)
    assert not [name for role, name in credits(found) if role == "composer"]


def test_a_perfect_tense_co_writer_is_a_writer() -> None:
    found = facts(
        _LEDE,
        "Director Hal Penrose has co-written the screenplay with Maeve Tolland.",
        title=_TITLE,
    )
    assert ("writer", "Maeve Tolland") in credits(found)
    found = facts(
        _LEDE,
        "Nadia Frost, who directs, has written the script with Gideon Arkwright.",
        title=_TITLE,
    )
    assert ("writer", "Gideon Arkwright") in credits(found)


def test_a_second_job_after_and_is_the_same_persons_credit() -> None:
    found = facts(
        _LEDE,
        "The film is drawn from Pia Lund's memoir, and Jonah Wray wrote the script himself as "
        "well as directing.",
        title=_TITLE,
    )
    assert ("director", "Jonah Wray") in credits(found)
    found = facts(
        _LEDE,
        "The shoot took six weeks; Carys Belmont edited the film as well as producing.",
        title=_TITLE,
    )
    assert ("producer", "Carys Belmont") in credits(found)
