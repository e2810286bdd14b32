"""No credit for a channel that adapts a novel ("is being adapted by Channel 4"), for a podcast's
own producer beside its host or its next episode's guest ("Next week: casting director X on
..."), nor for a maker in a clause on another work told by its kind ("Gull Point, the 2021
drama that was shot by X")."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Saltwater Lanterns is shooting in Cornwall this summer, the streamer said."
_TITLE = "Saltwater Lanterns: everything we know"


def test_a_channel_adapting_a_novel_is_no_writer() -> None:
    found = served_crew(
        _LEDE,
        "Pendry, whose novel Gull Point is being adapted by Channel 4, joins the panel.",
        "Her second book is being adapted by Netflix.",
        title=_TITLE,
    )
    assert not {n for _, n in found} & {"Channel", "Netflix"}


def test_a_writer_named_after_adapted_by_stays() -> None:
    found = served_crew(_LEDE, "The novel is adapted by Max Ardley.", title=_TITLE)
    assert ("writer", "Max Ardley") in found  # "Max" opens a streamer's name too


_EPISODE = (
    "On this week’s episode, Saltwater Lanterns director Bryony Carne talks endings.",
    "The Long Take, episode 12 | 48 minutes | Hosted by Wenna Polglaze",
    "Bryony Carne joins Wenna to talk about Saltwater Lanterns.",
)


def test_a_podcasts_producer_and_next_guest_are_not_the_films() -> None:
    found = served_crew(
        *_EPISODE,
        "Later in the episode, Wenna and producer Olek Marsh run through their picks.",
        "Next week: casting director Priya Venn on finding new faces.",
        title="Podcast: Bryony Carne on Saltwater Lanterns",
    )
    assert not {n for _, n in found} & {"Olek Marsh", "Priya Venn"}
    assert ("director", "Bryony Carne") in found


def test_a_producer_beside_someone_else_stays() -> None:
    found = served_crew(
        *_EPISODE,
        "Carne and producer Olek Marsh shot it in Cornwall.",
        title="Podcast: Bryony Carne on Saltwater Lanterns",
    )
    assert ("producer", "Olek Marsh") in found


def test_a_maker_in_a_clause_on_another_work_is_not_ours() -> None:
    found = served_crew(
        _LEDE,
        "Bryony Carne directs.",
        "Her debut, Gull Point, the 2021 coastal drama that starred Ada Vale and was shot by"
        " cinematographer Tam Rees, won prizes.",
        title=_TITLE,
    )
    assert ("director", "Bryony Carne") in found
    assert "Tam Rees" not in {n for _, n in found}


def test_our_work_told_by_its_kind_keeps_its_maker() -> None:
    found = served_crew(
        _LEDE,
        "Saltwater Lanterns, the Cornish drama that was shot by cinematographer Tam Rees, opens"
        " in May.",
        title=_TITLE,
    )
    assert ("cinematographer", "Tam Rees") in found
