"""The work a page's production is compared with: the makers its participle names are that
work's, not the page's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_TITLE = "Tamsin Orde on finishing the Gullhaven film"
_LEDE = "The director of the Gullhaven film talks about the last day of the shoot."


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def test_the_series_the_film_is_compared_to_keeps_its_directors() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orde directed the film in Cornwall over the winter.",
        "She refuses to compare the film with the series directed by Piers Anwell and Lotte "
        "Brandvik.",
        title=_TITLE,
    )
    assert "Piers Anwell" not in _directors(found)
    assert "Lotte Brandvik" not in _directors(found)


def test_a_comedy_likened_to_another_keeps_its_maker() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orde directed the film in Cornwall over the winter.",
        "Early viewers likened it to the Channel 5 comedy directed by Bram Okonjo.",
        title=_TITLE,
    )
    assert "Bram Okonjo" not in _directors(found)


def test_the_page_s_own_film_keeps_its_director_beside_a_comparison() -> None:
    found = facts(
        _LEDE,
        "Compared with the series, the film is bigger and sadder. The film, directed by Tamsin "
        "Orde, wrapped in March.",
        title=_TITLE,
    )
    assert "Tamsin Orde" in _directors(found)
