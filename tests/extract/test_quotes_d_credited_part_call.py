"""Words that call a part by name stay the poster's when a person is credited with them."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _served(*paragraphs: str, title: str | None = None) -> set[str]:
    return {q.text for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_wrap_post_under_its_posters_heading_calling_her_part_stays_hers() -> None:
    found = _served(
        "After three months of rain, filming on Lantern Bay wrapped on Friday on the slipway.",
        "The six-part comedy, written by Tess Orrin, stars Mara Quill as Wren Tully, a ferry"
        " pilot who returns home. Cameras first rolled in October.",
        "Here is how the cast and crew marked the occasion.",
        "Mara Quill (@maraquill)",
        "The lead shared a photo of the crew under umbrellas, writing: “Soaked on a slipway at"
        " 4am. Wren, you were the hardest and best thing I have ever done. Thanks, everyone.”",
        "Joss Ebury (@jossebury)",
        "Ebury posted a picture of the ferry: “Best job I have ever had.”",
        "Tess Orrin (@tessorrin)",
        "The writer posted a photo of her script: “That is a wrap on the bay.”",
        title="“Soaked on a slipway”: the Lantern Bay stars say goodbye",
    )
    assert (
        "Soaked on a slipway at 4am. Wren, you were the hardest and best thing I have ever done."
        " Thanks, everyone." in found
    )


def test_faceless_words_calling_a_part_are_still_held() -> None:
    found = _served(_CAST, "The thread title is simply “Stop sulking, Orvo, it's only the sea”.")
    assert "Stop sulking, Orvo, it's only the sea" not in found
