"""A composer profile's subject credited through the production they scored: "X, 44, who ..., is
the composer of “T”", "Composer X built the score for <channel>'s drama T"; the same words about
another work credit nobody here."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Meet the composer behind Dune Lantern"
_BODY = "Dune Lantern follows a lighthouse keeper. It stars Bo Tate as Jem Quill."


def test_the_subject_is_the_composer_of_the_title() -> None:
    found = served_crew(
        "Ferrin Hale, 44, who was born in Cork and moved to Leeds at ten, is the composer of "
        "“Dune Lantern”, ITV’s six-part drama about lighthouse keepers.",
        _BODY,
        title=_TITLE,
    )
    assert ("composer", "Ferrin Hale") in found


def test_the_composer_behind_the_title() -> None:
    found = served_crew(
        "Marta Quell is the composer behind Dune Lantern, the BBC’s new coastal thriller.",
        _BODY,
        title=_TITLE,
    )
    assert ("composer", "Marta Quell") in found


def test_a_score_built_for_the_channels_drama() -> None:
    for lede in (
        "Composer Ferrin Hale built the score for ITV’s coastal drama Dune Lantern out of "
        "foghorns and gulls.",
        "Ferrin Hale built the score for Channel 5’s drama Dune Lantern out of old radios.",
    ):
        assert ("composer", "Ferrin Hale") in served_crew(lede, _BODY, title=_TITLE)


def test_another_works_composer_is_not_ours() -> None:
    found = served_crew(
        "Dune Lantern is scored by Ferrin Hale. Ferrin Hale is the composer of Grey Ashby, "
        "a film Pia Lunt is the editor of.",
        "Pia Lunt built the score for ITV’s drama Brass Hollow out of bells.",
        _BODY,
        title=_TITLE,
    )
    assert ("composer", "Pia Lunt") not in found
    assert ("editor", "Pia Lunt") not in found
