"""A guide's "If you like this, try:" pick and a profile's "And next up is X" turn mid-paragraph
are other works: their casts, makers and shoots are not the article's (invented text)."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs


def _served_crew(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served}


def test_a_guides_if_you_like_this_pick_is_another_show() -> None:
    found = facts(
        "Stavewick, a new thriller for BBC One, begins on Sunday.",
        "If you like this, try: Orbit Lane (ITV), with Selwyn Crane as DCI Ros Tamber.",
        date="2026-03-01",
    )
    assert ("Selwyn Crane", "DCI Ros Tamber") not in served_pairs(found)


def test_a_profiles_next_work_told_mid_paragraph_is_not_ours() -> None:
    found = facts(
        "As Gullwater Forever arrives, Dara Fenlow is already preparing for a very different "
        "winter.",
        "Gullwater Forever, the Netflix film written by Maren Oxbury and directed by Juno Pell, "
        "arrives on 17 April.",
        "In between there was Stavewick, where he played a young nurse. And next up is A Summer "
        "at Yarrowby, a period drama from director Odile Fenn that starts shooting in Cumbria in "
        "March 2027. Fenlow will play Edric Yarrowby, the youngest son of a ruined family, "
        "opposite Wrenna Colbeck.",
        date="2026-04-12",
        title="From Brackwell to Yarrowby: Dara Fenlow on growing up in public",
    )
    assert not any(actor == "Dara Fenlow" for actor, _ in served_pairs(found))
    assert "Odile Fenn" not in _served_crew(found)
    assert not [r for r in found.release if r.served and r.kind is ReleaseKind.FILMING_PLANNED]
