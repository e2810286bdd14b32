"""Words in marks opening a caption labelled only "Caption:", with the still's scene told after
them ("Caption: “...” Two friends wave from the pier."), are the picture's heading, not a remark;
a post's caption under the same label, its words alone, stays the poster's."""

from __future__ import annotations

from tests.extract.helpers import quote_readings


def test_a_caption_heading_over_a_scene_is_held() -> None:
    found = quote_readings(
        "The cast of Gullhaven gathered for the premiere in Leeds last night.",
        "Caption: ‘See you at the harbour!’ Petra and Owen wave from the steps of the cinema.",
    )
    assert "See you at t" not in found or not found["See you at t"][2]


def test_a_posts_caption_alone_stays_the_posters() -> None:
    found = quote_readings(
        "The cast of Gullhaven said goodbye to the set on Instagram.",
        "Petra Lindgren posted a photo of the harbour at dawn.",
        "Caption: “six months of early starts and I would do every one again”",
    )
    assert found["six months o"][2]


def test_a_posts_caption_with_its_poster_named_after_stays_the_posters() -> None:
    found = quote_readings(
        "The cast of Gullhaven said goodbye to the set this week.",
        "Caption: “Last day on set, love you all.” Ada Vale posted this on Instagram.",
    )
    assert found["Last day on "][2]


def test_a_caption_with_its_sharer_named_after_stays_the_sharers() -> None:
    found = quote_readings(
        "The cast of Gullhaven wrapped filming in Whitby on Friday.",
        "Caption: “Forty nights of rain and not one complaint.” Owen Marsh shared the picture"
        " with his followers.",
    )
    assert found["Forty nights"][2]
