"""A name the sentence uses only inside a company's name is held, whatever rule credited it, and
a person described between commas before their own post is credited with that post, not joined
to the producers before them (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.extract.crewshapes import shaped_crew
from bot.facts import CrewFact, CrewRole
from tests.extract.helpers import served_crew


def test_a_name_inside_an_ampersand_company_is_no_producer() -> None:
    served = served_crew("Quarry & Finch Pictures is producing the drama, which shoots in Leeds.")
    assert not any(name in {"Quarry", "Finch"} for _, name in served)


def test_a_name_before_a_company_word_is_no_producer() -> None:
    served = served_crew("Tallis Brook Films will produce, with sales handled by a London agent.")
    assert not any(name.startswith("Tallis") for _, name in served)


def test_a_producer_also_named_on_their_own_keeps_the_credit() -> None:
    served = served_crew("Nell Ambrose is producing through her banner, Nell Ambrose Films.")
    assert ("producer", "Nell Ambrose") in served


def test_a_described_director_of_photography_is_no_producer() -> None:
    served = served_crew(
        "Mila Hrubá and Tobias Renn produce, with Piet Olsen, the director’s longtime "
        "collaborator, on board as director of photography."
    )
    assert ("cinematographer", "Piet Olsen") in served
    assert ("producer", "Piet Olsen") not in served
    assert {("producer", "Mila Hrubá"), ("producer", "Tobias Renn")} <= served


def test_a_described_person_with_their_own_post_after_is() -> None:
    served = served_crew(
        "Odile Brandt is producing. Kasimir Vehko, a friend from the director's film school, "
        "is director of photography."
    )
    assert ("cinematographer", "Kasimir Vehko") in served
    assert ("producer", "Kasimir Vehko") not in served


def test_the_last_check_holds_a_producer_whose_own_post_follows() -> None:
    evidence = (
        "Rosa Lind and Omar Tey produce, with Piet Olsen, a friend from film school, on board "
        "as editor."
    )
    checked = shaped_crew(
        [
            CrewFact("Piet Olsen", CrewRole.PRODUCER, evidence),
            CrewFact("Rosa Lind", CrewRole.PRODUCER, evidence),
        ]
    )
    assert [fact.served for fact in checked] == [False, True]


def test_the_last_check_keeps_a_producer_who_is_also_named_producer_after_the_post() -> None:
    evidence = "Kasimir Vehko is serving as composer and producer on the thriller."
    checked = shaped_crew([CrewFact("Kasimir Vehko", CrewRole.PRODUCER, evidence)])
    assert checked[0].served


def test_the_last_check_holds_a_company_part_whatever_rule_found_it() -> None:
    evidence = "Produced by Brack & Lowe Films, the series starts in May."
    checked = shaped_crew([CrewFact("Brack", CrewRole.PRODUCER, evidence)])
    assert not checked[0].served


def test_a_name_joined_to_a_company_the_credit_names_is_no_producer() -> None:
    served = served_crew(
        "Sefton Rye is produced by Quillon Light Films and Marisol Vent, and no date is set."
    )
    assert not any(name == "Marisol Vent" for _, name in served)


def test_a_person_after_a_company_named_for_someone_else_is_a_producer() -> None:
    served = served_crew(
        "Sefton Rye is produced by Jo Marsh for Quillon Films and Marisol Vent for Tarn Pictures."
    )
    assert {("producer", "Jo Marsh"), ("producer", "Marisol Vent")} <= served
