"""Round 119's quote rules held to their near misses: a reply after a post "posting as" a handle,
or a poster answering one, is not that account's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_FANS = "Fans of Saltmarsh reacted online on Friday as the finale dropped."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in facts(*paragraphs, date="2026-04-02").quotes if q.served]


@pytest.mark.parametrize(
    "thread",
    [
        "A fan posting as @plumtreegal asked: “Is this really the end?” Another replied: "
        "“It is, sadly.”",
        "Another, replying to a fan posting as @plumtreegal, wrote: “It is, sadly.”",
        "A user posting as @plumtreegal started the thread on Friday! Another wrote: "
        "“It is, sadly.”",
        "One viewer, answering a fan posting as @plumtreegal, wrote: “It is, sadly.”",
    ],
)
def test_a_reply_to_a_post_posting_as_a_handle_is_not_that_account(thread: str) -> None:
    served = _served(_FANS, thread)
    assert ("It is, sadly.", "@plumtreegal") not in served, served


def test_the_post_itself_posting_as_a_handle_is_still_that_account() -> None:
    served = _served(
        _FANS,
        "A fan posting as @plumtreegal asked: “Is this really the end?” Another replied: "
        "“It is, sadly.”",
    )
    assert ("Is this really the end?", "@plumtreegal") in served, served


_COMPOSER = "Composer Hana Welk has scored Tin Orchard, the new drama from director Ravi Osterhaus."


def _inner(paragraph: str) -> list[tuple[str, str]]:
    found = facts(_COMPOSER, paragraph, date="2026-04-02", title="Hana Welk on Tin Orchard")
    return [(q.text, q.speaker) for q in found.quotes if q.served and q.speaker != "Hana Welk"]


@pytest.mark.parametrize(
    "memory",
    [
        "Ravi wrote ‘Tin Orchard’ in a fortnight and I scored it in a month",
        "Osterhaus wrote ‘The Kettle Song’ for the last scene",
        "Ravi Osterhaus wrote ‘Marrowdale Nights’ when he was 24",
        "Ravi wrote ‘Dear John’ and ‘The Lamp’, two of the best scripts I have read",
        "Ravi used to say ‘Tin Orchard’ was the best title he ever had",
        "Ravi said ‘Copper Bells’ was the best title he ever had",
        "we’d let Ravi go ‘First Light’ on the piano",
        "Ravi told me ‘Blue Hour’ was his favourite song",
    ],
)
def test_a_title_after_a_named_persons_verb_is_not_their_line(memory: str) -> None:
    said = _inner(f"“I knew him from film school. {memory},” Welk said.")
    assert said == [], said


@pytest.mark.parametrize(
    ("memory", "line"),
    [
        ("Ravi said to me, ‘Never again.’ And he meant it", "Never again."),
        ("Ravi kept saying ‘No way’ and then he did it", "No way"),
        (
            "we did the last take and Ravi just said ‘That’s Tin Orchard,’ and I had to sit down",
            "That’s Tin Orchard",
        ),
        ("Ravi wrote: ‘Keep the kettle in.’ So I did", "Keep the kettle in."),
        ("Ravi would wave and go, ‘Are you done yet?’ and I’d say no", "Are you done yet?"),
    ],
)
def test_a_named_persons_own_line_in_inner_marks_is_still_theirs(memory: str, line: str) -> None:
    said = _inner(f"“I knew him from film school. {memory},” Welk said.")
    assert said == [(line, "Ravi Osterhaus")], said


_RETURNS = "Tidewell returns on Friday April 17."


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Ada Vale, and not director Tom Reed, insisted that the ending was “non-negotiable”.",
         "Ada Vale"),
        ("“It is a dream,” Ada Vale, and not her agent Tom Reed, insisted.", "Ada Vale"),
        ("Star Ada Vale, and her husband Tom Reed, said they were “overjoyed” by the news.",
         "Ada Vale"),
        ("“We were thrilled,” Ada Vale, and later Tom Reed, told reporters.", "Ada Vale"),
        ("“We cried,” Ada Vale, and co-star Tom Reed, told Variety.", "Ada Vale"),
        ("“It was my idea,” Ada Vale, and not the studio, insists.", "Ada Vale"),
        ("“We are proud of every minute,” director Ada Vale, and the BBC, said in a joint"
         " statement.", "Ada Vale"),
        ("The score was put together by music supervisor Ansel Brack, and composer Mira Tollan,"
         " who wrote the main theme, said there is “a new version of an old favourite” on it.",
         "Mira Tollan"),
    ],
)  # fmt: skip
def test_an_and_aside_gives_the_words_to_its_name_only_as_a_clause_of_its_own(
    line: str, speaker: str
) -> None:
    served = _served(_RETURNS, line)
    assert [who for _, who in served] == [speaker], served


_COASTAL = "Saltmarsh, Tamsin Rook’s coastal drama, opens in May."


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Tamsin Rook admitted that her “absolute nightmare” was the weather.",
         "absolute nightmare", "Tamsin Rook"),
        ("Rook told Variety that the “big twist” is still to come.", "big twist", "Tamsin Rook"),
        ("Rook described the film as “a love letter to the coast” and said its “real heart” was"
         " the town.", "real heart", "Tamsin Rook"),
        ("Lead actor Ada Vale said the “kiss” was improvised.", "kiss", "Ada Vale"),
    ],
)  # fmt: skip
def test_a_named_persons_fragment_before_its_verb_stays_served(
    sentence: str, fragment: str, speaker: str
) -> None:
    served = _served(_COASTAL, sentence)
    assert (fragment, speaker) in served, served


def test_a_persons_label_only_rumoured_is_still_held() -> None:
    served = _served(_COASTAL, "Tamsin Rook said a deal with a “major studio” was rumoured.")
    assert served == [], served


_STAR = "Ada Vale will star in Low Water, the BBC has confirmed."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Vale revealed the news during an appearance on The Mira Tollan Show. “You kept that"
          " quiet,” said Mira Tollan.",), "Mira Tollan"),
        (("Vale revealed the news on The Mira Tollan Show on Friday night.",
          "Host Mira Tollan was delighted. “She will be brilliant,” Tollan said."), "Mira Tollan"),
        (("Vale broke the news on The Tom Reed Show on Friday night. Reed could not hide his"
          " delight. “Best news all year,” he said.",), "Tom Reed"),
        (("She was spotted with rapper The Kid Marrow at the party. “We are just friends,”"
          " Marrow said later.",), "Kid Marrow"),
    ],
)  # fmt: skip
def test_a_host_or_a_stage_name_after_a_capital_the_still_speaks(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    served = _served(_STAR, *paragraphs)
    assert [who for _, who in served][-1:] == [speaker], served


def test_a_person_after_the_and_an_honorific_still_speaks() -> None:
    served = _served(
        _STAR,
        "The service was led by The Reverend Tom Reed, a friend of the family. “She was the"
        " funniest person I knew,” Reed said.",
    )
    assert [who for _, who in served] == ["Reverend Tom Reed"], served


@pytest.mark.parametrize(
    "question",
    [
        "And does he miss Olly already?",
        "But does he miss Olly already?",
        "So, is he done with Olly?",
    ],
)
def test_a_question_in_a_profiles_voice_names_no_one_he_stands_for(question: str) -> None:
    found = facts(
        "Dario Venn was nine when he booked his first job.",
        "The drama was Saltmere, and Olly Marsh – the swimmer who falls for the boy next door –"
        " turned Venn into a star.",
        "Venn is cagey about what’s next. “Rumours are lovely,” he says.",
        f"{question} He laughs. “Ask me in a year.”",
        date="2026-04-02",
        title="Dario Venn: the boy from Saltmere has grown up",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Ask me"))
    assert quote.speaker == "Dario Venn", quote
