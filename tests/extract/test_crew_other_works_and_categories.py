"""Crew credits that belong elsewhere: another work's director in a profile, a collaborator
the subject is known for, and award categories read as a nominee's role."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = (
    "Lorna Vesk has a theory about her career. In the second series of Tide Marks, Vesk plays "
    "Mara Holt, a lighthouse keeper."
)


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_credits(facts(_LEDE, *paragraphs, title="The slow rise of Lorna Vesk"))


def test_a_described_other_films_director_is_not_ours() -> None:
    for sentence in (
        "The indie feature ‘Paper Lanterns’, shot near her home town and directed by Dara "
        "Quill, gave her a first film lead, as a ferry clerk.",
        "The road movie ‘Salt Flats’, filmed over one winter and directed by Dara Quill, "
        "premiered in Galway.",
    ):
        assert ("director", "Dara Quill") not in _served("Vesk trained in Leeds.", sentence)


def test_a_collaborator_the_subject_is_known_for_is_not_ours() -> None:
    for sentence in (
        "In Denmark, Brell is known above all for his work with director Ida Sønstrup.",
        "At home she is best known for her long partnership with director Ida Sønstrup.",
    ):
        found = served_credits(
            facts(
                "Cinematographer Tomas Brell will shoot ‘Tide Marks’, directed by Owen Pellow.",
                sentence + " Their film ‘Vinter’ won a prize.",
            )
        )
        assert ("director", "Ida Sønstrup") not in found
        assert ("director", "Owen Pellow") in found


def test_an_award_category_is_not_the_next_nominees_role() -> None:
    found = served_credits(
        facts(
            "‘Tide Marks’, directed by Owen Pellow, leads the nominations.",
            "Owen Pellow is nominated for best director, producer Kira Lemm for breakthrough "
            "producer, and composer Jalen Moss for original music.",
        )
    )
    assert ("director", "Kira Lemm") not in found
    assert ("producer", "Jalen Moss") not in found
    assert ("producer", "Kira Lemm") in found
    assert ("composer", "Jalen Moss") in found


def test_wrote_the_score_credits_the_composer() -> None:
    for sentence in (
        "Jalen Moss wrote the score, which is the first time the show has had strings.",
        "Ida Sønstrup shot it. Jalen Moss wrote the score.",
    ):
        found = served_credits(
            facts("Director Owen Pellow talks about ‘Tide Marks’, his new BBC series.", sentence)
        )
        assert ("composer", "Jalen Moss") in found


def test_wrote_the_score_for_another_work_is_not_ours() -> None:
    found = served_credits(
        facts(
            "Director Owen Pellow talks about ‘Tide Marks’, his new BBC series.",
            "Pellow first heard Jalen Moss when he wrote the score for a radio play.",
        )
    )
    assert ("composer", "Jalen Moss") not in found


def test_episodes_directed_in_a_joined_clause() -> None:
    for sentence in (
        "Filming took place in Leeds, and Dara Quill directed the first four episodes.",
        "The show is set on the coast, and Dara Quill directed the last two episodes.",
    ):
        found = served_credits(
            facts("The trailer for ‘Tide Marks’ is here, and it looks great.", sentence)
        )
        assert ("director", "Dara Quill") in found
