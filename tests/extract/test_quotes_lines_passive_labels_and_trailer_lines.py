"""Words in marks that a thing "used to be called" or "is often called", with no one said to
call it, are a label, not a quote, even in a sentence whose subject speaks elsewhere; a line a
part speaks in a trailer, given as that part's ("the closing words go to Jory: “...”"), is the
work's, not the actor's quote."""

from tests.extract.helpers import facts, served_quotes


def test_a_label_after_used_to_be_called_is_no_quote() -> None:
    found = facts(
        "Wenna Probert is the star of Reedmere, the new six-part drama.",
        "She plays a ferry pilot who hides a stowaway. Parts like hers used to be called “a "
        "showcase”; she prefers “mostly wet socks”.",
    )
    assert [q for q in served_quotes(found) if q[0] == "a showcase"] == []


def test_a_label_after_is_often_called_is_no_quote() -> None:
    found = facts(
        "Tobiah Quell, 41, has written the new Reedmere series.",
        "He works in a shed that is often called “the office” by his children, and he "
        "laughs about it now.",
    )
    assert [q for q in served_quotes(found) if q[0] == "the office"] == []


def test_a_remark_someone_calls_a_thing_is_still_a_quote() -> None:
    found = facts(
        "Wenna Probert is the star of Reedmere, the new six-part drama.",
        "She plays a ferry pilot who hides a stowaway. Probert calls it “a lot of standing in "
        "the rain”.",
    )
    assert ("a lot of sta", "Wenna Probert") in served_quotes(found)


def test_a_characters_last_line_in_a_trailer_is_no_quote() -> None:
    found = facts(
        "The Reedbed trailer is finally here.",
        "Most of it is Wenna (Maren Coyle) waiting by the water, with Jory (Aled Brice) glimpsed "
        "twice. The words that close it go to Jory: “Same tide tomorrow?”",
        title="Reedmere trailer: everything we spotted",
    )
    assert served_quotes(found) == []


def test_a_characters_line_in_a_teaser_given_as_theirs_is_no_quote() -> None:
    found = facts(
        "Netflix has dropped a first teaser for Reedmere.",
        "Maren Coyle plays Wenna, and the teaser's only words are Wenna's: “Keep the lamp lit.”",
    )
    assert served_quotes(found) == []


def test_an_actors_own_words_about_the_trailer_are_still_a_quote() -> None:
    found = facts(
        "The Reedbed trailer is finally here.",
        "“I cried when I saw the final cut of it,” Maren Coyle said on Tuesday.",
    )
    assert served_quotes(found) == [("I cried when", "Maren Coyle")]
