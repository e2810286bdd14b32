"""Quotes on invented text: a line of the work named, then the part who speaks it in the work
("the finale's last line, Dessa whispering “...”", "the teaser's one line of dialogue, Dessa's
“...”", "The last line of the teaser, sung by Dessa, is “...”"), or lettering set in place with
"with" and where it sits ("with “a Fenmoor story” underneath"), and a term called for with its
place ("called a final “wrap”"): none is anyone's quote. Words a person says after a line is
named stay theirs."""

from __future__ import annotations

from bot.extract import extract_facts
from tests.extract.helpers import article

_LEDE = "Harrowgate, the fenland drama from Corvid Pictures, returns to Vireo on 4 May."


def _served(*paragraphs: str) -> dict[str, str]:
    """Served quotes, words to speaker, of an invented article about Harrowgate."""
    found = extract_facts(article(_LEDE, *paragraphs, date="2026-03-02", title="Harrowgate"))
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_line_named_then_the_part_speaking_it_is_no_quote() -> None:
    for sentence in (
        "The finale's last line, Dessa whispering “Nobody leaves the fen twice”, is already a "
        "meme.",
        "The teaser's one line of dialogue, Dessa's “Nobody leaves the fen twice”, is already "
        "on mugs.",
        "The last line of the teaser, sung by Dessa, is “Nobody leaves the fen twice.”",
    ):
        served = _served("Ada Vale plays Dessa, a ferry pilot.", sentence)
        assert not any(text.startswith("Nobody leaves") for text in served), sentence


def test_a_person_speaking_after_a_line_is_named_stays_quoted() -> None:
    served = _served(
        "Ada Vale plays Dessa, a ferry pilot.",
        "Asked about the last line, Ada Vale said: “I cried the first time I read it.”",
    )
    assert served.get("I cried the first time I read it.") == "Ada Vale"


def test_lettering_set_in_place_is_no_quote() -> None:
    for sentence in (
        "The final card reads “A film by Tamsin Orrell”, with “written by Ada Vale” underneath.",
        "The poster shows the fen at dusk, with “written by Ada Vale” beneath it.",
    ):
        served = _served("Ada Vale wrote the script.", sentence)
        assert "written by Ada Vale" not in served, sentence


def test_words_said_after_with_and_no_place_stay_quoted() -> None:
    served = _served(
        "Asked about the ending, Ada Vale answered with “It had to hurt a bit”, to cheers.",
    )
    assert served.get("It had to hurt a bit") == "Ada Vale"


def test_a_term_called_with_its_place_is_held_but_a_judgement_stays() -> None:
    for call in ("called a final “wrap”", "called an early “lunch”"):
        served = _served(f"Director Tamsin Orrell {call} on the last night of the shoot.")
        assert not set(served) & {"wrap", "lunch"}, call
    kept = _served("Director Tamsin Orrell called the ending “fearless” at the premiere.")
    assert kept.get("fearless") == "Tamsin Orrell"
