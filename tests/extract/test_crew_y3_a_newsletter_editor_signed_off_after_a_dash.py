"""A newsletter's sign-off after a dash ("— Edited by X. Reply to this email ...") names the
newsletter's editor, not the film's (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "The Friday Reel: Larkspur Row gets a name"


def _newsletter(last: str) -> set[tuple[str, str]]:
    return credits(
        facts(
            "Good morning. Two things today.",
            "The Larkspur Row film is directed by Marisol Venn and shoots in Hull this spring.",
            "Elsewhere, the whole first season is streaming.",
            last,
            title=_TITLE,
        )
    )


def test_a_dashed_sign_off_with_reply_housekeeping_names_no_editor() -> None:
    found = _newsletter("— Edited by Odile Framley. Reply to this email to tell us your picks.")
    assert ("editor", "Odile Framley") not in found
    assert ("director", "Marisol Venn") in found


def test_a_film_edited_by_line_in_the_story_keeps_its_editor() -> None:
    found = _newsletter("The film is edited by Odile Framley, who cut the first season too.")
    assert ("editor", "Odile Framley") in found
