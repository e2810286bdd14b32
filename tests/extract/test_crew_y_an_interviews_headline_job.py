"""An interview headed with its subject "on" doing a job on the page's own work ("‘...’: Marit
Solberg on scoring Lanternfall") credits the subject with that job, when the body names them
too; "on shooting" (a director's word as much as a cinematographer's), a job on a part of the
work, or a subject the body never names credits nothing (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_LEDE = "Three weeks before Lanternfall reaches cinemas, we met in a Bergen café."
_BODY = "Solberg orders black coffee and talks fast. The film opens on 5 June."


def _credits(title: str, body: str = _BODY) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, body, date="2026-05-02", title=title)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_the_headlines_job_on_our_work_is_the_subjects_credit() -> None:
    for title, role in (
        ("‘The sea had to breathe’: Marit Solberg on scoring Lanternfall", CrewRole.COMPOSER),
        ("Q&A: Marit Solberg on directing the Lanternfall film – ‘I was new’", CrewRole.DIRECTOR),
        ("‘Dark is warm’: Marit Solberg on lighting Lanternfall", CrewRole.CINEMATOGRAPHER),
    ):
        assert ("Marit Solberg", role) in _credits(title), title


def test_shooting_a_part_or_an_unnamed_subject_is_no_credit() -> None:
    for title, body in (
        ("‘Rain every day’: Marit Solberg on shooting Lanternfall", _BODY),
        ("‘Gold light’: Marit Solberg on lighting Lanternfall’s last summer", _BODY),
        ("‘The sea had to breathe’: Marit Solberg on scoring Lanternfall", "We met in June."),
    ):
        assert not any(name == "Marit Solberg" for name, _ in _credits(title, body)), title
