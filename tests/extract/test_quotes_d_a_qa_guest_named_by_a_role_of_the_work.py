"""A Q&A whose headline names its guest only as "the editor of <work>": the guest is the one the
introduction sets beside that role, and the bare answers are theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_INTRO = (
    "Marigold Road has been streaming for a fortnight. Its editor, Fenwick Oduya, cut the film over"
    " a winter in Leeds. We spoke to him by phone."
)
_PAIRS = (
    "How long was your first cut?",
    "Nearly three hours. I knew most of it would go, and I made my peace with that quickly.",
    "What did you lose?",
    "A subplot at a swimming pool. I loved it, but it slowed everything down.",
    "What are you doing next?",
    "A documentary about lighthouse keepers, which I am very excited about.",
)


def test_answers_belong_to_the_editor_named_in_the_intro() -> None:
    found = facts(
        "The editor of Marigold Road on cutting the film down.",
        _INTRO,
        *_PAIRS,
        title="‘I still miss the pool scene’: the editor of Marigold Road",
    )
    assert any(
        q.served and q.text.startswith("Nearly three hours") and q.speaker == "Fenwick Oduya"
        for q in found.quotes
    )


def test_a_headline_with_no_role_credits_no_one() -> None:
    found = facts(
        "Cutting Marigold Road down to size.",
        _INTRO,
        *_PAIRS,
        title="‘I still miss the pool scene’: cutting Marigold Road",
    )
    assert not any(
        q.served and q.text.startswith("Nearly three hours") and q.speaker == "Fenwick Oduya"
        for q in found.quotes
    )
