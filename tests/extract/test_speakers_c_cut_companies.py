"""A company credited with a quote under only the end of its name ("Lowe Pictures" of "Fenwick &
Lowe Pictures", read as the sayer of "... of Fenwick & Lowe Pictures added") is no company the
article names: held back, never served; a company named whole keeps its words."""

from tests.extract.helpers import facts

_OPEN = "Tamsin Oakridge has finished shooting Corran Bay in Cornwall. "


def _quote(sentence: str) -> tuple[str, bool]:
    found = facts(_OPEN + sentence).quotes
    assert len(found) == 1, sentence
    return found[0].speaker, found[0].served


def test_the_end_of_a_joined_company_name_is_not_the_sayer() -> None:
    speaker, served = _quote(
        "Producer Mara Quist of Fenwick & Lowe Pictures added: “She simply was the part.”"
    )
    assert not (served and speaker == "Lowe Pictures")


def test_a_company_named_whole_keeps_its_words() -> None:
    speaker, served = _quote("Lowe Pictures added: “She simply was the part.”")
    assert (speaker, served) == ("Lowe Pictures", True)
    speaker, served = _quote("Fenwick & Lowe Pictures said: “She simply was the part.”")
    assert served and speaker != "Lowe Pictures"
