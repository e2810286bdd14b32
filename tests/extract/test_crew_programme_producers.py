"""A podcast's or programme's own producer in its write-up's credits ("<Show> is produced by X",
"<Show> is hosted and produced by X") is the programme's staff, never the film's producer; the
film's own "is produced by" keeps its credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Gorse Hollow: the director on mud, folklore and a very cold shoot"


def test_the_podcast_named_by_its_masthead_is_produced_by() -> None:
    served = served_crew(
        "Lamplight Talk, episode 41 | Hosted by Ren Achebe | 48 mins",
        "This week Ren sits down with the writer-director of Gorse Hollow, Ondine Quarrender.",
        "Gorse Hollow opens in cinemas on Friday.",
        "Lamplight Talk is produced by Tamsin Ravelle-Brook. New episodes every Tuesday.",
        title=_HEAD,
    )
    assert ("producer", "Tamsin Ravelle-Brook") not in served


def test_a_show_in_the_headline_with_two_producers() -> None:
    served = served_crew(
        "Director Ondine Quarrender joins The Splice Desk to talk about Gorse Hollow.",
        "Gorse Hollow opens in cinemas on Friday.",
        "The Splice Desk is produced by Benedikt Culverwell and Sola Vantongeren.",
        title=f"The Splice Desk, episode 9: {_HEAD}",
    )
    assert ("producer", "Benedikt Culverwell") not in served
    assert ("producer", "Sola Vantongeren") not in served


def test_a_podcast_noun_in_the_subject_hosted_and_produced() -> None:
    served = served_crew(
        "Gorse Hollow opens in cinemas on Friday.",
        "Our weekly podcast is hosted and produced by Ilse Marchbanks-Tey.",
        "Frame Notes, our film podcast, is written and produced by Cormac Pinfold-Sole.",
        title=_HEAD,
    )
    assert ("producer", "Ilse Marchbanks-Tey") not in served
    assert ("producer", "Cormac Pinfold-Sole") not in served


def test_the_film_is_produced_by_keeps_its_credit() -> None:
    served = served_crew(
        "Lamplight Talk, episode 41 | Hosted by Ren Achebe | 48 mins",
        "Gorse Hollow opens in cinemas on Friday.",
        "Gorse Hollow is produced by Orla Vennick-Moor for Reedmere Pictures.",
        "The film is produced by Anselm Grieve-Tobin.",
        title=_HEAD,
    )
    assert ("producer", "Orla Vennick-Moor") in served
    assert ("producer", "Anselm Grieve-Tobin") in served
