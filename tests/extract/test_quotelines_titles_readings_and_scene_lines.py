"""A song a clip is set to, a bracketed version's title, the writer's reading of a sign, a
still's caption, a part's line someone quotes and a line said "in one scene" are held; a
person's own words beside them stay served."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _served(text: str, *paras: str) -> bool:
    return any(q.served and q.text == text for q in _quotes(*paras))


def test_the_song_a_teaser_is_set_to_is_held() -> None:
    para = "The teaser for Quillmere is set to “Copper Wires Hum”, by Pellow Skarn."
    assert not _served("Copper Wires Hum", para)


def test_a_title_with_its_bracketed_version_is_held() -> None:
    para = "Fans have already found “Gullwick Rise (Stornhaven Version)” on every playlist."
    assert not _served("Gullwick Rise (Stornhaven Version)", para)


def test_the_writers_reading_of_a_sign_is_held() -> None:
    para = "Quillmere's account posted a single lighthouse emoji. We're reading that as “any day”."
    assert not _served("any day", para)


def test_a_stills_caption_is_held() -> None:
    para = "A lone still shows Ivrel Quosk on a pier with the caption “The tide keeps secrets”."
    assert not _served("The tide keeps secrets", para)


def test_a_part_line_quoted_from_a_season_is_held() -> None:
    para = (
        "Before the panel ends, Brannoch Feld closes by quoting Wenmarra from the first season: "
        "“Nobody sails alone, not here.”"
    )
    assert not _served("Nobody sails alone, not here.", para)


def test_a_line_told_in_one_scene_is_held() -> None:
    para = (
        "The clip shows Wenmarra Fisk (Sanna Brisk) mending nets. "
        "“We said we'd stay for the winter,” Wenmarra tells him in one scene."
    )
    assert not _served("We said we'd stay for the winter,", para) and not _served(
        "We said we'd stay for the winter", para
    )


def test_a_person_speaking_beside_a_song_stays_served() -> None:
    para = (
        "“We wanted the sea in every frame,” director Brannoch Feld said of the teaser, "
        "which is set to a slowed-down folk song."
    )
    assert _served("We wanted the sea in every frame,", para) or _served(
        "We wanted the sea in every frame", para
    )


def test_a_caption_on_a_still_someone_posted_is_not_held_as_a_line() -> None:
    para = (
        "Film account @gullwickfilm shared the still with the caption: "
        "“Ivrel Quosk told us the sea was freezing. We can't wait.”"
    )
    facts = [q for q in _quotes(para) if q.text.startswith("Ivrel Quosk told us")]
    assert all(q.doubt != "a line spoken in the work" for q in facts)


def test_a_person_quoted_from_a_panel_keeps_the_words() -> None:
    para = "u/quay_lights: Quoting Orla Fenwick-Quaye from the Q&A panel: “We built it twice.”"
    assert _served("We built it twice.", para)
