"""More verb phrases that credit crew, each with the substrings that must be in the sentence
before its pattern is tried: "X directed and co-wrote the screenplay" (both credits), and "X
produced for Bergen-based Y Films." (a producer's credit told with the company), "X, who
directed, ..." (a review's director, nothing named after the verb), "X directed, Y wrote the
script" (a run of credits), "X, who wrote the screenplay
and executive produced the film", "X is back to write the music", "X created and wrote the
series" and "X is writing and directing the adaptation"."""

from __future__ import annotations

from bot.facts import CrewRole

_DIRECTED_AND_WROTE = (
    r"(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?:co-)?directed[ ]and[ ](?:also[ ])?(?:co-)?"
    r"(?:wrote|penned|scripted)[ ](?:the|its)[ ](?:film[’']s[ ])?(?:screenplay|script|film)\b"
    r"(?![’'-]|[ ][A-Z“\"‘'])"
)
_ALONGSIDE = (
    r"[ ]alongside[ ][A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,2}[ ](?:of|at|from)[ ](?:the[ ])?"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'&-]*){0,3}(?:[ ]*[.;]|[ ]*$|,[ ]with[ ])"
)
_PRODUCED_FOR = (
    r"(?<![\w-])(?<!who[ ])(?<!has[ ])(?<!have[ ])(?<!had[ ])(?<!was[ ])(?<![ ]is[ ])(?<!been[ ])"
    r"produced[ ]for[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'&-]*){0,3}"
    rf"(?=[ ]*[.;]|[ ]*$|{_ALONGSIDE}|,[ ](?:and|while|but)[ ][A-Z])"
)
"""The sentence ends with the company: "for X Films, which made Y" may credit another film; or
a co-producer follows, told with their company ("... alongside Y of Z Pictures, with ..."); or
a clause of its own with its own subject ("X produced for Y Films, and Z's score is ...")."""
_AMONG_PRODUCERS = r"(?<=[a-z][ ])among[ ]the[ ]producers\b(?![ ](?:of|for|on)[ ][A-Z“‘'\"])"
"""Producers listed without a verb: "with A and B among the producers"."""
ACTIVE_ADAPTED = r"(?<![ ]is[ ])(?<![ ]was[ ])(?<![ ]be[ ])(?<!been[ ])adapted"
"""An active "adapted" ("X adapted the novel"), not the passive "is adapted from" that names the
work's source, not its writer."""
_ADAPTING_OWN = (
    rf"(?<![\w-])(?:adapting|adapts|{ACTIVE_ADAPTED})[ ]"
    r"(?:the[ ](?:[a-z]+[ ]){0,3}?(?:volumes?|books?|instalments?|parts?)[ ]of[ ])?"
    r"(?:his|her|their)[ ](?P<own>own[ ])?(?:[a-z0-9]+[ ]){0,2}?(?:graphic[ ])?"
    r"(?:books?|novels?|memoirs?|plays?|comics?)"
    r"(?:[ ]for[ ]the[ ](?:screen|big[ ]screen|screenplay)\b"
    r"|[ ](?:herself|himself|themselves)(?=[,;.]|$)"
    r"|(?(own)(?<!play)(?<!plays)(?=[,;.]|$)|(?!)))"
)
"""The author writing the film of their own book: "with X adapting their graphic novels for the
screen", "X, who adapted the final volume of their novels for the screen" (both credits; "for
the screen" says it is this film's script; "was adapted" is a passive, no one's act). "Own",
the clause ending at the book, says so too: "X, who created the show and adapted his own
novels, ..." (not "adapted her own novel in 2019" nor "into the series T": a dated or other
work's adaptation; nor "adapted his own radio play": a play's writer is no author here)."""
_WHOLE = (
    r"(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?:co-)?directed[ ]the[ ](?:whole|entire)[ ]"
    r"(?:thing|film|movie|feature|series|season|show)\b(?![’'-]|[ ](?:of|for)\b)"
)
"""The whole production: "yes, X directed the whole thing" (no second director)."""
_DOING_SCORE = (
    r"(?<![\w-])(?:(?:is|are|will[ ]be)(?:[ ](?:also|again))?[ ]doing|will[ ]do|does)[ ]the[ ]"
    r"(?:film[’']s[ ]|series[’'][ ])?(?:score|music|soundtrack)\b(?![’'-]|[ ](?:of|for|on)\b)"
)
"""A composer told plainly: "X is doing the score again", "Y will do the music"."""
_COMPOSING = r"(?<![\w-])composing(?=[.;]|,[ ]|$)"
"""A composer in an absolute phrase, the verb closing it: "with A shooting and B composing"."""
_BACK_AS_PRODUCER = (
    r"(?<![\w-])(?:returns|returning|is[ ]back|comes[ ]back|joins|joining)[ ]as[ ](?:a[ ]|the[ ])?"
    r"producer\b(?![ ](?:of|on|for|at)[ ][A-Z“\"‘'])"
)
"""A producer back or new, told with the post: "X returns as producer" ("as producer on Y" is
another work's)."""
_BACK_TO_SCORE = (
    r"(?<![\w-])(?:returns|returning|is[ ]back|comes[ ]back|will[ ]return)[ ]to[ ]score"
    r"(?:[ ]the[ ](?:film|movie|sequel|series))?(?=[,.;]|$)"
)
"""A composer back for our work: "X, whose music defined the series, returns to score" (to score
"a documentary" next is another work's)."""
_SCRIPT_AND_BOOKS = (
    r"(?<![\w-])(?:wrote|writes|penned|co-wrote)[ ]the[ ](?:screenplay|script)[ ]"
    r"(?:and|as[ ]well[ ]as)[ ](?:the|all[ ]the)[ ](?:original[ ])?(?:graphic[ ])?"
    r"(?:books|novels|comics|webcomic)\b(?![’'-]|[ ](?:of|for|about)\b)"
)
"""The author who also wrote the film: "X, who wrote the script as well as the graphic novels"
(the books the film comes from; "the novels of Y" are Y's)."""
BEGAN_AS = (
    r"(?:,[ ]who)?[ ](?:first[ ])?(?:began|started|launched|created|drew)[ ]"
    r"(?:it[ ]|the[ ](?:story|characters)[ ])?as[ ]an?[ ]"
    r"(?:webcomic|comic|novel|book|graphic[ ]novel|web[ ]series)\b(?![ ][a-z]+(?:ist|er)\b)"
)
"""After the source's maker: "... began as a webcomic", "X, who created the story as a webcomic
in 2018" (the story is ours; "started as a comic artist" is a trade, no work)."""
_BEGAN_IN_FORM = (
    r"(?<![\w-])(?:first[ ])?(?:began|started|launched|drew)[ ](?:it[ ]|the[ ]story[ ])?in[ ]"
    r"(?:webcomic|comic|comic[ ]book|novel|book|graphic[ ]novel)[ ]form\b"
)
"""The source's author told by its first form: "the story X began in webcomic form" (the books,
not the show: no creator's credit)."""
_CHAIR = (
    r"(?<![\w-])(?:returns[ ]to|is[ ]returning[ ]to|will[ ]return[ ]to|takes|will[ ]take|"
    r"is[ ]taking|steps[ ]into|is[ ](?:back[ ])?in|will[ ]be[ ](?:back[ ])?in)[ ]the[ ]"
    r"director[’']s[ ]chair\b(?![ ](?:of|for|on)[ ][A-Z“\"‘'])"
)
"""The director in the trade's figure of speech: "X returns to the director's chair", "Y takes
the director's chair" ("the director's chair on Z", another work, is not)."""
_WHO_DIRECTED = r"(?<=[ ]who[ ])(?:co-)?directed(?=,[ ])"
"""The director in a review's aside, the verb with no object: "X, who directed, gives ..."."""
_DIRECTED_IN_A_RUN = (
    r"(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?<![ ]who[ ])(?:co-)?directed(?=(?:,[ ]|,?[ ]and[ ])"
    r"(?:[A-Z][\w’'-]*[ ]){1,3}(?:co-)?(?:wrote|penned|scripted|produced|scored|shot|edited)\b)"
)
"""A run of credits, the first verb with no object: "X directed, Y wrote the script, and Z
produced", "X directed and Y scored"."""
_WROTE_IT_IN_A_RUN = (
    r"(?<![\w-])(?:co-)?(?:wrote|scripted)[ ]it(?=(?:,[ ]|,?[ ]and[ ])"
    r"(?:[A-Z][\w’'-]*[ ]){1,3}(?:co-)?(?:directed|produced|scored|shot|edited)\b)"
)
"""A run of credits opened by the writer, "it" the work the run is about: "X wrote it, Y
directed" (the verbs after it credit their own names)."""
_AND_EXECUTIVE_PRODUCED = (
    r"(?<=[a-z][ ]and[ ])(?:co-)?(?:executive|exec)[ -]produced[ ](?:the|this|its)[ ]"
    r"(?:film|movie|feature|series|show|adaptation)\b(?![’'-]|[ ](?:of|for)\b|[ ][A-Z“\"‘'])"
)
"""A second verb after another credit: "X, who wrote the screenplay and executive produced the
film" ("executive produced by" is a passive, not this)."""
_WRITE_MUSIC = (
    r"(?<![\w-])(?:write|writes|writing|compose|composes|composing)[ ]the[ ]"
    r"(?:film[’']s[ ]|series[’'][ ])?(?:music|soundtrack)\b(?![’'-]|[ ](?:of|for|on)\b)"
)
"""A composer told with "the music": "X is back to write the music" ("the music for Y" is
another work's)."""
_CREATED_AND_WROTE = (
    r"(?<![\w-])(?:co-)?created[ ]and[ ](?:also[ ])?(?:writes|wrote|co-writes|co-wrote)[ ]"
    r"(?:the|this)[ ](?:show|series)\b(?![’'-]|[ ][A-Z“\"‘'])"
)
"""The writer who made the show: "X created and wrote the series", "X, who created and writes
the series" ("the series Y" names another one)."""
_WRITING_AND_DIRECTING = (
    r"(?<![\w-])(?:(?:is|are|will[ ]be)[ ]writing[ ]and[ ]directing|will[ ]write[ ]and[ ]direct)"
    r"[ ](?:the|this|its)[ ](?:film|movie|feature|adaptation|series|show)\b(?![’'-]|[ ][A-Z“\"‘'])"
)
"""Both credits in one phrase: "X is writing and directing the adaptation" (not "a film", which
may be any)."""
_OWN_ADAPTATION = (
    rf"{_WRITING_AND_DIRECTING}[ ]of[ ](?:his|her|their)[ ](?:own[ ])?(?:[\w-]+[ ]){{0,3}}?"
    r"(?:graphic[ ])?(?:books?|novels?|memoirs?|comics?)\b"
)
"""The author among them: "X is writing and directing the adaptation of her 2021 novel"."""
_AS_DIRECTOR = (
    r"(?<![\w-])(?:is|will[ ]be|(?:returns|returning|is[ ]back|serves|joins|signed[ ]on)[ ]as)[ ]"
    r"(?:the[ ])?(?:film[’']s[ ]|series[’'][ ]|show[’']s[ ])?director(?=[,.;]|[ ]and[ ][A-Z])"
)
"""The post alone at a clause's end: "X, who made two shorts, is the director.", "Y returns as
director", "with Y returning as director and Z producing" (more after it, "the director of Z"
or "the director everyone wanted", is not)."""
_WRITES_AND_DIRECTS = r"(?<![\w-])(?:co-)?writes[ ]and[ ](?:also[ ])?(?:co-)?directs(?=[,.;]|$)"
"""Both posts told with no object, the verbs closing the clause: "X, whose debut T was a hit,
writes and directs." ("directs" alone already credits the director)."""
MORE_ACTIVE: tuple[tuple[str, CrewRole], ...] = (
    (_CHAIR, CrewRole.DIRECTOR),
    (_WHOLE, CrewRole.DIRECTOR),
    (_DOING_SCORE, CrewRole.COMPOSER),
    (_COMPOSING, CrewRole.COMPOSER),
    (_BACK_AS_PRODUCER, CrewRole.PRODUCER),
    (_BACK_TO_SCORE, CrewRole.COMPOSER),
    (_SCRIPT_AND_BOOKS, CrewRole.AUTHOR),
    (_BEGAN_IN_FORM, CrewRole.AUTHOR),
    (_DIRECTED_AND_WROTE, CrewRole.DIRECTOR),
    (_DIRECTED_AND_WROTE, CrewRole.WRITER),
    (_PRODUCED_FOR, CrewRole.PRODUCER),
    (_AMONG_PRODUCERS, CrewRole.PRODUCER),
    (_ADAPTING_OWN, CrewRole.WRITER),
    (_ADAPTING_OWN, CrewRole.AUTHOR),
    (_WHO_DIRECTED, CrewRole.DIRECTOR),
    (_DIRECTED_IN_A_RUN, CrewRole.DIRECTOR),
    (_WROTE_IT_IN_A_RUN, CrewRole.WRITER),
    (_AND_EXECUTIVE_PRODUCED, CrewRole.EXECUTIVE_PRODUCER),
    (_WRITE_MUSIC, CrewRole.COMPOSER),
    (_CREATED_AND_WROTE, CrewRole.WRITER),
    (_WRITING_AND_DIRECTING, CrewRole.DIRECTOR),
    (_WRITING_AND_DIRECTING, CrewRole.WRITER),
    (_OWN_ADAPTATION, CrewRole.AUTHOR),
    (_AS_DIRECTOR, CrewRole.DIRECTOR),
    (_WRITES_AND_DIRECTS, CrewRole.WRITER),
)
MORE_KEYS: tuple[tuple[str, ...], ...] = (
    ("s chair",),
    ("directed the whole", "directed the entire"),
    ("doing the", "do the", "does the"),
    ("composing",),
    (" as producer", " as a producer", " as the producer"),
    ("to score",),
    ("wrote the s", "writes the s", "penned the s", "co-wrote the s"),
    (" form",),
    ("directed and",),
    ("directed and",),
    ("produced for",),
    ("among the producers",),
    ("adapting", "adapted", "adapts"),
    ("adapting", "adapted", "adapts"),
    ("who directed,", "who co-directed,"),
    ("directed, ", "directed and "),
    ("wrote it", "scripted it"),
    ("and executive produced", "and exec produced", "and executive-produced", "and exec-produced"),
    ("the music", "the soundtrack", "s’ music", "s' music", "s’ soundtrack", "s' soundtrack"),
    ("created and",),
    ("writing and directing", "write and direct"),
    ("writing and directing", "write and direct"),
    ("writing and directing", "write and direct"),
    ("director,", "director.", "director;", "director and "),
    ("writes and ",),
)
