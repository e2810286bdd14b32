"""Words "what one publicist described as ‘...’" are the unnamed someone's, never those of a
person the sentence named before (a newcomer who walked the carpet)."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_what_an_unnamed_someone_called_it_is_theirs() -> None:
    for verb in ("described as", "called", "has described as"):
        found = facts(
            "The premiere of Orchard Lane drew a crowd on Sunday.",
            "Newcomer Tamsin Oyelaran-Hart also walked the carpet, as did Gideon Marlowe, who "
            f"received what one publicist {verb} “a roar fit for a cup final”.",
            date="2026-03-09",
        )
        said = [(q.speaker, q.served) for q in found.quotes if q.text.startswith("a roar")]
        assert said, found.quotes
        assert all(
            s not in ("Tamsin Oyelaran-Hart", "Gideon Marlowe") or not served for s, served in said
        ), said
