"""Credits added with "with" ("with X on cinematography", "with X as our editor") and an
interview's remark on a job answered with its maker ("Q: The score is sparse." "A: X wrote
it.") (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_with_a_name_on_a_craft_is_that_crew_member() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Ottilie Brandt directs from her own script, with Henrik Solberg on cinematography and "
        "Ingrid Vesterlund on music.",
    )
    assert ("cinematographer", "Henrik Solberg") in credits(found)
    assert ("composer", "Ingrid Vesterlund") in credits(found)


def test_with_a_name_as_our_post_in_an_answer() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Q: How did you shoot the storm?",
        "A: Over three nights off Bergen, with Henrik Solberg as our cinematographer.",
        "Q: And the cut?",
        "A: We had two months, with Lars Moe handling the editing.",
    )
    assert ("cinematographer", "Henrik Solberg") in credits(found)
    assert ("editor", "Lars Moe") in credits(found)


def test_with_a_name_on_another_matter_is_no_credit() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "She spent a week with Henrik Solberg on the music festival circuit.",
    )
    assert not credits(found)


def test_a_remark_on_the_score_answered_with_who_wrote_it() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Q: The score is very sparse.",
        "A: Ingrid Vesterlund wrote it. I wanted something you half remember.",
    )
    assert ("composer", "Ingrid Vesterlund") in credits(found)


def test_a_remark_on_the_editing_answered_with_who_cut_it() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Q: The editing feels restless.",
        "A: Lars Moe cut it in ten weeks, mostly at night.",
    )
    assert ("editor", "Lars Moe") in credits(found)


def test_an_answer_whose_verb_does_not_fit_the_job_gives_no_credit() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Q: The score is very sparse.",
        "A: Ingrid Vesterlund shot it on film, and the music followed the pictures.",
    )
    assert not credits(found)


def test_a_run_of_names_on_crafts_after_with() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Ottilie Brandt directs, with Henrik Solberg back on cinematography, Lars Moe on the "
        "edit and Ida Berg handling casting.",
    )
    assert ("cinematographer", "Henrik Solberg") in credits(found)
    assert ("editor", "Lars Moe") in credits(found)
    assert ("casting_director", "Ida Berg") in credits(found)


def test_having_worked_with_someone_on_a_craft_is_no_credit() -> None:
    found = facts(
        "Silver Tides opens in May.",
        "Brandt has worked with Lars Moe on cinematography, and says she trusts him completely.",
    )
    assert ("cinematographer", "Lars Moe") not in credits(found)


def test_with_a_name_composing_is_the_composer() -> None:
    found = facts(
        "Ember Quay shoots in Tromsø, with Lise Hovland producing and Emeric Dusk composing.",
        title="Ember Quay begins filming",
    )
    assert {("producer", "Lise Hovland"), ("composer", "Emeric Dusk")} <= credits(found)


def test_composing_with_an_object_for_another_work_is_no_credit() -> None:
    found = facts(
        "Ember Quay shoots in Tromsø.",
        "Emeric Dusk is composing an opera for Bergen.",
        title="Ember Quay begins filming",
    )
    assert ("composer", "Emeric Dusk") not in credits(found)


def test_returns_as_producer_is_the_producer() -> None:
    found = facts(
        "Ember Quay series two has wrapped, and Tamsin Orrery returns as producer.",
        title="Ember Quay series two wraps",
    )
    assert ("producer", "Tamsin Orrery") in credits(found)


def test_returns_as_producer_of_another_work_is_no_credit() -> None:
    found = facts(
        "Ember Quay series two has wrapped.",
        "Tamsin Orrery returns as producer on Vesper Moor next year.",
        title="Ember Quay series two wraps",
    )
    assert ("producer", "Tamsin Orrery") not in credits(found)
