"""A verbless caption ("Image 6 of 9: Director Ada Vale on set with Bea Lund.") names whom it
pictures first: a "he said" after it is that one's words, not the companion's after "with" nor
someone's named in a caption further up."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Gallery: a first look at Marrowdeep, the new coastal drama."
_EARLIER = "Image 4 of 7: Veteran actor Wilmott Quorrendale as the matriarch, Edith. Photo: BBC"


def _speakers(*paragraphs: str) -> set[tuple[str, str, SourceKind]]:
    return {(q.text, q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_director_on_set_with_an_actor() -> None:
    found = _speakers(
        _EARLIER,
        "Image 6 of 7: Director Zebedy Farnsworth-Quill on set with Quorrendale. “We shot in"
        " the rain,” he said. “Some days that was fine.” Photo: BBC",
    )
    assert ("We shot in the rain", "Zebedy Farnsworth-Quill", SourceKind.PERSON) in found
    assert all(speaker != "Wilmott Quorrendale" for _, speaker, _ in found)


def test_an_unlabelled_caption_between_takes() -> None:
    found = _speakers(
        _EARLIER,
        "Producer Fenwyck Osgood-Varre between takes with Quorrendale. “It rained for a month,”"
        " he said.",
    )
    assert ("It rained for a month", "Fenwyck Osgood-Varre", SourceKind.PERSON) in found
