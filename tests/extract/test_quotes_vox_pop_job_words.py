"""A passer-by introduced by a job or life word ("Student X, 20, ...") is credited as X alone."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = "The drama Tidewrack began filming on the seafront in Hastings on Monday."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Student Mirela Dunwoody, 20, took the train from Margate with her cousin. "
            "‘The show kept me going through exams,’ she said.",
            ("The show kep", "Mirela Dunwoody"),
        ),
        (
            "Pensioner Harold Quaintance, 74, watched from his garden. "
            "‘We have never had so many visitors,’ he said.",
            ("We have neve", "Harold Quaintance"),
        ),
        (
            "Shopkeeper Ottoline Brack stood in her doorway all morning. "
            "‘We sold out of scones by noon,’ she said.",
            ("We sold out ", "Ottoline Brack"),
        ),
    ],
)
def test_a_job_word_before_a_passer_by_is_not_part_of_their_name(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert served_quotes(facts(_LEDE, paragraph)) == [expected]
