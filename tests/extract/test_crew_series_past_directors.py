"""A film made from a series looks back at who directed the show: "The series, which was
directed by A and B, had a bright look", "...; the series episodes were directed by A and B",
"with A and B sharing directing duties on earlier runs". Those are the show's directors, never
the film's; they stay people the article names."""

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


_LEDE = "Drift Harbour Forever, the film that ends the show, is out now on Netflix."


def test_the_series_which_was_directed_by() -> None:
    found = facts(
        _LEDE,
        "The film is directed by Ysolde Quenbry. The series, which was directed by Odile Varsk "
        "and Penn Tarrow, had a bright, clean look; the film is warmer.",
    )
    directors = _directors(found)
    assert directors == {"Ysolde Quenbry"}
    assert {"Odile Varsk", "Penn Tarrow"} <= set(found.people)


def test_the_series_episodes_were_directed_after_a_semicolon() -> None:
    found = facts(
        _LEDE,
        "It is directed by Ysolde Quenbry. Quenbry is a new name for the franchise; the series "
        "episodes were directed by Odile Varsk and Penn Tarrow.",
    )
    directors = _directors(found)
    assert directors == {"Ysolde Quenbry"}


def test_sharing_directing_duties_on_earlier_runs() -> None:
    found = facts(
        _LEDE,
        "For context: the third season arrived in 2024, with Odile Varsk and Penn Tarrow "
        "sharing directing duties on earlier runs.",
    )
    assert not _directors(found)


def test_the_series_directed_by_also_directs_the_film() -> None:
    found = facts(
        _LEDE,
        "The film is long. The series, which was directed by Odile Varsk, who also directs the "
        "film, had a bright look.",
    )
    assert "Odile Varsk" in _directors(found)
