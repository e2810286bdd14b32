""" "Asked by a fan whether X's story was done, he grinned. “...”": the question names X, so X
is not the "he" who answers, with the asker set before the question as without one."""

from tests.extract.helpers import facts

_LEDE = "Mara Quill and Tomas Brenn drew the loudest cheers at the Gannet Rock panel in Leeds."
_BODY = (
    "Quill, who plays the harbour master, and Brenn, the actor behind Ewan Petrie, were joined"
    " by producer Ada Lorne.",
    "Brenn said the last week of the shoot had been hard. “We all cried between takes,” he said.",
)
_WORDS = "It was always going to end at the harbour."


def _speaker(asked: str) -> str:
    found = facts(_LEDE, *_BODY, f"{asked} “{_WORDS}”").quotes
    return next(q.speaker for q in found if q.text == _WORDS and q.served)


def test_asked_by_someone_whether_a_named_ones_story_is_not_theirs() -> None:
    asked = "Asked by a fan whether Ewan’s storyline had been finished properly, he grinned."
    assert _speaker(asked) != "Ewan Petrie"


def test_asked_with_no_asker_still_not_the_named_ones() -> None:
    asked = "Asked whether Ewan’s storyline had been finished properly, he grinned."
    assert _speaker(asked) != "Ewan Petrie"
