"""Quotes on invented text: a fan's post credited to a handle that ends its sentence ("...,”
wrote @saltmarsh_kat. Another fan ...") is the handle's, served: the full stop is not part of
the handle."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_a_handle_that_ends_its_sentence_keeps_the_post() -> None:
    for verb, handle in (("wrote", "@saltmarsh_kat"), ("posted", "@ferry.lights")):
        found = quote_speakers(
            "The Copper Bay trailer landed on Tuesday and fans were quick to react.",
            f"“i am not coping with this at all,” {verb} {handle}. Another fan, "
            "@gullwing_99, shared a screenshot of the final shot.",
        )
        assert found["i am not coping with this at all"] == (handle, True), verb
