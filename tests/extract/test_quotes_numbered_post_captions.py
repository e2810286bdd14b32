"""A round-up of posts numbered and headed "1. Name, Instagram": the entry's bare caption
("The caption: “...”") is the heading person's, even when the entry opens on the photo."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Lantern Row wraps: the cast's goodbye posts"
_LEDE = "The Lantern Row shoot ended on Friday, and the cast said goodbye online."


def _round_up(first: str, heading: str = "1. Tamsin Orrell, Instagram") -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            _LEDE,
            heading,
            first,
            "2. Dara Quill, TikTok",
            "Quill, who plays Moss, posted a photo of the harbour. “the last day of being Moss,”"
            " Quill wrote.",
            "3. Hugo Blay, X",
            "The director posted a clapperboard. “That is all, folks.”",
            title=_TITLE,
        )
    )


def test_bare_caption_under_a_numbered_heading_is_the_heading_persons() -> None:
    found = _round_up(
        "Six polaroids of the crew in hard hats, the last one out of focus. The caption:"
        " “three summers of Wren. I will miss that raincoat”"
    )
    assert ("three summer", "Tamsin Orrell") in found


def test_caption_label_without_article() -> None:
    found = _round_up(
        "A slideshow of the cast on the pier at dawn. Caption: “goodbye, pier. goodbye, gulls”",
        heading="1. Tamsin Orrell, Instagram Story",
    )
    assert ("goodbye, pie", "Tamsin Orrell") in found


def test_directors_entry_and_others_keep_their_speakers() -> None:
    found = _round_up("Orrell shared a selfie. “so long, Wren,” she wrote.")
    assert ("so long, Wre", "Tamsin Orrell") in found
    assert ("the last day", "Dara Quill") in found
    assert ("That is all,", "Hugo Blay") in found


def test_caption_naming_someone_else_first_is_not_credited() -> None:
    found = _round_up(
        "A photo of Nell Ashdown on the pier, shared by her agent. The caption: “what a summer”"
    )
    assert ("what a summe", "Tamsin Orrell") not in found
