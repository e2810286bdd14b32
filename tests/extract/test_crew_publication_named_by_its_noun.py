"""A podcast or newsletter named atop the page with its publication noun ("Tin Cup podcast:
...", "Lamp Post newsletter | ...") is the subject of its own closing credit: "Tin Cup is
produced by X" credits the show's producer, never the film's; the film's own "<Work> is produced
by Y" keeps its credit (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_FILM = "Halden Moor is directed by Ottoline Vasse and opens in June."


def test_a_podcast_named_with_its_noun_in_the_headline_owns_its_producer() -> None:
    for heading, closing in (
        (
            "Tin Cup podcast: ‘We nearly cancelled the finale’",
            "Tin Cup is produced by Pell Harker.",
        ),
        ("Lamp Post newsletter | the week in screens", "Lamp Post is produced by Pell Harker."),
        ("Reel Talk Podcast – episode notes", "Reel Talk is produced by Pell Harker each week."),
    ):
        found = facts(heading, _FILM, closing)
        assert ("producer", "Pell Harker") not in credits(found), heading
        assert ("director", "Ottoline Vasse") in credits(found), heading


def test_the_works_own_produced_by_keeps_its_credit() -> None:
    found = facts(
        "Tin Cup podcast: ‘We nearly cancelled the finale’",
        "Halden Moor is produced by Pell Harker and opens in June.",
    )
    assert ("producer", "Pell Harker") in credits(found)


def test_the_works_own_podcast_or_newsletter_headline_keeps_its_credit() -> None:
    for heading, closing in (
        (
            "Quillmere podcast: the cast look back",
            "Quillmere is produced by Pell Varrow and opens in June.",
        ),
        (
            "Quillmere newsletter | behind the scenes",
            "Quillmere is produced by Pell Varrow and premieres on BBC Two in May.",
        ),
        (
            "Quillmere podcast: the cast look back",
            "Quillmere, the new film, is produced by Pell Varrow.",
        ),
    ):
        found = facts(heading, "The cast of Quillmere look back on the shoot.", closing)
        assert ("producer", "Pell Varrow") in credits(found), closing
