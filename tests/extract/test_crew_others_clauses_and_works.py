"""Crew credits a sentence gives someone else, on invented articles: a subject's own verbs
coordinated before a comma ("she wrote and executive produced, directed by X") are hers, and only
the verb after the comma credits X; a work the subject made with another director, dated in
brackets ("her work on “T” (2019) by director X"), is that director's; a verb at the end of a
"whose" clause ("X, whose theme ... fan edits") belongs to the clause's own subject, not X."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_subjects_coordinated_verb_before_a_comma_credits_no_one_else() -> None:
    found = served_crew(
        "Marisol Kettlewick created Tidebrook Lane a decade ago.",
        "Next month the saga closes with Tidebrook Lane: Ebb Water, a finale she wrote and "
        "executive produced, directed by Bram Oyelaran-Fisk.",
        title="Marisol Kettlewick on saying goodbye to Tidebrook Lane",
    )
    assert ("director", "Bram Oyelaran-Fisk") in found
    assert ("executive_producer", "Bram Oyelaran-Fisk") not in found


def test_a_coordinated_verb_before_a_comma_in_another_phrasing() -> None:
    found = served_crew(
        "Dunmore Reach returns to cinemas in June.",
        "It is the film he co-wrote and produced, directed by Ilse Varga-Thorne, that made his "
        "name.",
        title="Dunmore Reach: a first look",
    )
    assert ("director", "Ilse Varga-Thorne") in found
    assert ("producer", "Ilse Varga-Thorne") not in found


def test_a_real_list_of_verbs_still_credits_each() -> None:
    found = served_crew(
        "Dunmore Reach returns to cinemas in June.",
        "The film is written, produced and directed by Ilse Varga-Thorne.",
        title="Dunmore Reach: a first look",
    )
    assert {("writer", "Ilse Varga-Thorne"), ("director", "Ilse Varga-Thorne")} <= found
    assert ("producer", "Ilse Varga-Thorne") in found


def test_a_dated_quoted_work_by_another_director_is_no_credit() -> None:
    found = served_crew(
        "Hollin Gate is the new film from the director Petra Lund-Asari.",
        "At home the cinematographer Edyta Wrzos is known above all for her work on “Szare "
        "Pola” (2019) by director Konrad Milewicz-Hart.",
        title="Hollin Gate: meet the camera behind the film",
    )
    assert ("director", "Konrad Milewicz-Hart") not in found
    assert ("director", "Petra Lund-Asari") in found


def test_another_directors_work_told_with_on_and_by_is_no_credit() -> None:
    found = served_crew(
        "Hollin Gate is the new film from the director Petra Lund-Asari.",
        "Edyta Wrzos is best known for her work on the drama Grey Fields by director Konrad "
        "Milewicz-Hart.",
        title="Hollin Gate: meet the camera behind the film",
    )
    assert ("director", "Konrad Milewicz-Hart") not in found


def test_a_verb_ending_a_whose_clause_is_not_the_names() -> None:
    found = served_crew(
        "The Ashmere trailer landed this morning.",
        "It features new music by composer Fenna Roux-Adebayo, whose string motif has already "
        "been cut into hundreds of fan edits.",
        title="Ashmere trailer: what we spotted",
    )
    assert ("composer", "Fenna Roux-Adebayo") in found
    assert ("editor", "Fenna Roux-Adebayo") not in found


def test_a_verb_ending_a_whose_clause_in_another_phrasing() -> None:
    found = served_crew(
        "The Ashmere trailer landed this morning.",
        "Fans have singled out Tobiah Marcovici, whose cello line now scores countless fan edits.",
        title="Ashmere trailer: what we spotted",
    )
    assert ("editor", "Tobiah Marcovici") not in found
