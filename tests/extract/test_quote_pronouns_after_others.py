"""Quotes on invented text: a pronoun's speaker when the sentence before it names someone else
(the last "she said" is no longer who "she" is), and a pronoun after the writer's sentence about
the people it met (one of them, never someone from an older paragraph)."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    found = facts(*paragraphs)
    return {q.text[:14]: (q.speaker, q.source, q.served) for q in found.quotes}


def _credited(found: dict[str, tuple[str, SourceKind, bool]], key: str) -> str:
    speaker, source, served = found[key]
    return speaker if served and source is SourceKind.PERSON else ""


def test_a_pronoun_after_another_person_is_named_is_not_the_last_speaker() -> None:
    for intro in (
        "Elmsport town councillor Greta Holm-Vasey said shops were ready for the crowds.",
        "Harbour trader Greta Holm-Vasey welcomed the crews back to the quay.",
    ):
        found = _quotes(
            "Filming for the Lantern Bay film has begun in Dorset, at a school in Elmsport.",
            "Her mother, Tova Brandt, said the street had kept the secret for a month. "
            '"It was the hardest thing we have done," she added.',
            intro,
            '"The last shoot brought coach trips from all over," she said.',
        )
        assert _credited(found, "It was the har") == "Tova Brandt"
        assert _credited(found, "The last shoot") != "Tova Brandt", intro


def test_a_pronoun_after_the_writers_sentence_about_people_met_is_not_an_older_one() -> None:
    for met in (
        "We spotted Ilse Marrow-Kent, the film’s Dr Nell Cray, chatting with director Odo Finch "
        "near the bar.",
        "I found Ilse Marrow-Kent at the bar with director Odo Finch.",
    ):
        found = facts(
            "Live: the Lantern Bay premiere in Bristol, as the cast arrive on the carpet.",
            "8.22pm",
            "Pax Delaney is here, in a green suit. Delaney, who plays Tom Reed, said the cast "
            "had a chat going “since 2019” and it would “never be closing”.",
            "8.05pm",
            f"{met} She told reporters Finch had “the calm of a monk and the jokes of a pirate”.",
            title="Lantern Bay premiere LIVE: Rue Amsel, Pax Delaney and cast arrive",
        )
        quotes = {q.text[:14]: (q.speaker, q.source, q.served) for q in found.quotes}
        assert _credited(quotes, "never be closi") == "Pax Delaney"
        assert _credited(quotes, "the calm of a ") != "Pax Delaney", met


def test_a_pronoun_after_a_name_with_its_age_before_is_that_person() -> None:
    for opener in ("Fifteen-year-old Tamzin Greaveley", "15-year-old Tamzin Greaveley"):
        found = _quotes(
            "Crowds gathered in Pellow as filming for The Copper Sorrel reached the harbour.",
            "Corwin Ashdale, who runs the chip shop, said: “Best week we have had in years.”",
            f"{opener} came from Truro with her dad. ‘I've seen it ten times,’ she said.",
        )
        assert _credited(found, "Best week we h") == "Corwin Ashdale"
        assert _credited(found, "I've seen it t") == "Tamzin Greaveley", opener


def test_a_pronoun_after_an_unnamed_someone_of_an_age_is_not_the_last_speaker() -> None:
    found = _quotes(
        "Crowds gathered in Pellow as filming for The Copper Sorrel reached the harbour.",
        "Corwin Ashdale, who runs the chip shop, said: “Best week we have had in years.”",
        "A fifteen-year-old from Truro came with her dad. ‘I've seen it ten times,’ she said.",
    )
    assert _credited(found, "I've seen it t") == ""


def test_a_speaker_after_the_verb_may_carry_an_age() -> None:
    for said, speaker in (
        ("said 17-year-old Tamzin Greaveley", "Tamzin Greaveley"),
        ("said 17-year-old fans from Truro", ""),
    ):
        found = _quotes(
            "Crowds gathered in Pellow as filming for The Copper Sorrel reached the harbour.",
            f"“We drove down at five,” {said}, holding a sign.",
        )
        assert _credited(found, "We drove down ") == speaker, said


def test_a_pronoun_after_a_part_named_alone_is_not_that_part() -> None:
    found = _quotes(
        "Perrin Vost has played Quillon Pyke in Sable Harbour for four years.",
        "Vost laughs when asked about the ending. “Bring a coat,” he says.",
        "What comes after Quillon? In the spring he returns to the stage, playing a young "
        "sailor. “I’m terrified, which is a good sign,” he says.",
    )
    assert found["I’m terrified,"][0] != "Quillon Pyke", found
    assert _credited(found, "Bring a coat") == "Perrin Vost", found
