"""Words two people share ("A and B posted a joint photo with the caption “...”") are neither's
alone, or each's in order ("the captions ‘x’ and ‘y’"); an age epithet before the words ("the
22-year-old said") in a paragraph about someone else is no proof of whom the age was given to."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Tamsk Road, the coastal drama, wrapped in Kent on Friday."


def _served(text: str, *paragraphs: str) -> set[str]:
    return {
        q.speaker
        for q in facts(*paragraphs).quotes
        if q.text == text and q.served and q.source is SourceKind.PERSON
    }


def test_joint_caption_is_neither_subject_alone() -> None:
    found = _served(
        "the last day (for now)",
        _LEDE,
        "- Pellam Carrew (Jory) and Idony Tamsk (Wenna) posted a joint photo from the last day"
        " with the caption “the last day (for now)”.",
    )
    assert not found & {"Pellam Carrew", "Idony Tamsk"}


def test_two_captions_go_to_the_pair_in_order() -> None:
    paragraphs = (
        _LEDE,
        "Pellam Carrew and Idony Tamsk starred in the drama all summer.",
        "Carrew and Tamsk, who play Jory and Wenna, posted the same photograph at the same"
        " minute with the captions ‘Jory forever’ and ‘Wenna forever’.",
    )
    assert _served("Jory forever", *paragraphs) == {"Pellam Carrew"}
    assert _served("Wenna forever", *paragraphs) == {"Idony Tamsk"}


def test_later_subject_of_its_own_keeps_the_words() -> None:
    found = _served(
        "We never stopped laughing.",
        _LEDE,
        "Pellam Carrew and Idony Tamsk arrived together, and Tamsk said: “We never stopped"
        " laughing.”",
    )
    assert found == {"Idony Tamsk"}


def test_age_epithet_in_a_paragraph_about_someone_else() -> None:
    found = _served(
        "The boots. No, honestly, the crew.",
        _LEDE,
        "Pellam Carrew and Idony Tamsk walked the carpet together on Sunday.",
        "Tamsk, 22, who plays Wenna, said the night was “a dream”.",
        "Carrew was quieter. Asked what he would miss, the 22-year-old paused and said: “The"
        " boots. No, honestly, the crew.”",
    )
    assert "Idony Tamsk" not in found


def test_age_epithet_in_its_own_paragraph_still_tells() -> None:
    found = _served(
        "It was a dream.",
        _LEDE,
        "Idony Tamsk, 22, who plays Wenna, walked the carpet on Sunday.",
        "Asked about the night, the 22-year-old said: “It was a dream.”",
    )
    assert found == {"Idony Tamsk"}


def _credited(text: str, *paragraphs: str) -> set[tuple[str, SourceKind]]:
    return {(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.text == text and q.served}


def test_user_called_by_a_handle_is_the_handle() -> None:
    found = _credited(
        "Booked the day off. Told my boss it was urgent.",
        _LEDE,
        "A user called @pellam_fan_99 had a more practical note: “Booked the day off. Told my"
        " boss it was urgent.”",
    )
    assert found == {("@pellam_fan_99", SourceKind.ORGANISATION)}


def test_fan_apposed_to_a_handle_is_the_handle() -> None:
    found = _credited(
        "the SCONES are on set. I repeat. the scones.",
        _LEDE,
        "Another fan, @tamsk_tragic on X, posted a blurry shot of the catering tent with the"
        " caption “the SCONES are on set. I repeat. the scones.”",
    )
    assert found == {("@tamsk_tragic", SourceKind.ORGANISATION)}


def test_negated_reporting_verb_is_not_the_sayer() -> None:
    found = _credited(
        "early next spring",
        _LEDE,
        "The Pellam Network has not announced a transmission date, but one runner expected the"
        " series to air “early next spring”.",
    )
    assert found
    assert all(source is not SourceKind.ORGANISATION for _, source in found)
