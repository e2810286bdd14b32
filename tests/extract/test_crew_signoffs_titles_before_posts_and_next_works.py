"""Names that are no credit on the article's own production (invented articles): a
newsletter's sign-off ("Written by X. Edited by Y.") or a podcast page's "Written by X for The
Reel · date"; a work's title before its maker's post ("X, the Quiet Harbour director brought in
to helm the sequel"); "It is directed by X" right after a profile names the subject's next work;
and a director met "on the 2019 short" another work."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits

_TITLE = "Tallow Bay wraps: what we know"
_LEAD = "Tallow Bay, directed by Henrik Osei, wrapped in Cork on Monday."
_OURS = ("director", "Henrik Osei")


def test_a_newsletters_signoff_byline_credits_no_writer_or_editor() -> None:
    found = facts(_LEAD, "More next week.", "Written by Orla Brennan. Edited by Tom Wilk.")
    assert credits(found) == {_OURS}
    assert {"Orla Brennan", "Tom Wilk"} <= set(found.people)


def test_a_podcast_pages_byline_for_its_outlet_credits_no_writer() -> None:
    byline = "Written by Orla Brennan for The Reel · 3 March 2026"
    found = facts("Episode 12 · 1 hr 5 min", byline, _LEAD, title=_TITLE)
    assert credits(found) == {_OURS}


def test_a_story_line_written_for_the_screen_keeps_its_writer() -> None:
    story = "Written by Orla Brennan for the screen, the film follows a drover."
    found = facts("Episode 12 · 1 hr 5 min", story, _LEAD, title=_TITLE)
    assert ("writer", "Orla Brennan") in credits(found)


def test_a_title_before_a_post_is_no_directors_name() -> None:
    aside = "Critics asked about Nils Berg, the Quiet Harbour director brought in to helm it."
    assert credits(facts(_LEAD, aside, title=_TITLE)) == {_OURS}
    plain = "Nils Berg was brought in to helm the sequel."
    assert ("director", "Nils Berg") in credits(facts(_LEAD, plain, title=_TITLE))


def test_it_after_a_profiles_next_work_is_held() -> None:
    told = "It is directed by Nils Berg and shoots in June."
    nxt = "Next up is Dry Creek, a Marlow Pictures drama about a drover."
    found = facts("Ada Vale’s career has moved fast.", f"{nxt} {told}", title=_TITLE)
    assert ("director", "Nils Berg") in credits(found)
    assert ("director", "Nils Berg") not in served_credits(found)
    assert ("director", "Nils Berg") in served_credits(facts(_LEAD, told, title=_TITLE))


def test_a_director_met_on_a_dated_short_is_no_credit() -> None:
    met = "She met him working with director Nils Berg on the 2019 short Dry Creek."
    assert ("director", "Nils Berg") not in credits(facts(_LEAD, met, title=_TITLE))
    here = "She met him working with director Nils Berg on the film."
    assert ("director", "Nils Berg") in credits(facts(_LEAD, here, title=_TITLE))


_FILM = "Gullwick: the film review"
_FILM_LEAD = (
    "Gullwick, the feature-length film that ends the saga, lands on Friday. The film is directed "
    "by Nils Berg."
)


def test_the_earlier_series_director_is_not_the_films() -> None:
    runs = "The first two series of Gullwick, the first of which aired in 2022, were directed by "
    found = facts(_FILM_LEAD, f"{runs}Tom Reed.", title=_FILM)
    assert credits(found) == {("director", "Nils Berg")}
    episodes = "The first two episodes were directed by Tom Reed."
    assert ("director", "Tom Reed") in credits(facts(_FILM_LEAD, episodes, title=_FILM))
