"""Review mends of round 159: a question's own asking verb keeps the question when the sentence
goes on to open the next quote, and a pronoun reaches the person a thing's own clause names with
an irregular past verb ("a piano X bought at an auction"), and a question put to someone at a
sentence's start ("When asked how often ...", "Asked whether ...") keeps its wording back."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Maren Quillfield wrote Pellbrook Fen, and Orlo Wendlesham produces it."


def _credits(*paragraphs: str) -> dict[str, str]:
    found = facts(*paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_an_asking_verb_before_the_next_quote_keeps_its_question() -> None:
    quotes = _credits(
        _LEDE,
        "Quillfield says the ending is settled. “Is that fair to the viewers?” Quillfield asks"
        " herself: “Probably not, but it is honest.”",
    )
    assert quotes["Is that fair"] == "Maren Quillfield"
    assert quotes["Probably not"] == "Maren Quillfield"


def test_a_new_sentence_opening_the_next_quote_still_leaves_the_question() -> None:
    quotes = _credits(
        _LEDE,
        "Quillfield says the ending is settled. “Is it next spring?” Quillfield grins and says:"
        " “Maybe not before the summer.”",
    )
    assert quotes.get("Is it next s", "") != "Maren Quillfield"
    assert quotes["Maybe not be"] == "Maren Quillfield"


def test_a_pronoun_reaches_a_things_clause_with_an_irregular_past() -> None:
    for verb in ("bought at an auction", "chose for the title song", "heard in a pub"):
        quotes = _credits(
            _LEDE,
            f"The score leans on a piano Quillfield {verb}. She said it had “a cracked, lovely"
            " voice”.",
        )
        assert quotes["a cracked, l"] == "Maren Quillfield", verb


def _held(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if not q.served}


def test_a_question_put_at_a_sentences_start_keeps_its_wording_back() -> None:
    for sentence in (
        "When asked how often she has played “the loyal cousin”, Quillfield laughs.",
        "Asked whether she will play “the loyal cousin” again, Quillfield laughs.",
    ):
        assert "the loyal cousin" in _held(_LEDE, sentence), sentence


def test_an_answer_after_a_question_at_a_sentences_start_is_still_served() -> None:
    held_back = _held(_LEDE, "Asked which role she likes most, she said it was “the loyal cousin”.")
    assert "the loyal cousin" not in held_back
