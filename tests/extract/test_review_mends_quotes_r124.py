"""Quotes on invented text (review 124): an unnamed source is the person set beside its label
only when the words between are a job ("said one steward, retired nurse Ines Garrow"), not
"a friend of", "who worked with" or "unlike" someone; an account is the one that posted only
when it is the subject of the posting verb ("The @x account was tagged when Y posted" is Y's);
a line someone "had" in a trailer piece is theirs, not the footage's."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Brackwater, the second film in the Saltings saga, opens on Friday."


def _said(start: str, *paragraphs: str, title: str | None = None) -> list[tuple[str, str, bool]]:
    return [
        (quote.speaker, quote.source.name, quote.served)
        for quote in facts(*paragraphs, title=title).quotes
        if quote.text.startswith(start)
    ]


def test_someone_beside_an_unnamed_source_is_not_its_speaker() -> None:
    for line in (
        "One steward, a cousin of Ines Garrow, said: “The queue went round the block.”",
        "“The queue went round the block,” said one steward, who trained with Ines Garrow.",
        "“The queue went round the block,” said one of the stewards, unlike Ines Garrow.",
        "One steward, thanking Ines Garrow, said: “The queue went round the block.”",
    ):
        found = _said("The queue went", _LEDE, "Ines Garrow plays Tamsin in the film.", line)
        assert found and all(speaker != "Ines Garrow" for speaker, _, _ in found), line


def test_an_unnamed_source_with_a_job_before_the_name_is_that_person() -> None:
    found = _said(
        "The queue went",
        _LEDE,
        "Ines Garrow plays Tamsin in the film.",
        "“The queue went round the block,” said one of the stewards, retired nurse Pell Arno, 64.",
    )
    assert ("Pell Arno", "PERSON", True) in found


def test_an_account_told_of_is_not_the_one_that_posted() -> None:
    found = _said(
        "Fog or not",
        "Corvane confirmed on Tuesday that filming on Brackwater has begun in Norfolk.",
        "The @brackwaterfilm account was tagged when Corvane posted a photo with the caption "
        "“Fog or not, we shoot”.",
    )
    assert found and all(speaker != "@brackwaterfilm" for speaker, _, _ in found)


def test_an_account_that_posts_is_still_the_speaker() -> None:
    found = _said(
        "Fog or not",
        "Corvane confirmed on Tuesday that filming on Brackwater has begun in Norfolk.",
        "The official @brackwaterfilm account shared a photo of the slate with the caption “Fog "
        "or not, we shoot”.",
    )
    assert ("@brackwaterfilm", "ORGANISATION", True) in found


_TRAILER = "Brackwater trailer: a first look at the sequel"


def test_a_line_someone_had_in_a_trailer_piece_is_theirs() -> None:
    found = _said(
        "Nobody told",
        _LEDE,
        "Ines Garrow plays Tamsin in the film.",
        "Asked about the trailer, Ines Garrow had one short line: “Nobody told me the ending.”",
        title=_TRAILER,
    )
    assert ("Ines Garrow", "PERSON", True) in found


def test_a_line_opening_its_clause_in_a_trailer_piece_is_still_the_footages() -> None:
    found = _said(
        "Nobody told",
        _LEDE,
        "Ines Garrow plays Tamsin in the film.",
        "Tamsin walks into the sea, and a single line – “Nobody told me the ending” – says it all.",
        title=_TRAILER,
    )
    assert found and not any(served for _, _, served in found)
