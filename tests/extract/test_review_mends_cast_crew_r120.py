"""Mends from the review of round 120's cast and crew rules, on invented articles: a career aside
ends at the next clause, so our own "directed by" after it stays; a month or our own season is no
other work an actor "joined"; a recap's "Next week:" is our next episode; "has since starred"
through our own seasons is our part; "It will star" after our working title or after an apposed
"X, her new series," is read as the work named."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Kestrel Moor: everything we know"
_LEDE = "Kestrel Moor is Netflix's new drama."


def test_a_career_aside_leaves_our_own_director_after_the_next_clause() -> None:
    found = facts(
        _LEDE,
        "Pell Orrin, who joined Saltwick as Dunstan in 2018, plays Ivy's uncle in the film"
        " directed by Wren Caddick.",
        title=_TITLE,
    )
    assert ("director", "Wren Caddick") in served_credits(found)


def test_cast_in_a_month_is_no_other_work() -> None:
    found = facts(
        _LEDE,
        "Ivy Marsh was cast in March as Tamsin, in the film directed by Wren Caddick.",
        title=_TITLE,
    )
    assert ("director", "Wren Caddick") in served_credits(found)


def test_joining_our_own_season_is_no_other_work() -> None:
    found = facts(
        "Kestrel Moor is back for a second season.",
        "Ivy Marsh joined Season Two as Tamsin Hale, the new vet, in the episodes written by"
        " Wren Caddick.",
        title="Kestrel Moor season two: everything we know",
    )
    assert ("writer", "Wren Caddick") in served_credits(found)


def test_a_recaps_next_week_is_our_next_episode() -> None:
    found = facts(
        "Kestrel Moor began with a storm.",
        "Next week: the third episode, directed by Wren Caddick, moves to Hull.",
        title="Kestrel Moor episode two recap",
    )
    assert ("director", "Wren Caddick") in served_credits(found)


def test_has_since_starred_through_our_own_seasons_is_our_part() -> None:
    for line in (
        "Pell Orrin, who has since starred as Dunstan in both seasons, returns.",
        "Ivy Marsh, who joined in the first season, has since starred as Tamsin in every episode.",
    ):
        found = facts(
            "Kestrel Moor is back for a third season.",
            line,
            title="Kestrel Moor season three: everything we know",
        )
        assert served_pairs(found) & {("Pell Orrin", "Dunstan"), ("Ivy Marsh", "Tamsin")}, line


def test_has_since_starred_in_another_shows_series_stays_out() -> None:
    found = facts(
        "Kestrel Moor is back for a third season.",
        "Ivy Marsh, who has since starred as Tamsin in the first series of Saltwick, returns.",
        title="Kestrel Moor season three: everything we know",
    )
    assert ("Ivy Marsh", "Tamsin") not in served_pairs(found)


def test_it_will_star_after_our_working_title_casts_ours() -> None:
    found = facts(
        "Netflix's untitled moorland drama starts filming in June.",
        "The drama, Hob Hill, is only a working title. It will star Pell Orrin as Dunstan.",
        title="Netflix's untitled moorland drama: everything we know",
    )
    assert ("Pell Orrin", "Dunstan") in served_pairs(found)


def test_it_will_star_after_an_apposed_new_series_is_that_works() -> None:
    found = facts(
        "Kestrel Moor is Netflix's new drama, starring Ivy Marsh as Tamsin.",
        "Hob Hill, her next series, follows a mountain rescue team. It will star Pell Orrin as"
        " Dunstan.",
        title=_TITLE,
    )
    assert ("Pell Orrin", "Dunstan") not in served_pairs(found)


def test_a_two_word_channel_adapting_a_novel_is_no_writer() -> None:
    found = facts(_LEDE, "Orrin's third novel is being adapted by Sky Atlantic.", title=_TITLE)
    assert ("writer", "Sky Atlantic") not in served_credits(found)
