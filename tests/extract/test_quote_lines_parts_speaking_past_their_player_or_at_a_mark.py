"""Quote lines on invented text: a part's words told past who plays it ("Wren, played again by
Ada Vale, tells him “...”"), a part given the footage's beat or laugh with a speaking participle
("deadpanning “...”"), and a line placed at a point in a trailer's running time ("at the
one-minute mark") are the work's lines, held; an actor's own remark stays served."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Ada Vale plays Wren Tolley and Joss Marlow plays Pip in the drama Saltwick."


def _quote(found_quotes: tuple, start: str):  # type: ignore[no-untyped-def]
    return next(q for q in found_quotes if q.text.startswith(start))


def test_a_part_told_past_who_plays_it_speaks_a_line_of_the_work() -> None:
    for player in ("played again by Vale", "played once more by Ada Vale", "voiced by Vale"):
        found = facts(
            _CAST,
            f"The teaser is out. Wren Tolley, {player}, tells Pip to “mend the nets, for once”.",
            date="2026-02-03",
            title="Saltwick teaser: five things we learned",
        )
        assert not _quote(found.quotes, "mend the nets").served, player


def test_a_part_given_the_footages_beat_with_a_speaking_participle_is_the_works() -> None:
    for sentence in (
        "Joss Marlow's Pip gets the teaser's funniest beat, deadpanning “not a chance” at a vicar.",
        "Joss Marlow's Pip steals the clip's biggest laugh, snapping “not a chance” at a vicar.",
    ):
        found = facts(
            _CAST, sentence, date="2026-02-03", title="Saltwick teaser: five things we learned"
        )
        assert not _quote(found.quotes, "not a chance").served, sentence


def test_a_line_at_a_point_in_the_running_time_is_the_works() -> None:
    for mark in ("at the one-minute mark", "thirty seconds in"):
        found = facts(
            "Sky has released the first trailer for the thriller Harrowgate.",
            f"“Every door I shut, another one opens,” Mina whispers {mark}. Fans are hooked.",
            date="2026-02-03",
            title="Harrowgate trailer: everything we spotted",
        )
        assert not _quote(found.quotes, "Every door I shut").served, mark


def test_an_actor_speaking_at_the_premiere_stays_served() -> None:
    found = facts(
        _CAST,
        "“I cried when I read the last page,” Ada Vale said at the premiere on Monday.",
        date="2026-02-03",
        title="Saltwick premiere: the stars on the carpet",
    )
    quote = _quote(found.quotes, "I cried when")
    assert quote.served
    assert quote.speaker == "Ada Vale"
