"""A profile that names its subject, then tells their job through a description ("The
Bergen-born cinematographer, 44, shot Lanternfall"), credits the subject with it on the
article's own work; a description of another work, a post the verb does not match, a subject
the article already credits otherwise credits nothing; an imperative before the subject's name
("Ask Ivo Brandt about ...") is no part of it (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "Shooting in the dark: Marit Solberg and the making of Lanternfall"
_LEDE = "Marit Solberg on the new Lanternfall film, which reaches cinemas in June."
_OPENING = "Marit Solberg has never owned a television. “I read books,” she says."


def _credits(*paragraphs: str, title: str = _TITLE) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, *paragraphs, date="2026-05-02", title=title)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_the_subjects_description_credits_their_job_on_our_work() -> None:
    for sentence, role in (
        ("The Bergen-born cinematographer, 44, shot Lanternfall.", CrewRole.CINEMATOGRAPHER),
        ("The 29-year-old composer has scored Lanternfall with a choir.", CrewRole.COMPOSER),
        ("The Norwegian filmmaker directs Lanternfall from her own story.", CrewRole.DIRECTOR),
        ("The Oslo-based editor cut all nine episodes of Lanternfall.", CrewRole.EDITOR),
    ):
        assert ("Marit Solberg", role) in _credits(_OPENING, sentence), sentence


def test_another_work_or_a_mismatched_post_credits_nothing() -> None:
    for sentence in (
        "The Bergen-born cinematographer shot Greyhaven, her first feature, in 2019.",
        "The Bergen-born composer shot Lanternfall on 16mm.",
        "The new cinematographer shot Lanternfall on 16mm.",
    ):
        assert not any(name == "Marit Solberg" for name, _ in _credits(_OPENING, sentence)), (
            sentence
        )


def test_a_subject_credited_with_another_job_is_left_alone() -> None:
    found = _credits(
        "Marit Solberg, the director of Lanternfall, has never owned a television.",
        "The Bergen-born cinematographer shot Lanternfall on 16mm.",
    )
    assert ("Marit Solberg", CrewRole.CINEMATOGRAPHER) not in found


def test_an_imperative_before_a_name_is_no_part_of_it() -> None:
    found = _credits(
        "Ask Ivo Brandt about lenses and he talks about his father. “One bulb,” he says.",
        "The Kerry-born cinematographer, 38, shot Lanternfall on 16mm.",
        title="Shooting in the dark: cinematographer Ivo Brandt on lighting Lanternfall",
    )
    assert found == {("Ivo Brandt", CrewRole.CINEMATOGRAPHER)}
