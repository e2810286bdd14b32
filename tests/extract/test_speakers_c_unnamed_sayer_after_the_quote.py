"""Someone unnamed given after a quotation, with an aside or a noun the resolver does not read,
on invented text: the words are theirs (or no one's we can name), never the person the sentence
before was about; a name the text gives in full still speaks."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in facts(*paragraphs).quotes if q.served]


_BEFORE = "Bryony Castellane plays the grandmother. She won a stage award in 2021."


def test_one_unnamed_with_a_who_aside_is_not_the_person_before() -> None:
    found = _quotes(
        _BEFORE,
        "“She walks off with every scene,” one casting agent, who would not give a name, "
        "told me. “No one else gets a look in.”",
    )
    assert all(speaker != "Bryony Castellane" for _, speaker in found), found


def test_a_reviewer_noun_after_the_quote_is_not_the_person_before() -> None:
    found = _quotes(_BEFORE, "“She is the reason to go,” a reviewer remarked.")
    assert ("She is the reason to go", "Bryony Castellane") not in found, found


def test_an_unnamed_voter_the_resolver_reads_still_speaks() -> None:
    found = _quotes(_BEFORE, "“She is the reason to go,” one voter told me.")
    assert ("She is the reason to go", "one voter") in found, found


def test_a_named_sayer_after_the_quote_still_speaks() -> None:
    found = _quotes(_BEFORE, "“She is the reason to go,” Odran Pilkey, a voter, told me.")
    assert ("She is the reason to go", "Odran Pilkey") in found, found


def test_words_named_as_a_line_keep_their_sayer() -> None:
    found = _quotes(
        "Odran Pilkey told a podcast the sequel was “about learning to stay”, a line that has "
        "been widely quoted since.",
    )
    assert ("about learning to stay", "Odran Pilkey") in found, found
