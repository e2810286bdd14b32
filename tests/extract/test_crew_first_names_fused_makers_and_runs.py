"""A first name that opens exactly one full name the article knows is that person; a maker
fused to a described production ("Y, the A-directed road movie"); a run of credits joined by a
plain "and" or with an aside between ("A wrote the script, as she did ..., and B directed");
a person's next book, which is no source of ours; and a clause-opening participle ("Considering
X wrote ..."), which is no part of the name after it."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew


def test_a_first_name_opening_one_known_full_name_is_that_person() -> None:
    found = served_crew(
        "Brindle Cove is the film of Tamsin Greaves's debut novel.",
        "It is directed by Olek Varda, and Tamsin co-wrote the script with him.",
    )
    assert ("writer", "Tamsin Greaves") in found
    assert ("writer", "Tamsin") not in found
    found = served_crew(
        "Marrow Hill is based on the memoir by Ilse Vantongeren.",
        "Ilse wrote the screenplay, and Pol Andrade directed.",
    )
    assert ("writer", "Ilse Vantongeren") in found


def test_a_participle_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = facts(
        "Wrenna Ollerby posted a photo of the script.",
        "Considering Wrenna wrote the script, I choose to trust them.",
    )
    assert ("writer", "Wrenna Ollerby") in credits(found)
    assert all(not c.name.startswith("Considering") for c in found.crew)


def test_a_first_name_ending_like_a_participle_stays_a_name() -> None:
    found = facts("Sterling Ollerby wrote the script, and Dorrit Quell directed.")
    assert ("writer", "Sterling Ollerby") in credits(found)


def test_a_first_name_opening_two_full_names_stays_held() -> None:
    found = facts(
        "Brindle Cove is the film of Tamsin Greaves's debut novel, and Tamsin Orme stars.",
        "It is directed by Olek Varda, and Tamsin co-wrote the script with him.",
    )
    assert ("writer", "Tamsin Greaves") not in credits(found)
    assert ("writer", "Tamsin Orme") not in credits(found)
    assert all(c.name != "Tamsin" or not c.served for c in found.crew)


def test_a_maker_fused_to_a_described_production_is_credited() -> None:
    found = facts(
        "Lionsgate has moved Saltmarsh, the Petra Lindqvist-directed road movie starring Ama "
        "Oduro, into March."
    )
    assert ("director", "Petra Lindqvist") in credits(found)
    found = facts("Saltmarsh, the Petra Lindqvist-directed thriller, opens in March.")
    assert ("director", "Petra Lindqvist") in credits(found)


def test_a_fused_maker_of_an_actors_earlier_part_is_not_credited() -> None:
    found = facts(
        "Saltmarsh stars Ama Oduro, who starred in the Petra Lindqvist-directed film last year."
    )
    assert ("director", "Petra Lindqvist") not in credits(found)
    found = facts("Saltmarsh stars Ama Oduro, best known for the Petra Lindqvist-directed comedy.")
    assert ("director", "Petra Lindqvist") not in credits(found)


def test_a_run_of_credits_with_a_plain_and_or_an_aside_credits_the_second_name() -> None:
    found = facts("Keir Amadi wrote the script and Sunniva Holt directed.")
    assert ("director", "Sunniva Holt") in credits(found)
    found = facts(
        "Keir Amadi wrote the screenplay, as he did for the whole series, and Sunniva Holt "
        "directed."
    )
    assert ("director", "Sunniva Holt") in credits(found)


def test_a_persons_next_book_is_no_source_of_ours() -> None:
    found = facts(
        "Keir Amadi wrote the script for Dunmore.",
        "Keir's next book (a standalone, nothing to do with Dunmore) is out in spring.",
    )
    assert ("author", "Keir Amadi") not in credits(found)
    found = facts("Dunmore is directed by Sunniva Holt. Holt's upcoming novel is out in May.")
    assert ("author", "Sunniva Holt") not in credits(found)


def test_did_the_score_credits_the_composer() -> None:
    found = facts("Q: And the music?", "A: Mirela Dascalu did the score, mostly on a cello.")
    assert ("composer", "Mirela Dascalu") in credits(found)
    found = facts("Saltmarsh is directed by Petra Lindqvist, and Joss Ferrante is doing the score.")
    assert ("composer", "Joss Ferrante") in credits(found)


def test_did_the_score_for_another_work_credits_nothing() -> None:
    found = facts(
        "Saltmarsh is directed by Petra Lindqvist. Joss Ferrante, who did the score for Greywater, "
        "visited the set."
    )
    assert ("composer", "Joss Ferrante") not in credits(found)
