"""The one a sentence names as speaking, where a near reading took someone else: the owner of
a reply that drew a cheer ("Aird's reply got the loudest cheer:"), not the moderator who asked;
the name after a role in an aside when the lead is an object ("released by the Guild, its
chair, X, said"), not the body; the one a "who" clause hangs on when it acts first ("Y, who
laughed and said only:"); a subject who acts and then says ("X overhears and says,"), not the
one addressed in the words."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(start: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_an_owned_reply_that_drew_a_cheer_is_the_owners() -> None:
    assert _speaker(
        "We shoot",
        "The cast of Tallow Point took the stage with creator Petra Lindqvist-Hale.",
        "Host Daniel Okoro opened by asking what fans could expect. Lindqvist-Hale's reply drew "
        'the biggest cheer of the day: "We shoot series two in May, back in Tenby."',
    ) == ("Petra Lindqvist-Hale", SourceKind.PERSON)


def test_a_role_holder_named_after_an_object_body_speaks() -> None:
    assert _speaker(
        "These nominees",
        "In a statement released by the Cambrian Screen Guild, the chair of its jury, Tomos "
        'Pryce-Evans, said: "These nominees show how bold regional drama has become."',
    ) == ("Tomos Pryce-Evans", SourceKind.PERSON)


def test_a_who_clause_that_acts_before_it_says_is_its_names() -> None:
    assert _speaker(
        "Not this year",
        "Tallow Point's creator Petra Lindqvist-Hale and its star Marisol Quenby answered "
        "questions for an hour.",
        "Asked about a spin-off, Quenby turned to Lindqvist-Hale, who grinned and said only: "
        '"Not this year."',
    ) == ("Petra Lindqvist-Hale", SourceKind.PERSON)


def test_a_subject_who_acts_and_then_says_is_the_speaker_not_the_one_addressed() -> None:
    assert _speaker(
        "I'm right here",
        "Writer Gethin Moss-Ward, who adapted the show from his own novel, visits the set. "
        '"That ending lasted one draft," he says. Producer Ffion Talbot of Seaglass Films, who '
        'joined in 2023, overhears and says, "I\'m right here, Gethin."',
    ) == ("Ffion Talbot", SourceKind.PERSON)
