"""Words read out from someone a pronoun stands for ("Gao reads a message from him:") are not
the reader's."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_the_reader_is_not_credited() -> None:
    found = facts(
        "Brannoch's cast took the stage at the convention on Saturday.",
        "Tamsin Quillfeather, asked about Ivo Tarrant-Lisbury’s absence (he is filming"
        " elsewhere), reads a message from him: “Tell everyone I am sorry I could not come.”",
        date="2026-03-02",
    )
    said = {q.text: q.speaker for q in found.quotes if q.served}
    assert said.get("Tell everyone I am sorry I could not come.") != "Tamsin Quillfeather"
