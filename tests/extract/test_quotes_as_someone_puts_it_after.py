"""Words cited and then credited after them, "..., as the producer puts it": the one named
after "as", not the sentence's or the paragraph's subject."""

from tests.extract.helpers import facts, served_quotes


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs))


def test_a_named_speaker_after_as_puts_it() -> None:
    assert _served(
        "Harrow Light stars Maud Pelling as a diver and Ivo Garnett as her brother.",
        "Maud arrives first. The dog “knows her marks better than we do”, as Garnett puts it.",
    ) == [("knows her ma", "Ivo Garnett")]


def test_an_unnamed_speaker_after_as_put_it() -> None:
    quotes = facts(
        "Harrow Light stars Maud Pelling as a diver.",
        "Maud arrives first. The storm scene took two days because the rain “keeps its own "
        "hours”, as the producer put it.",
    ).quotes
    assert [(q.speaker, q.source.value) for q in quotes if q.served] == [
        ("the producer", "unnamed")
    ]


def test_as_put_before_the_words_still_credits() -> None:
    assert _served(
        "Harrow Light stars Maud Pelling as a diver and Ivo Garnett as her brother.",
        "As Garnett puts it: “The dog knows her marks better than we do.”",
    ) == [("The dog know", "Ivo Garnett")]
