"""A review or a round-up names another work's cast on the way ("that Danish drama starred X
as Y", "Lumen, with X as Y, simply stopped", "Salt Road, Ann Kay's coastal drama starring X as
Y", "The Reach returns to ITV on Monday with X back as Y", a chart's "Its star X, who plays Y"
after another work's rank) or names a play, not an actor ("a revival of The Glass Tide as
Nora"): none of those is a casting of the article's own work (invented articles)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_TITLE = "Quill Lane review: a gentle goodbye"
_LEAD = "Quill Lane, the final film of the saga, lands on Netflix on Friday."
_OURS = "Tomas Berg returns as Ivo Marsh, with Nell Ostrova back as his sister Pia Marsh."


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        (
            "(For newcomers, that Danish drama starred Jonas Lind as Prince Erik and Carl Moe "
            "as Anders.)",
            {("Jonas Lind", "Prince Erik"), ("Carl Moe", "Anders")},
        ),
        (
            "Teen shows rarely end well. Quarry burned out; Dry Fields, with Rafe Tollan as "
            "Conn, simply stopped.",
            {("Rafe Tollan", "Conn")},
        ),
        (
            "The festival opened with Salt Road Boys, Ann Kaye’s Norfolk-set drama starring "
            "Dev Harlow as lifeboat volunteer Sam Pike.",
            {("Dev Harlow", "Sam Pike")},
        ),
        (
            "Also worth a look: The Reach returns to ITV1 on Monday at 9pm with Maia Thorne "
            "back as DS Jo Ardley.",
            {("Maia Thorne", "Jo Ardley")},
        ),
    ],
)
def test_another_works_cast_named_in_passing_is_not_ours(
    sentence: str, others: set[tuple[str, str]]
) -> None:
    served = served_pairs(facts(_LEAD, _OURS, sentence, title=_TITLE))
    assert {("Tomas Berg", "Ivo Marsh"), ("Nell Ostrova", "Pia Marsh")} <= served
    assert not others & served


def test_our_own_work_with_its_cast_in_an_aside_stays() -> None:
    aside = "Teen dramas rarely end well; Quill Lane, with Dev Harlow as Sam Pike, does."
    served = served_pairs(facts(_LEAD, aside, title=_TITLE))
    assert ("Dev Harlow", "Sam Pike") in served


def test_the_film_told_by_the_not_that_keeps_its_cast() -> None:
    recap = "(For newcomers, the film stars Jonas Lind as Prince Erik and Carl Moe as Anders.)"
    served = served_pairs(facts(_LEAD, recap, title=_TITLE))
    assert {("Jonas Lind", "Prince Erik"), ("Carl Moe", "Anders")} <= served


def test_a_plays_name_after_a_revival_of_is_no_actor() -> None:
    gossip = "Vale has just been cast in the Lyric’s summer revival of The Glass Tide as Nora."
    assert not served_pairs(facts(_LEAD, gossip, title=_TITLE))
    ours = "The Lyric has cast Ada Vale in its revival as Nora."
    assert ("Ada Vale", "Nora") in served_pairs(facts(_LEAD, ours, title=_TITLE))


_CHART = "Quill Lane storms to No 1 on the streaming chart"
_CHART_OURS = "The series stars Ada Vale as Mira Holt."
_HER_STAR = "Its star Rhea Stone, who plays Pia Holt, thanked fans on Instagram."


def test_its_star_after_the_knocked_off_works_rank_is_that_works() -> None:
    lede = "Coastal drama Quill Lane has knocked Dry Fields off the top of the streaming chart."
    rank = "On the film side, Dry Fields held firm at No 1 in the films list for a third week."
    served = served_pairs(facts(lede, _CHART_OURS, f"{rank} {_HER_STAR}", title=_CHART))
    assert served == {("Ada Vale", "Mira Holt")}


def test_its_star_after_our_own_rank_stays() -> None:
    lede = "Coastal drama Quill Lane has topped the streaming chart."
    rank = "Quill Lane held firm at No 1 for a third week."
    served = served_pairs(facts(lede, _CHART_OURS, f"{rank} {_HER_STAR}", title=_CHART))
    assert ("Rhea Stone", "Pia Holt") in served
