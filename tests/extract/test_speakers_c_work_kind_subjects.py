"""A subject cut to an article and capitalised words before a work's kind ("A Harbour Street
musical is planned; she says ..."): a work, no unnamed someone, so the pronoun after it goes to
the person named before; "A Harbour Street source" stays an unnamed someone."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_work_cut_to_its_capitals_is_no_speaker() -> None:
    for work in ("A Harbour Street musical is planned", "An Ealing revival is whispered about"):
        quote = _quote(
            "busy enough",
            "Shooting on Marrowby Lane, the streaming drama, finished on Friday.",
            "Pellam Ostrow, who plays Fen Carrow, orders a second coffee. “I love this part,” he"
            " says.",
            f"What is next? Ostrow is cagey. {work}; he will only say he is “busy enough”.",
        )
        assert quote.speaker == "Pellam Ostrow", work


def test_an_unnamed_source_still_speaks() -> None:
    quote = _quote(
        "busy enough",
        "Shooting on Marrowby Lane, the streaming drama, finished on Friday.",
        "Pellam Ostrow, who plays Fen Carrow, orders a second coffee. “I love this part,” he says.",
        "What is next? Ostrow is cagey. A Harbour Street source is sure; she says he is “busy"
        " enough”.",
    )
    assert quote.speaker != "Pellam Ostrow"
    assert quote.source is not SourceKind.PERSON or not quote.served
