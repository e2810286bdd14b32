"""Quotes on invented text: words in marks a post only talks about (a rumour listed with its
verdict, a line made the subject of a sentence, a meme's "Me ...:" thought) are held; a reply's
handle after a thread's reply marker, a slogan of short sentences, words someone "would only say
that" and a clip someone posts of themselves are real quotes."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_THREAD = "r/CopperBay · Posted by u/bay_mods · 2 May 2027"


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts(*paragraphs, date="2027-05-02")
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_listed_rumour_with_a_dash_verdict_is_held() -> None:
    served = _served(
        "The Copper Bay film screened at a festival last night.",
        "DEBUNKED",
        "- “There's a secret ending after the credits” — people who were there say no.",
    )
    assert "There's a secr" not in served


def test_a_listed_post_signed_by_a_handle_is_not_a_rumour() -> None:
    served = _served(
        "The Copper Bay film screened at a festival last night.",
        "BEST REACTIONS",
        "- “the pier scene wrecked me, honestly” - u/gullcry_",
    )
    assert "the pier scene" in served


def test_a_line_made_the_subject_of_a_sentence_is_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Nell Harrow said about four words and I had to pause it. “Keep the lamp lit for me,"
        " pet” is going to live in my head forever.",
    )
    assert "Keep the lamp " not in served


def test_words_then_how_they_were_put_stay_a_remark() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Nell Harrow was asked about the ending. “We argued about it for a year” was how she put"
        " it.",
    )
    assert "We argued abou" in served


def test_a_memes_me_thought_is_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Me at 7:30pm: “just the first episode then bed.” Me at 2am: still watching.",
    )
    assert "just the first" not in served


def test_a_reply_marked_with_its_handle_is_the_handles() -> None:
    served = _served(
        _THREAD,
        "u/pierwatch: “Is Nell Harrow in it for long or is it a cameo?”",
        "> u/lampkeeper_9: “Much more than a cameo. No spoilers!”",
    )
    assert served["Much more than"] == ("u/lampkeeper_9", SourceKind.ORGANISATION)


def test_the_thread_posters_reply_stays_credited_to_no_one() -> None:
    served = _served(
        _THREAD,
        "u/pierwatch: “Is Nell Harrow in it for long or is it a cameo?”",
        "> u/bay_mods: “Good question, keep it spoiler-free please.”",
    )
    assert served["Good question,"][0] == ""


def test_a_slogan_of_short_sentences_is_a_quote() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "The official Vela TV account replied to its own post: “Snack. Sob. Rewatch.”",
    )
    assert "Snack. Sob. Re" in served


def test_a_short_capitalised_title_is_still_no_quote() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Its theme, “The Lamp Room”, was written by Ada Crane.",
    )
    assert "The Lamp Room" not in served


def test_words_someone_would_only_say_that_are_theirs() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "There is talk of a sequel, though Ada Crane would only say that “plans are being made”.",
    )
    assert served["plans are bein"] == ("Ada Crane", SourceKind.PERSON)


def test_words_in_a_clip_someone_posted_of_themselves_are_theirs() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Tom Reyes, who plays Wren, has posted a video thanking fans. “I read these books at"
        " twelve,” he says in the clip.",
    )
    assert served["I read these b"] == ("Tom Reyes", SourceKind.PERSON)


def test_words_said_in_the_works_clip_stay_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Tom Reyes plays Wren, and the new footage is tense. “Nobody leaves the pier,” he says in"
        " the clip.",
    )
    assert "Nobody leaves " not in served


def test_a_denied_claim_in_marks_is_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "No, the film is not “getting a cinema run in August”. That screenshot is fake.",
    )
    assert "getting a cinema run in August"[:14] not in served


def test_a_parts_line_about_words_is_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Dr Vane's line about “the kind of quiet that fills a house” drew gasps.",
    )
    assert "the kind of qu" not in served


def test_words_a_post_watches_someone_say_as_that_line_are_held() -> None:
    served = _served(
        _THREAD,
        "u/pierwatch: “Nobody leaves the pier tonight.” My flatmate keeps quoting the line at"
        " breakfast.",
    )
    assert "Nobody leaves " not in served


def test_unattributed_words_called_a_line_are_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "In it, Wren tells Mara, “Nobody leaves the pier tonight,” a line that has already"
        " turned up on a thousand mugs.",
    )
    assert "Nobody leaves " not in served


def test_a_named_persons_remark_called_a_line_stays_served() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Ada Crane called the film “the best thing I have ever made”, a line that drew the"
        " loudest cheer of the night.",
    )
    assert served["the best thing"] == ("Ada Crane", SourceKind.PERSON)


def test_words_confirmed_to_us_that_are_a_quotation() -> None:
    found = facts(
        "The Copper Bay film is out now.",
        "Wren is not in the trailer, and a Vela TV spokesperson confirmed to us that “Wren is"
        " not part of the film”.",
        date="2027-05-02",
    )
    assert any(q.text.startswith("Wren is not part") for q in found.quotes)


def test_a_term_after_a_determiner_stays_no_quotation() -> None:
    found = facts(
        "The Copper Bay film is out now.",
        "Fans keep asking about that “secret ending” from the festival screening.",
        date="2027-05-02",
    )
    assert all(not q.served for q in found.quotes if q.text.startswith("secret ending"))


def test_a_fans_is_giving_vibe_is_held() -> None:
    served = _served(
        _THREAD,
        "Honestly Nell is serving “tired harbour master who has seen it all” in every scene.",
    )
    assert "tired harbour " not in served


def test_a_name_a_project_was_referred_to_as_is_held() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "After months of being referred to simply as “the Copper Bay film”, the project was"
        " titled Tidewalk in January.",
    )
    assert "the Copper Bay" not in served


def test_a_long_remark_after_referred_to_as_stays_served() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Ada Crane said the shoot, referred to as “the hardest ten weeks of my life”, ended in"
        " March.",
    )
    assert "the hardest te" in served


def test_a_named_speakers_denial_in_marks_stays_served() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Ada Crane said the film was not “a sequel in disguise, whatever people think”.",
    )
    assert served["a sequel in di"[:14]] == ("Ada Crane", SourceKind.PERSON)


def test_a_named_speakers_giving_stays_served() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Ada Crane said the new series was giving “everything we hoped for and more”.",
    )
    assert served["everything we "] == ("Ada Crane", SourceKind.PERSON)


def test_a_reviewed_scenes_line_that_lands_is_held() -> None:
    served = _served(
        "Copper Bay review: a quiet, aching finale",
        "Late in the episode Nell tells the harbour board she will not sell. “This pier was my"
        " father’s,” she says quietly. The line stings more than any shouting could.",
    )
    assert "This pier was " not in served


def test_a_remark_then_the_rooms_reaction_stays_served() -> None:
    served = _served(
        "The Copper Bay film premiered in London last night.",
        "Ada Crane told the crowd, “Somebody has to keep the lamp lit,” and the room laughed.",
    )
    assert served["Somebody has t"] == ("Ada Crane", SourceKind.PERSON)


def test_what_people_keep_asking_us_to_do_is_held() -> None:
    served = _served(
        _THREAD,
        "Mods note: people keep telling us to “just make a spoiler channel”, but that is not"
        " happening.",
    )
    assert "just make a sp" not in served


def test_a_named_person_asking_someone_to_do_something_stays_served() -> None:
    served = _served(
        "The Copper Bay film is out now.",
        "Ada Crane said she had asked them to “keep the ending exactly as it was written”.",
    )
    assert served["keep the endin"] == ("Ada Crane", SourceKind.PERSON)


def test_a_linked_interviews_headline_in_brackets_is_held() -> None:
    served = _served(
        _THREAD,
        "Also worth a listen: the director’s podcast episode (“Why the sea had to win”), linked"
        " below.",
    )
    assert "Why the sea ha" not in served
