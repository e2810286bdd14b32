"""Two marks of who a profile's "she" is.

A publication's name in a dateline ("The Weekend Review Magazine, April 2025") is no person, so
it never speaks a later "she shouts". A noun's contact clause that ends a sentence ("..., a
storyline Ada Vale says she found the hardest to play.") makes its sayer who a following "She"
stands for, not the player named earlier in the sentence."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Mirela Sandoval-Hart spent years as the friend in other films. In Saltmarsh, she leads."
_HEAD = "Mirela Sandoval-Hart: “I have always been the friend”"


def _speakers(*paragraphs: str) -> set[str]:
    return {s for _, s in served_quotes(facts(_LEDE, *paragraphs, title=_HEAD))}


def test_a_review_magazine_dateline_is_no_speaker() -> None:
    found = _speakers(
        "Words by Ada Crane | Photographs by Lou Pim | Styling by Bo Rees",
        "The Saturday Review Magazine, April 2025",
        "It is early on the Norfolk coast and Mirela Sandoval-Hart is waist-deep in the sea. "
        "“You said it would be warm,” she shouts over the wind. “It is not warm.”",
    )
    assert not any("Magazine" in s or "Review" in s for s in found)


def test_a_journal_dateline_is_no_speaker() -> None:
    found = _speakers(
        "Words by Ada Crane | Photographs by Lou Pim",
        "The Northern Film Journal, May 2025",
        "Mirela Sandoval-Hart is on the roof of the theatre in the rain. “Don’t look down,” she "
        "calls over the wind.",
    )
    assert not any("Journal" in s for s in found)


def test_a_storyline_she_says_she_found_hardest() -> None:
    found = facts(
        _LEDE,
        "Opposite her are Colm Aherne-Vries as her old partner, DS Rob Tate, and newcomer "
        "Lottie Pengelly as her estranged niece, Fern Tate, a storyline Sandoval-Hart says she "
        "found the hardest to play.",
        "She has a niece herself, now twelve, and admits the scenes sent her home “in pieces”.",
        title=_HEAD,
    )
    assert ("in pieces", "Mirela Sandoval-Hart") in served_quotes(found)


def test_a_scene_he_admits_he_dreaded() -> None:
    found = facts(
        "Rhys Okafor-Lund has waited a long time for a lead. In Kestrel Point he finally has one.",
        "With him are Dara Fenn as his sister and newcomer Tobin Vasquez as his son, Kit, a part "
        "Okafor-Lund says he found the hardest to leave behind.",
        "He has a son himself and says the last week sent him home “wrecked”.",
        title="Rhys Okafor-Lund: “I waited twenty years”",
    )
    assert ("wrecked", "Rhys Okafor-Lund") in served_quotes(found)
