"""Words another says, credited to no one named: a daughter's mum speaking ("Her mum told us:"),
a line the speaker's grandmother used to say ("‘She’d say, “...”’"), a venue in the sayer's
clause ("a screening at the Ossery Hall whispered"), and a subject of two companies ("Tollan TV
and BBC Dunmarra have released")."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Tollan TV has ordered Brindlemoor, a thriller from writer Ada Pennifold."


def _credited(text: str, *paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [
        (q.speaker, q.source)
        for q in facts(_LEDE, *paragraphs).quotes
        if q.text.startswith(text) and q.source is not SourceKind.UNATTRIBUTED
    ]


def test_a_possessive_kin_speaks_for_no_one_named() -> None:
    for sayer in ("Her mum, who came along, told us:", "Her mother said:", "His gran added:"):
        para = f"Newcomer Kesh Lund plays the lifeguard. {sayer} “This was her dream at six.”"
        assert _credited("This was her dream", para) == [], sayer


def test_a_grandmothers_saying_is_not_the_speakers() -> None:
    para = (
        "Pennifold arranged an air her grandmother used to sing: ‘She’d say, “That reel is"
        " older than the pier.” I believed her.’"
    )
    assert _credited("That reel is older", para) == []


def test_a_venue_before_the_verb_is_no_speaker() -> None:
    para = (
        "As one woman behind me at a preview screening at the Ossery Hall whispered to her"
        " friend: “I was not ready.” Nobody is."
    )
    assert ("Ossery Hall", SourceKind.PERSON) not in _credited("I was not ready", para)
    assert ("Ossery Hall", SourceKind.ORGANISATION) not in _credited("I was not ready", para)


def test_a_plural_subject_is_no_one_of_its_names() -> None:
    para = (
        "Tollan TV and BBC Dunmarra have released the first images from Brindlemoor. Filming"
        " began in January, with the series expected “in the autumn”, according to the"
        " broadcasters."
    )
    assert ("Dunmarra", SourceKind.PERSON) not in _credited("in the autumn", para)
    assert ("BBC Dunmarra", SourceKind.PERSON) not in _credited("in the autumn", para)
