"""A colon closing a sentence that opens on a named subject: a subject described by a noun
phrase, or one whose clause names no speech, leaves the words no one's rather than the speaker
before's; a subject told as blunter still speaks."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_BEFORE = "Director Ilsa Orwin called the shoot “a long breath”."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_subject_with_a_company_and_a_description_is_no_one_before() -> None:
    quote = _quote(
        "Tamra made",
        f"{_BEFORE} Producer Orrick Vantley of Pellmoor Pictures is blunter: ‘Tamra made the "
        "crew cry in the spotting session.’",
    )
    assert quote.speaker != "Ilsa Orwin"


def test_a_subject_told_only_where_it_stands_is_no_one_before() -> None:
    quote = _quote(
        "I wanted",
        "Early reactions are strong, says director Ilsa Orwin. Jonna Dunsby joined her later. "
        "Dunsby at the press conference: “I wanted a film about people the city forgets.”",
    )
    assert quote.source is SourceKind.UNATTRIBUTED


def test_a_subject_described_by_a_noun_phrase_is_not_the_speaker() -> None:
    quote = _quote(
        "the most prepared",
        "Ilsa Orwin loved working with Jonna Dunsby. Dunsby, who trained in Leeds, was the "
        "opposite: “the most prepared person I have ever met.”",
    )
    assert quote.source is SourceKind.UNATTRIBUTED


def test_a_subject_told_as_blunter_still_speaks() -> None:
    quote = _quote(
        "Bring a coat",
        "Ilsa Orwin loved working with Jonna Dunsby. Dunsby was blunter: “Bring a coat.”",
    )
    assert quote.speaker == "Jonna Dunsby"


def test_a_surname_never_given_in_full_before_wrote_is_no_one_before() -> None:
    quote = _quote(
        "Signing off",
        "Ilsa Orwin posted a photo with the caption “last one”. Dunsby wrote: “Signing off.”",
    )
    assert quote.source is SourceKind.UNATTRIBUTED
