"""A transcript line whose speaker label opens "The writer is X" credits X as a plain sentence
would; a label before anything but "The <post> is" credits nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Transcript: Oren Vale on Flax Mill"
_LEDE = "Actor Oren Vale joined the show to talk about Flax Mill, a new BBC One drama."


def _credits(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, line, title=_TITLE).crew if c.served}


def test_a_labelled_line_credits_the_post() -> None:
    found = _credits("HOST-NAME: The writer is Maren Quill-Adair. How was she to work with?")
    assert ("Maren Quill-Adair", "writer") in found
    assert ("Maren Quill-Adair", "writer") in _credits("The writer is Maren Quill-Adair.")


def test_a_label_before_other_words_credits_nobody() -> None:
    assert not _credits("HOST-NAME: Maren Quill-Adair is a friend of yours, isn't she?")
