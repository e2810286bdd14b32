"""A fragment inside an unnamed group's report ("but his mates say he “...”") is the group's
words about him, never his own: with no one to name, it is no one's."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "Tomas Reyne, who plays Oliver Marsh, has had a busy year on stage in London."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_group_s_report_is_not_the_one_it_is_about() -> None:
    for group in ("But his mates say", "And colleagues insist", "But co-stars claim"):
        quote = _quote(
            "leapt at",
            _OPENING,
            f"Reyne has been on Broadway all spring. {group} he “leapt at” the chance to return.",
        )
        assert quote.speaker != "Tomas Reyne", group


def test_his_own_report_is_still_his() -> None:
    quote = _quote(
        "a dream",
        _OPENING,
        "Reyne has been on Broadway all spring. He says it was “a dream”.",
    )
    assert quote.speaker == "Tomas Reyne"
