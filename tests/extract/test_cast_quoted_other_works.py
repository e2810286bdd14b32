"""Charts, newsletters and awards pieces name other productions by a quoted title, then give
their casts: those castings are not served as this article's, while a title quoted as an
actor's credit ("Ada Vale (“Fallow Reach”)") leaves the casting ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_chart_entry_starring_someone_is_that_shows_part() -> None:
    found = facts(
        "Streaming chart: ‘Brindle Court’ debuts at No 1",
        "Prime Video’s ‘Brindle Court’ has opened at the top of the chart. It stars Ada Quillon "
        "as Nell Harker.",
        "In second place was Channel 5’s ‘Marsh Hollow’, the coastal thriller starring Tobin "
        "Ferrars as DI Sam Crale, with 200 million minutes.",
        title="Streaming chart: ‘Brindle Court’ debuts at No 1",
    )
    assert ("Tobin Ferrars", "DI Sam Crale") not in served_pairs(found)
    assert ("Tobin Ferrars", "DI Sam Crale") not in served_pairs(found)


def test_an_awards_runner_up_and_its_cast_are_not_ours() -> None:
    found = facts(
        "‘The Ropewalk’ leads the Harbour Critics’ nominations with eight nods.",
        "Close behind with six nominations is ‘Fallow Reach’, Ivo Brandel’s road movie starring "
        "Mirela Saksa as Jo Venn and Oskar Teale as her brother Rafe.",
        "‘Gull Street’ took four nominations, among them a nod for Perdita Lowe as Sister "
        "Agnes Wray, while Colm Dunleavy, who plays Father Brian Kell, misses out.",
        title="‘The Ropewalk’ leads the Harbour Critics’ nominations",
    )
    served = served_pairs(found)
    assert ("Mirela Saksa", "Jo Venn") not in served
    assert ("Oskar Teale", "Rafe") not in served
    assert ("Perdita Lowe", "Sister Agnes Wray") not in served
    assert ("Colm Dunleavy", "Father Brian Kell") not in served


def test_a_newsletter_item_on_another_show_casts_that_show() -> None:
    found = facts(
        "The Weekly Reel: the Ropewalk film gets a title, and more.",
        "Sky has renewed its fishing-village drama ‘Marsh Hollow’ for a third series. Tobin "
        "Ferrars returns as harbour master Sam Crale, and filming starts in May.",
        "Casting for Channel 5's 'Gull Street' is complete, with Perdita Lowe in the lead as "
        "Agnes Wray.",
        title="The Weekly Reel: The Ropewalk gets its title",
    )
    served = served_pairs(found)
    assert ("Tobin Ferrars", "DI Sam Crale") not in served
    assert ("Perdita Lowe", "Agnes Wray") not in served


def test_a_title_quoted_as_an_actors_credit_leaves_the_casting_ours() -> None:
    found = facts(
        "Netflix has rounded out the cast of its drama The Ropewalk.",
        "Mirela Saksa (“Fallow Reach”) has been cast as Jo Venn, and Oskar Teale plays her "
        "brother, Rafe Venn.",
        "Perdita Lowe, the ‘Gull Street’ star, replaces Colm Dunleavy as Agnes Wray.",
        title="The Ropewalk rounds out its cast",
    )
    served = served_pairs(found)
    assert ("Mirela Saksa", "Jo Venn") in served
    assert ("Oskar Teale", "Rafe Venn") in served
