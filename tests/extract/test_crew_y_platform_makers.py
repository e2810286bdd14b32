"""A platform's or a medium's maker ("TikTok creator X", "content creator X", "podcast producer
X") is someone else's job, no credit on the production; a bare "creator X" still is one."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Larkhollow fans gather outside the set"
_LEDE = "Fans of Larkhollow lined the street as filming on the drama's second series began."


def test_a_platforms_creator_is_no_crew() -> None:
    for sentence in (
        "TikTok creator Nell Avery, who has half a million followers, posted a video of the crowd.",
        "Content creator Nell Avery streamed the whole morning from the barrier.",
        "Podcast producer Nell Avery was there recording interviews with fans.",
    ):
        crew = served_crew(_LEDE, sentence, title=_TITLE)
        assert not any(name == "Nell Avery" for _, name in crew), sentence


def test_the_shows_own_creator_stays() -> None:
    crew = served_crew(
        _LEDE,
        "Creator Nell Avery, who wrote every episode, waved to the crowd from the trailer.",
        title=_TITLE,
    )
    assert ("creator", "Nell Avery") in crew
