"""A handle opening a sentence starts a new sentence, and posts the caption it introduces."""

from tests.extract.helpers import facts, served_quotes


def test_a_handle_after_a_full_stop_is_the_captions_poster() -> None:
    for line in (
        "A handful of sharp-eyed fans saw a stranger. @quayside_rowers zoomed in on Pell Ardent, "
        "who plays Rook, with the caption “who is the quiet one and why is he staring”.",
        "Some viewers spotted the new cast. @quayside_rowers shared a still of the lighthouse "
        "with the caption “who is the quiet one and why is he staring”.",
    ):
        found = facts(
            "The first trailer for Lantern Hill arrived on Tuesday evening.",
            line,
            date="2026-06-02",
            title="Lantern Hill trailer: the reactions",
        )
        assert ("who is the q", "@quayside_rowers") in served_quotes(found), line
