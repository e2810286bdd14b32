"""Who speaks when the words come through someone else or a side clause: a host reading out a
listener's question is not its speaker; a "whose producer X said:" aside gives X the words; a
paper named "The ...ian" is no demonym for the nearest person; and "they" after a plural
subject ("The notices were kind, and they singled out the cast") stands for those things, not a
person."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The comedy Brackwater Flats, from director Ines Vell, opens on Lumen in May."


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))
    return quote.speaker, quote.source


def test_a_question_read_out_from_a_listener_is_not_the_readers() -> None:
    found = _speaker(
        "Where do the best jokes",
        _LEDE,
        "Host Maren Dufay reads a message from a fan named Tob: “Where do the best jokes come"
        " from?” The answer takes a while.",
    )
    assert found == ("", SourceKind.UNATTRIBUTED)


def test_a_host_reading_from_her_own_notes_still_speaks() -> None:
    found = _speaker(
        "Where do the best jokes",
        _LEDE,
        "Host Maren Dufay reads: “Where do the best jokes come from?” The answer takes a while.",
    )
    assert found == ("Maren Dufay", SourceKind.PERSON)


def test_a_whose_aside_that_gives_the_words_is_its_subjects() -> None:
    found = _speaker(
        "Every day was a gift",
        _LEDE,
        "The film is produced by Harrow Reach Films, whose producer Colm Arbery said: “Every day"
        " was a gift.”",
    )
    assert found == ("Colm Arbery", SourceKind.PERSON)


def test_a_name_in_passing_in_a_whose_aside_still_does_not_speak() -> None:
    found = _speaker(
        "Every day was a gift",
        _LEDE,
        "Vell, whose producer Colm Arbery said she was tireless, told us: “Every day was a gift.”",
    )
    assert found == ("Ines Vell", SourceKind.PERSON)


def test_a_paper_named_like_a_demonym_is_no_earlier_person() -> None:
    found = _speaker(
        "a wry, gentle thing",
        _LEDE,
        "Vell has posted a photo from the wrap party: “Done!”",
        "The notices were kind, and they singled out the cast. The Meridian awarded it four"
        " stars, calling it “a wry, gentle thing”.",
    )
    assert found == ("", SourceKind.UNATTRIBUTED)


def test_a_demonym_before_a_noun_still_describes_the_person() -> None:
    found = _speaker(
        "a wry, gentle thing",
        _LEDE,
        "Vell has posted a photo from the wrap party. The Parisian director, calling it"
        " “a wry, gentle thing”, thanked the crew.",
    )
    assert found == ("Ines Vell", SourceKind.PERSON)


def test_a_present_tense_calls_gives_its_subject_the_words() -> None:
    found = _speaker(
        "the town band on a bad night",
        _LEDE,
        "The music is by Colm Arbery, whose brass score Vell calls “the town band on a bad night”.",
    )  # without the present tense the words were no one's
    assert found == ("Ines Vell", SourceKind.PERSON)


def test_what_an_unplaced_name_calls_it_is_no_ones() -> None:
    found = _speaker(
        "a comedy about rent",
        _LEDE,
        "Vell said the shoot was “freezing”. Colm Arbery stars as the landlord, in what Lumen 2"
        " calls “a comedy about rent”.",
    )  # without the rule the words went to the sentence's earlier speaker, Vell
    assert found == ("", SourceKind.UNATTRIBUTED)
