"""A newsletter's byline before its housekeeping sentence ("Written by X. Forwarded this email?
Sign up here.") names its writer; a guest told by their post ("an episode with casting director
X") is no credit. The film's own "Written by X and directed by Y" line keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_byline_then_forwarded_sentence_is_no_credit() -> None:
    credits = served_crew(
        "The Reel Sheet | Friday 3 May 2030",
        "Written by Pell Ashworth. Forwarded this email? Sign up here.",
        "Lantern Row has a name at last. Oda Fenwright directs.",
        title="The Reel Sheet: Lantern Row has a name",
    )
    assert ("writer", "Pell Ashworth") not in credits
    assert ("director", "Oda Fenwright") in credits


def test_a_podcast_guest_by_their_post_is_no_credit() -> None:
    credits = served_crew(
        "Lantern Row is directed by Oda Fenwright.",
        "If you have a commute, Reel Talk has a lovely episode with casting director Mira Stone"
        " on how she built a career.",
        title="The Reel Sheet: Lantern Row has a name",
    )
    assert ("director", "Oda Fenwright") in credits
    assert ("casting_director", "Mira Stone") not in credits


def test_a_casting_director_credit_stays() -> None:
    credits = served_crew(
        "Lantern Row is directed by Oda Fenwright, with casting director Mira Stone.",
        title="Lantern Row: everything we know",
    )
    assert ("casting_director", "Mira Stone") in credits
