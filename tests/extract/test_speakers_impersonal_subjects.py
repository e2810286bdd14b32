"""A clause subject in a profile's scene-setting that is a thing's noun phrase cut to its article
("A piano with two missing keys sits by the door") is no one who speaks: a "she says" after it
is the profile's subject's (or unattributed), never an unnamed person. A thing's adjective or
modifier that looks like a count or a person's noun ("A dusty lamp", "A star chart") is no one
either; an article before a count, an age or a person's noun with its verb still is someone."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = (
    "Brisca Vellamont-Oake paints from a rented loft above a chandler's, and the morning I call "
    "it is raining."
)


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def _scene(thing: str) -> tuple[str, SourceKind]:
    return _speaker(
        "That is where it all starts", f"{_LEDE} {thing} “That is where it all starts,” she says."
    )


def test_thing_cut_to_its_article_is_no_speaker() -> None:
    for thing in (
        "A piano with two missing keys sits by the door.",
        "An old cello with a cracked neck leans against the wall.",
        "A drum kit with no snare takes up one corner.",
    ):
        assert _scene(thing)[1] in {SourceKind.UNATTRIBUTED, SourceKind.PERSON}, thing


def test_a_thing_with_a_persons_or_counts_look_is_no_speaker() -> None:
    for thing in (
        "A star map is pinned across the ceiling.",
        "A star-shaped lantern glows on the sill.",
        "A host of medals crowds the mantelpiece.",
        "A poster of a lighthouse curls off the wall.",
        "A fisherman's jumper hangs on a hook.",
        "A dusty lamp leans on the sill.",
        "A pretty courtyard opens onto the lane.",
        "A final proof of the print lies on the bench.",
        "A thirty-foot hull fills the yard below.",
        "A canteen mug holds her brushes.",
    ):
        assert _scene(thing)[1] in {SourceKind.UNATTRIBUTED, SourceKind.PERSON}, thing


def test_a_count_an_age_or_a_persons_noun_with_its_verb_is_someone() -> None:
    for someone in (
        "A third of them had queued since dawn.",
        "A fourteen-year-old came with her aunt.",
        "A young fan waited by the barrier.",
        "A second fan, soaked through, stayed put.",
    ):
        assert _scene(someone)[1] is SourceKind.UNNAMED, someone


def test_someone_cut_to_its_article_stops_the_search() -> None:
    found = _speaker(
        "I came for the boats",
        "Filming for Quillon Reef reached the harbour wall this week.",
        "Maelor Haverleigh, who runs the bakery, said: “We sold out by nine.”",
        "A nineteen-year-old from the next village waited all morning. “I came for the boats,” "
        "she said.",
    )
    assert found == ("an unnamed person", SourceKind.UNNAMED)
