"""A part named with a title ("Professor X", "Dr Y") is no crew credit under its bare surname:
"lectured on old poems by Professor Quill, played by ..." credits no author "Quill"; a person the
article knows by that surname still is one (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Harbour Lights is finally here and it is lovely."
_TITLE = "Harbour Lights review: a gentle triumph"


def test_a_titled_part_is_no_author_credit() -> None:
    found = facts(
        _LEDE,
        "Wren is made to read dusty novels by Professor Quill, played with glee by Mara Tolland.",
        title=_TITLE,
    )
    assert not [c for c in credits(found) if c[1] == "Quill"]
    found = facts(
        _LEDE,
        "Jonah is handed a stack of poems by Dr Abernethy, a part Leo Strand plays with relish.",
        title=_TITLE,
    )
    assert not [c for c in credits(found) if c[1] == "Abernethy"]


def test_a_known_person_sharing_the_surname_keeps_the_credit() -> None:
    found = facts(
        _LEDE,
        "The film is based on the novel by Ada Quill. Its script was written by Quill herself.",
        title=_TITLE,
    )
    assert ("writer", "Ada Quill") in credits(found)
