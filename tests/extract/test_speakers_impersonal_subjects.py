"""A clause subject in a profile's scene-setting that is a thing's noun phrase cut to its article
("A piano with two missing keys sits by the door") is no one who speaks: a "she says" after it
is the profile's subject's (or unattributed), never an unnamed person."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def _not_unnamed(found: tuple[str, SourceKind]) -> bool:
    return found[1] is not SourceKind.UNNAMED


def test_thing_cut_to_its_article_is_no_speaker() -> None:
    for thing in (
        "A piano with two missing keys sits by the door.",
        "An old cello with a cracked neck leans against the wall.",
        "A drum kit with no snare takes up one corner.",
    ):
        found = _speaker(
            "That is where it all starts",
            "Tamsin Oduya-Greaves works from a converted boathouse, and the morning I visit it "
            f"is cold. {thing} “That is where it all starts,” she says.",
        )
        assert _not_unnamed(found), thing


def test_someone_cut_to_its_article_stops_the_search() -> None:
    found = _speaker(
        "I came for the boats",
        "Filming for Saltwick Bay reached the quay this week.",
        "Oswin Trelawney-Hart, who runs the bakery, said: “We sold out by nine.”",
        "A nineteen-year-old from Penzance waited all morning. “I came for the boats,” she said.",
    )
    assert found[0] != "Oswin Trelawney-Hart"
