"""An answer that names what comes next as a new work without a verb ("Then a second film, set
in Cork. We hope to shoot it next spring.") dates that work's shoot, not ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_next_work_named_without_a_verb_takes_the_paragraphs_dates() -> None:
    for answer in (
        "A holiday. Then a second film, set on a farm near Cork. We're hoping to shoot it next "
        "spring.",
        "Rest. Next, a sequel, if the money is there. We want to film it next spring.",
    ):
        found = release_kinds(
            "Copper Bay opens in cinemas on 9 October.",
            "What happens next for you?",
            answer,
            title="Copper Bay: the director talks",
            date="2026-09-20",
        )
        assert not any(kind == "filming_planned" for kind, _, _ in found), (answer, found)


def test_a_then_without_a_new_work_keeps_our_shoot_plan() -> None:
    found = release_kinds(
        "Copper Bay opens in cinemas on 9 October.",
        "Then the reshoots. We are hoping to shoot them next spring.",
        title="Copper Bay: the director talks",
        date="2026-09-20",
    )
    assert ("filming_planned", "2027-03/2027-05", True) in found
