"""Review mends of round 176 (invented articles): a word before "actor" stays the part when the
casting after it is another's; a subject that goes on to speak ("was the first to admit it:")
keeps the words; words opening on a report keep a teller who speaks from somewhere."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, held_pairs, served_pairs

_TITLE = "The Tallow Coast: first look at season two"
_LEDE = "The second season of The Tallow Coast arrives on Vela in May."
_PILOT = "Bryn is a ferry pilot."
_SHOOT = "Director Ilsa Orwin shot the film in Leeds over two winters."


def test_a_casting_after_another_persons_name_leaves_the_part_before_actor() -> None:
    for sentence in (
        "Bryn actor Ness Quarrow returns alongside Pell Vantor as Tamber Aske.",
        "Bryn actor Ness Quarrow, whose co-star Pell Vantor plays Tamber Aske, was on set.",
        "Bryn actor Ness Quarrow returns; Pell Vantor plays Tamber Aske.",
    ):
        found = facts(_LEDE, sentence, _PILOT, title=_TITLE)
        assert ("Ness Quarrow", "Bryn") in served_pairs(found), sentence
        assert ("Ness Quarrow", "Bryn") not in held_pairs(found), sentence


def test_the_actors_own_casting_after_still_holds_the_word_before_actor() -> None:
    found = facts(
        _LEDE, "Cork actor Ness Quarrow joins the second season as Bryn Aske.", title=_TITLE
    )
    assert ("Ness Quarrow", "Cork") not in served_pairs(found)


def _speaker(*paragraphs: str, opening: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(opening))
    return quote.speaker, quote.source


def test_a_subject_the_first_to_speak_keeps_the_words_after_the_colon() -> None:
    lede = f"{_SHOOT} Producer Orrick Vantley joined her."
    for pre in ("Vantley was the first to admit it:", "Orrick Vantley was the one to break it:"):
        said = _speaker(lede, f"{pre} “We ran out of money twice.”", opening="We ran")
        assert said == ("Orrick Vantley", SourceKind.PERSON), pre


def test_a_subject_described_by_a_noun_phrase_still_leaves_the_words() -> None:
    lede = f"{_SHOOT} Producer Orrick Vantley joined her."
    pre = "Orrick Vantley, who trained in Leeds, was the opposite:"
    said = _speaker(lede, f"{pre} “We ran out of money twice.”", opening="We ran")
    assert said[1] is SourceKind.UNATTRIBUTED


def test_a_teller_speaking_from_somewhere_keeps_a_report_of_another() -> None:
    for sentence in (
        "Orwin, speaking from her home in Leeds, said: “He told me he would never work again.”",
        "Orwin, calling from the set, says: “He said, ‘Go again.’ We did.”",
    ):
        said = _speaker(_SHOOT, sentence, opening="He ")
        assert said == ("Ilsa Orwin", SourceKind.PERSON), sentence


def test_a_message_from_someone_opening_on_a_report_is_still_no_ones() -> None:
    sentence = "Producer Orrick Vantley read out a message from Orwin: “She said, ‘Thank you all.’”"
    assert _speaker(_SHOOT, sentence, opening="She said")[1] is SourceKind.UNATTRIBUTED
