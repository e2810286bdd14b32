"""A profile's subject speaks after a sentence whose subject is her or his work ("Low Orchard
was her first series for a streamer"): the pronoun is the profile's subject, never the title."""

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_a_title_that_was_her_first_series_is_no_speaker() -> None:
    found = _speakers(
        "Pernille Soskova-Baird lit the new thriller Low Orchard, which arrives on Lumen in May.",
        "Soskova-Baird trained in Prague and made her name on small features.",
        "Low Orchard was her first series for a streamer, and the size of it took getting used "
        "to. “We were twelve people on my last film,” she says. “Here there were two hundred.”",
    )
    assert "Low Orchard" not in found
    assert found <= {"Pernille Soskova-Baird"}


def test_a_title_that_is_his_debut_feature_is_no_speaker() -> None:
    found = _speakers(
        "Casimir Doolan-Reyes wrote and directed The Kiln Year, out in cinemas in June. The Kiln "
        "Year is his debut feature after a decade of shorts.",
        "The long takes were, he insists, a matter of money. “We could not afford to cut.”",
    )
    assert "Kiln Year" not in found and "The Kiln Year" not in found
    assert found <= {"Casimir Doolan-Reyes"}


def test_a_person_who_is_her_co_star_still_speaks() -> None:
    found = _speakers(
        "Pernille Soskova-Baird stars in Low Orchard, which arrives on Lumen in May.",
        "Tomasz Ferreira-Lund is her co-star. “She never stops working,” he says.",
    )
    assert found == {"Tomasz Ferreira-Lund"}
