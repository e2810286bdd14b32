"""A Q&A whose headline names only the guest's role: the paragraph before the questions that
opens a sentence on a full name, the same role set beside it after a comma ("Ada Vale, a
Leeds-based editor, ..."), names whose answers follow; another role there names no guest."""

from __future__ import annotations

from tests.extract.helpers import EDITOR_QA, EDITOR_QA_LEDE, EDITOR_QA_TITLE, facts


def _page(intro: str) -> list[tuple[str, str, bool]]:
    found = facts(
        EDITOR_QA_LEDE,
        intro,
        *EDITOR_QA,
        title=EDITOR_QA_TITLE,
    )
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_guest_named_then_given_the_role_answers() -> None:
    quotes = _page(
        "Gannet Row finished on BBC One last week. Morwenna Tallack, a Truro-born editor based in"
        " Bristol, cut all six episodes. This interview has been edited for length."
    )
    assert ("The director rang me in March. I had cut a short of hers years ago.",
            "Morwenna Tallack", True) in quotes  # fmt: skip


def test_a_name_given_another_role_names_no_guest() -> None:
    quotes = _page(
        "Gannet Row finished on BBC One last week. Morwenna Tallack, a Truro-born producer based"
        " in Bristol, hired the crew. This interview has been edited for length."
    )
    assert not any(speaker == "Morwenna Tallack" for _, speaker, _ in quotes)
