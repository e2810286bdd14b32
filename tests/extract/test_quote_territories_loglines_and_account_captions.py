"""Quotes on invented text: a territory's abbreviation ("the UK date") is never a caption's
organisation; a logline or synopsis is its publisher's ("the logline from Lumen reads"), never a
person named before it; a caption posted by a named account ("Lumen's official Tidewater account
posted a still") is that account's, not an actor's named earlier."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    found = facts(*paragraphs, date="2026-04-02", title="Saltmarsh news round-up")
    return [(q.text[:12], q.speaker, q.source) for q in found.quotes if q.served]


def test_a_territory_abbreviation_is_no_caption_owner() -> None:
    for aside in ("The UK date is still to be confirmed.", "A US release has not been set yet."):
        said = _speakers(
            "Saltmarsh has moved from March to 9 May, the studio's Instagram says. " + aside,
            "The caption on the post said: “Worth the wait. Saltmarsh opens on 9 May.”",
        )
        assert all(s[1] not in {"UK", "US"} for s in said), said
        assert all(s[2] is not SourceKind.PERSON for s in said), said


def test_a_logline_is_its_publisher_s() -> None:
    for intro in (
        "The official logline from Lumen reads:",
        "Here is the synopsis from Lumen Pictures:",
    ):
        said = _speakers(
            "Tamsin Rook is directing from a script by Oren Hale.",
            f"{intro} “Two sisters inherit a lighthouse. Only one of them wants it.”",
        )
        assert len(said) == 1, said
        assert said[0][1].startswith("Lumen"), said
        assert said[0][2] is SourceKind.ORGANISATION, said


def test_an_unowned_logline_is_no_person_s_named_before() -> None:
    for intro in ("The logline reads:", "Its tagline reads:"):
        said = _speakers(
            "Tamsin Rook is directing from a script by Oren Hale.",
            f"{intro} “Two sisters inherit a lighthouse. Only one of them wants it.”",
        )
        assert all(s[2] is not SourceKind.PERSON for s in said), said


def test_a_named_account_s_caption_is_the_account_s() -> None:
    for post, account in (
        (
            "The news landed on Instagram, where Lumen's official Saltmarsh account posted a "
            "still of the sisters. “Meet the Quill sisters,” the caption read.",
            "Lumen",
        ),
        (
            "Later the official Saltmarsh Instagram account shared a behind-the-scenes photo.",
            "Saltmarsh",
        ),
    ):
        said = _speakers(
            "Ada Finch will play Nell Quill, while Rosa Imrie has been cast as her sister.",
            post if "caption" in post else post + " “Day one on the lighthouse,” read the caption.",
        )
        assert said, said
        assert all(s[2] is SourceKind.ORGANISATION and s[1] == account for s in said), said


def test_a_person_s_own_account_caption_is_that_person_s() -> None:
    said = _speakers(
        "Ada Finch will play Nell Quill. Rosa Imrie said she was thrilled to join the cast.",
        "Later Rosa Imrie's official Instagram account posted a photo from the read-through. "
        "“Sisters for life,” the caption read.",
    )
    assert said == [("Sisters for ", "Rosa Imrie", SourceKind.PERSON)], said


def test_a_show_account_s_caption_is_its_owner_s_even_when_unplaced() -> None:
    for owner in ("Harbour Vision", "Kestrel Play"):
        said = _speakers(
            f"{owner} finally revealed the leads of its Saltmarsh series on Monday.",
            "Ada Finch will play Nell Quill, while Rosa Imrie has been cast as her sister.",
            f"Soon after, {owner}'s official Saltmarsh account posted a photo of the two. "
            "“Say hello to the Quills,” the caption read.",
        )
        assert said == [("Say hello to", owner, SourceKind.ORGANISATION)], said


def test_an_account_which_posted_the_caption_owns_it() -> None:
    for post in (
        "Shooting began on Monday in Fife, according to Kestrel Play's official Saltmarsh "
        "account, which posted a photo of the slate with the caption: “Day one. Be kind.”",
        "Shooting began on Monday in Fife. Kestrel Play's official Saltmarsh account, which "
        "shared a photo of the slate, added the caption: “Day one. Be kind.”",
    ):
        said = _speakers(
            "Kestrel Play finally revealed the leads of its Saltmarsh series on Monday.",
            "Ada Finch will play Nell Quill, while Rosa Imrie has been cast as her sister.",
            post,
        )
        assert all(s[2] is not SourceKind.PERSON for s in said), said
    said = _speakers(
        "Ada Finch will play Nell Quill, while Rosa Imrie has been cast as her sister.",
        "Shooting began on Monday in Fife, according to Kestrel Play's official Saltmarsh "
        "account, which posted a photo of the slate with the caption: “Day one. Be kind.”",
    )
    assert said == [("Day one. Be ", "Kestrel Play", SourceKind.ORGANISATION)], said
