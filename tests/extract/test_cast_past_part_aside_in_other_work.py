"""A career profile's past part, told with an aside on who the part is and then the work it was
in: "In 2019 she was cast as Ada Finch, the niece of Tom Reed's Walter, in the Harbour Lights
Christmas specials". That part is the other work's, not news of ours; our own work named there
keeps the casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Mirela Costa on leaving Saltmarsh"


def test_was_cast_as_part_with_aside_in_other_specials() -> None:
    found = facts(
        "Mirela Costa says goodbye to Saltmarsh this spring.",
        "In 2019 came a break: Costa was cast as Ada Finch, the niece of Tom Reed’s Walter, in "
        "the Harbour Lights Christmas specials opposite Jon Lea.",
        title=_TITLE,
    )
    assert ("Mirela Costa", "Ada Finch") not in served_pairs(found)


def test_played_part_with_aside_in_channel_work() -> None:
    found = facts(
        "Mirela Costa says goodbye to Saltmarsh this spring.",
        "Two years later Mirela Costa played Bea Quill, a wartime codebreaker, in ITV’s "
        "Cipher Hall, and the offers began to arrive.",
        title=_TITLE,
    )
    assert ("Mirela Costa", "Bea Quill") not in served_pairs(found)


def test_starred_as_part_with_aside_in_other_film() -> None:
    found = facts(
        "Mirela Costa says goodbye to Saltmarsh this spring.",
        "Her first lead came in 2020, when Mirela Costa starred as Nell Hardy, the vicar’s "
        "daughter, in Lowland Road.",
        title=_TITLE,
    )
    assert ("Mirela Costa", "Nell Hardy") not in served_pairs(found)


def test_our_own_work_after_the_aside_keeps_the_casting() -> None:
    found = facts(
        "Mirela Costa has been cast as Wenna Trask, the skipper’s stubborn niece, in Saltmarsh.",
        title=_TITLE,
    )
    assert ("Mirela Costa", "Wenna Trask") in served_pairs(found)
