"""A sentence fronted by whose view or since when, with no comma ("For most fans Reed is ...",
"Since May Reed has ..."): its subject is the name after the phrase, so a later "she says" is
that person's, never someone named further back."""

from bot.extract.fronted_times import past_fronted_phrase
from bot.extract.pronoun_subjects import pronoun_subjects
from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_the_name_after_a_view_or_a_time_is_the_subject() -> None:
    for front in ("For most fans", "To many viewers", "Since last spring"):
        chunk = f"{front} Orla Brindle is the face of the show."
        found = past_fronted_phrase(chunk, pronoun_subjects(chunk, "she"))
        assert any(raw == "Orla Brindle" for _, raw in found), front


def test_a_name_inside_the_phrase_is_not_crossed() -> None:
    chunk = "For Orla Brindle the show is everything."
    found = past_fronted_phrase(chunk, pronoun_subjects(chunk, "she"))
    assert all(raw != "the" for _, raw in found)


def test_she_says_after_a_fronted_view_is_the_named_actor() -> None:
    quote = _quote(
        "It felt like leaving school",
        "Director Tomasz Quill, who shot the series in spring, calls Brindle “a natural”.",
        "For most fans Orla Brindle will always be the girl on the ferry. She also sang in"
        " a Christmas special.",
        "“It felt like leaving school,” she says of the last day.",
    )
    assert quote.speaker == "Orla Brindle"
