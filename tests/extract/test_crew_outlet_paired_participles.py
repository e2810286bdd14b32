"""A guide's pick told by its channel in brackets with paired participles ("Tin Lane (BBC Four),
written and directed by Z") is that pick's credit, as the single participle is; the page's own
work keeps its makers."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Where to watch The Gorse Yard: release date and cast"
_OURS = (
    "The Gorse Yard is streaming on Disney+.",
    "Who made it?",
    "The series was created by Ana Pell and directed by Bo Trent.",
    "If you liked it, try:",
)


def test_written_and_directed_pick_is_another_works() -> None:
    served = served_crew(
        *_OURS,
        "- Fenwick Fen (Channel 4), created by Lia Moor",
        "- Saltgrass Hollow (BBC Four), written and directed by Ned Colls",
        title=_HEAD,
    )
    assert ("writer", "Ned Colls") not in served
    assert ("director", "Ned Colls") not in served
    assert ("creator", "Ana Pell") in served
    assert ("director", "Bo Trent") in served


def test_three_participles_with_a_year() -> None:
    served = served_crew(
        *_OURS,
        "- Saltgrass Hollow (2019), written, directed and produced by Ned Colls",
        title=_HEAD,
    )
    assert ("producer", "Ned Colls") not in served
    assert ("writer", "Ned Colls") not in served
