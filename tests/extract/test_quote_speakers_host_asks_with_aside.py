"""A podcast write-up's host who asks with an aside between name and verb ("Ombry, who likes to
circle back, asks whether ...") is still the asker: the guest's "he says" or "which he calls
...", or the quote after a bare "He takes a breath.", is the guest's (the piece's subject),
never the host's."""

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts

_ASKS = (
    "Ombry, who likes to circle back to a question, asks whether the show is really over.",
    "Ombry – a former critic herself – quizzed him about the ending.",
    "Ombry, a former critic, asked him if the show is really over.",
    "Ombry — ever the tease — presses him about the ending.",
)
_ANSWERS = (
    "“Honestly, I don’t know. Ask the channel,” he says.",
    "He calls it “the hardest goodbye I have had to say”.",
    "He takes a breath. “Honestly, it is over, and that is right.”",
    "He is quiet for a moment. “Honestly, it is over, and that is right.”",
)


@pytest.mark.parametrize("asks", _ASKS)
@pytest.mark.parametrize("answer", _ANSWERS)
def test_the_guest_answers_the_host_who_asked_with_an_aside(asks: str, answer: str) -> None:
    found = facts(
        "On the latest episode of Hold Music, Tobin Arlo talks about the end of Quayside.",
        "Rue Ombry’s interview show has a knack for catching actors as a job ends.",
        "“We wrapped in a car park,” Arlo tells Ombry. “Then everyone went home.”",
        f"{asks} {answer}",
        date="2026-10-02",
        title="Tobin Arlo on Hold Music: ‘I cried in a car park’",
    )
    quote = next(q for q in found.quotes if q.text.startswith(("Honestly", "the hardest")))
    assert (quote.speaker, quote.source) in {
        ("Tobin Arlo", SourceKind.PERSON),
        ("", SourceKind.UNATTRIBUTED),
    }
