"""A shoot told by its time: "X shot the film over the summer" says when the film was made (an
actor or the director says it too), not who was at the camera; "X shot the film on 35mm" still
credits the cinematographer (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Netflix has confirmed that Brindlecombe Forever, the film that ends the series, lands in May."
)
_TITLE = "Brindlecombe Forever: what we know"


def test_an_actor_shot_the_film_over_the_summer() -> None:
    found = served_crew(
        _LEDE,
        "Ardwick-Sayle shot the film over the summer, from mid-July, largely in Kent, with Ivo "
        "Marchetti-Lund directing.",
        title=_TITLE,
    )
    assert ("director", "Ivo Marchetti-Lund") in found
    assert not any(role == "cinematographer" for role, _ in found)


def test_a_shoot_in_a_season_of_a_year() -> None:
    found = served_crew(
        _LEDE, "Bryn Ardwick-Sayle shot the film in the spring of 2024.", title=_TITLE
    )
    assert ("cinematographer", "Bryn Ardwick-Sayle") not in found


def test_shooting_on_a_film_stock_still_credits_the_cinematographer() -> None:
    found = served_crew(_LEDE, "Bryn Ardwick-Sayle shot the film on 35mm.", title=_TITLE)
    assert ("cinematographer", "Bryn Ardwick-Sayle") in found


def test_a_shoot_told_by_its_length_still_credits_the_cinematographer() -> None:
    found = served_crew(
        _LEDE, "Bryn Ardwick-Sayle shot the film over seven weeks last autumn.", title=_TITLE
    )
    assert ("cinematographer", "Bryn Ardwick-Sayle") in found
