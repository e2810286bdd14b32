"""Three shapes that tell no part of ours: a moderator's list of posts ("Name (TikTok): what
they posted") names the site in the bracket; a streamer's regional account ("Lumenbay UK
posted a clip of her final scene as Y") is a company, never the actor; and a live blog's entry
that opens on another series' season ("11.12 Quillon season two will premiere ...") casts that
series, not ours."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_SLATE = "Lumenbay slate live: Saltmere release date confirmed, plus Quillon"
_LEDE = "Follow along as Lumenbay unveils its slate, including a release date for Saltmere."
_OURS = (
    "11.47 Lumenbay has confirmed Saltmere will premiere on 27 February 2026. Fenna Rook "
    "(Wrenna) appeared in a video."
)


def test_a_site_in_a_list_of_posts_is_no_part() -> None:
    found = facts(
        "Saltmere has wrapped. Official posts so far:",
        "- Brisa Tallow (TikTok): a video of her costumes being packed",
        '- Odran Pike (X): "Back to the studio."',
        "- Fenna Rook (Wrenna) made her first post",
        title="Saltmere wraps",
    )
    assert pairs(found) == {("Fenna Rook", "Wrenna")}


def test_a_streamers_regional_account_plays_no_part() -> None:
    found = facts(
        "Fenna Rook has wrapped Saltmere.",
        "Lumenbay UK posted a clip of her final scene as Wrenna Holt with a caption.",
        title="Saltmere wraps",
    )
    assert not pairs(found)


def test_an_actor_posting_her_own_scene_still_plays_the_part() -> None:
    found = facts(
        "Fenna Rook has wrapped Saltmere.",
        "Brisa Tallow posted a clip of her final scene as Wrenna Holt with a caption.",
        title="Saltmere wraps",
    )
    assert ("Brisa Tallow", "Wrenna Holt") in pairs(found)


def test_a_live_blog_entry_on_another_series_season_casts_that_series() -> None:
    found = facts(
        _LEDE,
        _OURS,
        "11.12 Quillon season two will premiere on 9 January 2026. Brisa Tallow returns as DS "
        "Tamsin Vray, and Odran Pike joins as Corvin Ash, a fisheries inspector.",
        title=_SLATE,
    )
    assert pairs(found) == {("Fenna Rook", "Wrenna")}


def test_a_live_blog_entry_on_our_own_season_casts_ours() -> None:
    found = facts(
        _LEDE,
        _OURS,
        "11.12 Saltmere season two will premiere on 9 January 2026. Brisa Tallow returns as DS "
        "Tamsin Vray, and Odran Pike joins as Corvin Ash, a fisheries inspector.",
        title=_SLATE,
    )
    assert {("Brisa Tallow", "DS Tamsin Vray"), ("Odran Pike", "Corvin Ash")} <= pairs(found)


def test_a_poster_in_a_list_of_posts_is_still_a_person() -> None:
    found = facts(
        "Saltmere has wrapped. Official posts so far:",
        '- Odran Pike (X): "Back to the studio." (for anyone new: Odran does the score)',
        title="Saltmere wraps",
    )
    assert not pairs(found)
    assert [(c.name, c.served) for c in found.crew] == [("Odran Pike", True)]
