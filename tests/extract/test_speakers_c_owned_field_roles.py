"""A company's job with its field before the name ("Lumen's UK drama chief Ada Vale opened the
day") makes the name the sentence's subject, so a "she says" after it is hers, never the one
named in the paragraph before. Without an owner's possessive, a name before the verb stays the
subject ("Osric Penhallow met director ...")."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "Tidewater, the Oban ferry drama, returns to Lumen for a second series."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_an_owned_field_role_names_the_subject() -> None:
    for job in ("Lumen's UK drama chief", "Lumen's scripted head", "Lumen's drama chief"):
        quote = _quote(
            "Small towns travel",
            _OPENING,
            "Osric Penhallow plays the ferry's new skipper. Filming starts in March.",
            f"{job} Morwenna Trelawny-Hoskin took the stage first. “Small towns travel,” she"
            " says. “Tidewater showed us that.”",
        )
        assert quote.speaker == "Morwenna Trelawny-Hoskin", job


def test_a_name_meeting_a_role_keeps_the_subject() -> None:
    quote = _quote(
        "It was a long day",
        _OPENING,
        "Osric Penhallow met series director Morwenna Trelawny-Hoskin at the harbour. “It was a"
        " long day,” he says.",
    )
    assert quote.speaker == "Osric Penhallow"
