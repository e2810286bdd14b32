"""A maker told to have left the work or the post is no current credit; a maker who left
something else (a set, a broadcaster) keeps the credit."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_crew

_TITLE = "Quillmoor: the latest from the production"
_LEDE = "Shooting on Quillmoor, the coastal drama, resumes in Dorset next month."


@pytest.mark.parametrize(
    ("sentence", "role", "name"),
    [
        ("Composer Pell Arundine has left the production.", "composer", "Pell Arundine"),
        (
            "Pell Arundine, who scored the pilot of Quillmoor, has been replaced.",
            "composer",
            "Pell Arundine",
        ),
        (
            "Pell Arundine stepped down as cinematographer on Tuesday.",
            "cinematographer",
            "Pell Arundine",
        ),
        (
            "Director Pell Arundine exited the project over a dispute about the ending.",
            "director",
            "Pell Arundine",
        ),
        (
            "Quillmoor was first directed by Pell Arundine, who has since quit the series.",
            "director",
            "Pell Arundine",
        ),
        ("Editor Pell Arundine has departed the show.", "editor", "Pell Arundine"),
    ],
)
def test_a_maker_who_left_the_work_is_not_served(sentence: str, role: str, name: str) -> None:
    assert (role, name) not in served_crew(_LEDE, sentence, title=_TITLE)


def test_a_maker_who_left_the_set_keeps_the_credit() -> None:
    crew = served_crew(_LEDE, "Director Pell Arundine left the set grinning.", title=_TITLE)
    assert ("director", "Pell Arundine") in crew


def test_a_maker_who_left_a_broadcaster_keeps_the_credit() -> None:
    crew = served_crew(
        _LEDE,
        "Pell Arundine, who left ITV two years ago, directs Quillmoor.",
        title=_TITLE,
    )
    assert ("director", "Pell Arundine") in crew


def test_a_plain_credit_stays() -> None:
    crew = served_crew(_LEDE, "Quillmoor is directed by Pell Arundine.", title=_TITLE)
    assert ("director", "Pell Arundine") in crew
