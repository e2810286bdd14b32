"""A second sayer inside a time clause ("... what she wrote when the studio confirmed the
film:") only dates the first sayer's words: the quote stays the first sayer's; a sayer whose
clause is no time clause still takes the quote."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_sayer_in_a_time_clause_dates_the_words() -> None:
    for clause in ("when Lumen announced the sequel", "after Lumen confirmed the sequel"):
        quote = _quote(
            "We were always heading",
            "Marla Pennick wrote the novel behind Glasswater, the Lumen drama.",
            f"Asked about the ending, Pennick repeats what she wrote {clause} in May: “We were"
            " always heading here.”",
        )
        assert quote.speaker == "Marla Pennick", clause


def test_a_later_sayer_of_its_own_still_speaks() -> None:
    quote = _quote(
        "We were always heading",
        "Marla Pennick wrote the novel behind Glasswater, the Lumen drama.",
        "Pennick wrote a long thread in May, and her editor, Joss Arden, replied: “We were always"
        " heading here.”",
    )
    assert quote.speaker == "Joss Arden"


def test_a_sayer_set_beside_another_by_while_still_speaks() -> None:
    quote = _quote(
        "We were always heading",
        "Marla Pennick wrote the novel behind Glasswater, the Lumen drama.",
        "Pennick shared the poster with a single emoji, while her co-writer Joss Arden wrote:"
        " “We were always heading here.”",
    )
    assert quote.speaker == "Joss Arden"
