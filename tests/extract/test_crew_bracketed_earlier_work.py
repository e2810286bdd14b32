"""A director given an earlier work in brackets before the verb ("X (T) will direct all six
episodes") is crew, not a part played by the bracket's "actor"."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Tarnwick: cast and crew revealed for the new drama"


def test_a_bracketed_earlier_work_before_will_direct() -> None:
    served = served_crew(
        "Tarnwick, a new six-part drama, starts filming in May.",
        "Ossian Bleddyn-Hart (Marl Sound) will direct all six episodes.",
        title=_HEAD,
    )
    assert ("director", "Ossian Bleddyn-Hart") in served


def test_a_bracketed_earlier_work_before_will_write() -> None:
    served = served_crew(
        "Tarnwick, a new six-part drama, starts filming in May.",
        "Keswyn Abara-Lott (Marl Sound) will write all six episodes.",
        title=_HEAD,
    )
    assert ("writer", "Keswyn Abara-Lott") in served
