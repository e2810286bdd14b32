"""Mends of the round-121 review of quotes and speakers: a writer's "I ask" is no guest's
answer, a possessive opener gives no one to a later "he says", a name the speaker rang keeps
the speaker's own nested line, a shared post is its source's words, a possessive in an open
single-mark quotation does not close it, a topic's "he says" takes no new subject, a sayer's
own "while" clause is still theirs, a named head is the head, a featurette caption is its
speaker's, and a clip a person sends of the work is the work's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import PLAIN_QA, facts, served_quotes

_REACH = "The coastal drama Lantern Reach opened on Friday to strong reviews across Europe."
_ORCHARD = "Ada Vale and Tom Reed star in the coastal drama Low Orchard, which opens on Friday."


def _all(found: ArticleFacts) -> list[tuple[str, str, bool]]:
    return [(q.text[:12], q.speaker, q.served) for q in found.quotes]


def _answers(last: str) -> ArticleFacts:
    return facts(
        *PLAIN_QA,
        last,
        "What comes next?",
        "I honestly have no idea yet. I might sleep for a month.",
        title="‘I wanted the reach to feel like home’: Odile Brannagh on Lantern Reach",
    )


def test_the_writers_own_i_in_a_narrated_paragraph_is_no_answer() -> None:
    found = served_quotes(
        _answers("She grins when I ask. “We all cried,” she says. “Hana wanted one more take.”")
    )
    assert all(not text.startswith("She grins") for text, _ in found)
    assert ("We all cried", "Odile Brannagh") in found


def test_the_writers_own_we_in_a_narrated_paragraph_is_no_answer() -> None:
    found = served_quotes(
        _answers("When we bring up the van, Brannagh winces. “Never again,” she tells us.")
    )
    assert all(not text.startswith("When we") for text, _ in found)


def test_a_relatives_possession_gives_no_one_to_a_later_she_says() -> None:
    found = served_quotes(
        facts(
            "Pia Lorne scored the thriller Low Orchard.",
            "Ben Hale's mother was a church organist in Whitby. She taught him to read music.",
            "“I was hopeless at it,” she says.",
            title="Composer Pia Lorne on scoring the thriller Low Orchard.",
        )
    )
    assert all(speaker != "Ben Hale" for _, speaker in found)


def test_an_agents_possession_gives_no_one_to_a_later_he_says() -> None:
    found = served_quotes(
        facts(
            "Tom Reed stars in the new drama Low Orchard, out in May.",
            "Sam Orrin's agent phoned in 2019 with an offer for the part.",
            "“I turned it down twice,” he says.",
            title="Profile: Tom Reed on growing up on screen.",
        )
    )
    assert all(speaker != "Sam Orrin" for _, speaker in found)


def test_a_works_possession_gives_no_one_to_a_later_she_says() -> None:
    found = served_quotes(
        facts(
            "Tom Reed stars in the new drama Low Orchard, out in May.",
            "Low Orchard's director left the set in week two.",
            "“We parted as friends,” she says.",
        )
    )
    assert all(speaker != "Low Orchard" for _, speaker in found)


def test_a_persons_capitalised_work_gives_no_one_to_a_later_she_says() -> None:
    found = served_quotes(
        facts(
            "Tom Reed stars in the new drama Low Orchard, out in May.",
            "Ada Vale's new Brightcast drama premiered in May to good reviews.",
            "“It was a hard shoot,” she says.",
        )
    )
    assert all(speaker != "Ada Vale" for _, speaker in found)


def test_a_name_the_speaker_rang_keeps_the_speakers_nested_line() -> None:
    found = served_quotes(
        facts(
            "Ada Vale and Sam Orrin look back on the series that made them.",
            "‘We were the messy couple,’ Orrin says.",
            "‘I called Ada before the script went out and said, “I think Jem has earned this,”"
            " and she cried,’ Orrin recalls.",
            title="Podcast: Ada Vale and Sam Orrin look back on Fernhollow.",
        )
    )
    assert all(speaker != "Ada Vale" for text, speaker in found if text.startswith("I think Jem"))


def test_a_shared_post_from_another_account_is_not_the_sharers_quote() -> None:
    found = served_quotes(
        facts(
            _ORCHARD,
            "Fans cheered Ada Vale, who shared a post from the studio account: “Cameras roll"
            " on Monday!”",
        )
    )
    assert all(speaker != "Ada Vale" for _, speaker in found)


def test_what_a_director_told_the_relative_is_not_the_relatives_quote() -> None:
    found = served_quotes(
        facts(
            _ORCHARD,
            "The loudest laugh went to Ada Vale, who recalled what her director told her:"
            " “Stop acting.”",
        )
    )
    assert all(speaker != "Ada Vale" for _, speaker in found)


def test_an_open_single_mark_quotation_is_not_cut_at_a_plural_possessive() -> None:
    found = served_quotes(
        facts(
            _REACH,
            "Hana Velde, who plays Mira, remembers the first week.",
            "‘My cousins’ farm was two miles from the set, so I walked in every morning.",
            "‘It was the best summer of my life,’ she said.",
        )
    )
    assert all(text != "My cousins" for text, _ in found)


def test_an_unclosed_post_is_not_cut_at_a_plural_possessive() -> None:
    found = served_quotes(
        facts(_REACH, "Hana Velde wrote: ‘Thanks to all the fans’ patience. Series two is near")
    )
    assert all(text != "Thanks to al" for text, _ in found)


def test_a_topic_he_says_takes_no_new_subject_from_the_sentence_before() -> None:
    found = served_quotes(
        facts(
            "Ravi Denholm looks back on growing up in public.",
            "Denholm grew up in Hull. His father, Sam Orrin, ran a bakery.",
            "Director Ada Vale, he says, “let us be silly for a week”.",
            title="Profile: Ravi Denholm on growing up in public and his last film as Sol.",
        )
    )
    assert all(speaker != "Sam Orrin" for _, speaker in found)


def test_a_sayers_own_while_clause_stays_theirs() -> None:
    found = served_quotes(
        facts(
            _ORCHARD, "Ada Vale said the shoot was hard, while the sea was “a monster every day”."
        )
    )
    assert found == [("a monster ev", "Ada Vale")]


def test_a_head_named_just_before_is_the_head() -> None:
    found = served_quotes(
        facts(
            _ORCHARD,
            "Mina Ocampo, Brightcast's head of drama, was delighted. The head of drama said Reed"
            " was “the obvious choice”.",
        )
    )
    assert found == [("the obvious ", "Mina Ocampo")]


def test_a_watch_line_quoting_its_speaker_is_their_quote() -> None:
    found = served_quotes(
        facts(
            _REACH,
            "Odile Brannagh plays the keeper.",
            "Watch: “I wanted it to feel like home,” says Brannagh in a new featurette.",
        )
    )
    assert found == [("I wanted it ", "Odile Brannagh")]


def test_a_listen_line_in_capitals_names_the_episode() -> None:
    found = served_quotes(
        facts(_REACH, "LISTEN: The Long Take, episode 41 — Odile Brannagh, “Salt and stone”")
    )
    assert found == []


def test_a_clip_sent_to_followers_is_the_works_line() -> None:
    found = served_quotes(
        facts(
            _REACH,
            "Odile Brannagh, who plays Mira Holt, marked the premiere online. She sent her fans"
            " a clip. ‘Nobody leaves the reach,’ she says in the clip, the opening line.",
        )
    )
    assert found == []


def test_a_video_teaser_sent_out_is_the_works_line() -> None:
    found = served_quotes(
        facts(
            _REACH,
            "Odile Brannagh, who plays Mira Holt, marked the premiere online. She sent a new"
            " video teaser to her fans. ‘Nobody leaves the reach,’ she says in the clip.",
        )
    )
    assert found == []


def test_a_named_agent_after_the_words_is_their_speaker() -> None:
    found = served_quotes(
        facts(_ORCHARD, "Reed was declared “the find of the decade” by Ada Vale last week.")
    )
    assert found == [("the find of ", "Ada Vale")]


def test_an_unnamed_agent_after_the_words_is_no_one() -> None:
    found = served_quotes(
        facts(_ORCHARD, "The script was deemed “impossible to shoot” by at least two studios.")
    )
    assert all(speaker == "" for _, speaker in found)
