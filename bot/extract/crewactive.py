"""The verb phrases that credit crew ("X is directing", "X returns as composer"), each role with the
substrings a sentence must hold before its phrases are tried (:data:`ACTIVE_KEYS`)."""

from __future__ import annotations

from bot.extract.crewowners import PLATFORM
from bot.extract.crewscores import FILM_WORK, SCORED
from bot.extract.crewshoottimes import SHOOT_TIME
from bot.extract.crewverbs import ACTIVE_ADAPTED, MORE_ACTIVE, MORE_KEYS
from bot.extract.lexicon import CHANNEL_NAME
from bot.facts import CrewRole

FILM = r"(?:the[ ]|its[ ]|a[ ]|this[ ]|our[ ])?(?:film[’']s[ ]|movie[’']s[ ]|new[ ])?"
ACTIVE: tuple[tuple[str, CrewRole], ...] = (
    (
        r"(?:(?<!more[ ])(?<!less[ ])(?<!very[ ])(?<!most[ ])(?<![ ]so[ ])(?<!too[ ])(?<!quite[ ])"
        r"(?<!was[ ])(?<![ ]is[ ])(?<!were[ ])(?<!are[ ])(?<!been[ ])(?<!ly[ ])direct"
        r"|directs|(?<!need[ ])(?<!needs[ ])(?<!needed[ ])directing|helm|helms|helming)\b(?![-’'])"
        r"|(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?:(?:co-)?wrote[ ]and[ ](?:also[ ])?)?directed[ ]"
        r"(?:the|this)[ ](?:film|movie|feature)\b(?![’'-]|[ ][A-Z“\"‘'])"
        r"|(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?:co-)?directed[ ](?:every|all|each|both)"
        r"(?:[ ][a-z]+){0,2}[ ]episodes\b(?![ ]of\b)"
        r"|(?<![\w-])(?<![ ]was[ ])(?<![ ]is[ ])(?:co-)?directed[ ]from[ ](?:a|the|an[ ]original|"
        r"his|her|their|[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[’']s)[ ](?:[a-z]+[ ])?"
        r"(?:script|screenplay)\b",
        CrewRole.DIRECTOR,
    ),
    (
        r"(?:penned|pens|penning|wrote|writes|writing|written|scripted|scripting|co-wrote|"
        r"co-writing)[ ]"
        r"(?:the[ ](?:original[ ])?(?:graphic[ ])?(?:books?|novels?|comics?)[ ]and[ ])?"
        rf"{FILM}(?:screenplay|script|{FILM_WORK}|adaptation|teleplay|finale|special|pilot)"
        r"\b(?![ ]of\b|[’'])|(?:is|are|will[ ]be|has[ ]been)[ ]writing[ ]it\b|will[ ]write[ ]it\b"
        r"|(?:set|lined[ ]up|tapped|hired|signed[ ]on|attached|confirmed|on[ ]board)[ ]to[ ]"
        rf"(?:co-)?write[ ]{FILM}(?:screenplay|script|film|movie|adaptation|teleplay)\b(?![’'])"
        r"|(?:directs|is[ ]directing|will[ ]direct)(?:[ ][\w’'-]+){0,4}?[ ]from[ ]"
        r"(?:(?:a|the|his|her|their)[ ](?:screenplay|script)[ ](?:he|she|they)[ ]"
        r"(?:co-wrote|wrote|penned|co-penned)|(?:his|her|their)[ ]own[ ](?:screenplay|script))\b"
        r"|(?:wrote|writes)[ ]and[ ](?:also[ ])?(?:directed|directs|will[ ]direct)[ ](?:the|this)"
        r"[ ](?:film|movie|feature)\b(?![’'-]|[ ][A-Z“\"‘'])"
        r"|(?:(?<=[a-z][ ])and[ ])?(?:wrote|writes|written|penned|pens|(?:is[ ])?writing|"
        r"will[ ]write)[ ](?:every|all|each|both)"
        r"(?:[ ][a-z]+){0,2}[ ](?:episodes?|scripts?|instalments?)\b"
        r"|(?:returns?|returning|back|serves?|serving|is|will[ ]be|joins?|joining|stays[ ]on)[ ]"
        r"as[ ](?:the[ ])?(?:lead|head|chief|sole)[ ]writer\b(?![ ]of\b)"
        r"|writes(?=(?:;|,|,?[ ]and)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}"
        r"(?:[ ]\([^()]{1,60}\))?[ ](?:directs|produces|scores)\b)",
        # a bare "writes" only before another name's credit: "X writes; Y (T) directs"
        CrewRole.WRITER,
    ),
    (
        r"(?:(?:returns?|returning|back|serves?|serving|is|will[ ]be|joins?|joining|signed[ ]on|"
        r"comes?[ ]on[ ]board|on[ ]board)[ ]as[ ](?:the[ ])?(?:film’s[ ]|film's[ ])?composer"
        rf"|(?:will[ ]score|is[ ]scoring|{SCORED}|composed[ ]the[ ](?:film’s[ ]|film's[ ])?score"
        r"|composing[ ]the[ ](?:score|music)|(?:write|writes|writing|compose|composes)[ ]the[ ]"
        r"(?:film’s[ ]|film's[ ])?(?:original[ ])?(?:score|music|soundtrack)"
        r"|(?:did|does|is[ ]doing|will[ ]do)[ ]the[ ](?:film’s[ ]|film's[ ])?score"
        r"(?![ ](?:for|on|of|in)\b)|(?:(?:is|are|will[ ]be)[ ](?:back[ ])?|back[ ])"
        r"on[ ](?:score|scoring|music)[ ]dut(?:y|ies))\b)",
        CrewRole.COMPOSER,
    ),
    (
        r"(?:(?:is[ ]shooting|will[ ]shoot|shoots|shot)[ ]the[ ]"
        rf"(?:{CHANNEL_NAME}[ ](?=(?:film|movie|feature)\b(?![ ][A-Z“\"‘'])))?"
        r"(?:film|movie|project|feature)\b"
        rf"(?!{SHOOT_TIME})|(?:lensing|lenses|lensed)[ ]the[ ](?:film|movie|project|feature)\b"
        r"|(?:as|is|was|will[ ]be)[ ](?:the[ ])?"
        r"(?:film’s[ ]|film's[ ])?(?:cinematographer|director[ ]of[ ]photography|DoP|DP)\b"
        r"(?![ ](?:of|on|for|behind)\b))",
        CrewRole.CINEMATOGRAPHER,
    ),
    (
        r"(?:(?:serving|serve|serves|act|acting|acts|signed[ ]on|on[ ]board|credited|is|are|"
        r"will[ ]be|stayed[ ]on|stays[ ]on|remained|remains|returns|returning)[ ](?:also[ ])?"
        r"(?:as[ ]|among[ ])?(?:an?[ ]|the[ ])?(?:co-)?(?:executive|exec)[ ]producers?\b"
        r"|(?:co-)?(?:executive|exec)"
        r"[ -]produc(?:e|es|ing)\b|(?:has|have|had)[ ](?:also[ ])?(?:co-)?(?:executive|exec)[ -]"
        r"produced\b(?![ ]by)|(?<=[a-z][ ])among[ ]the[ ](?:co-)?(?:executive|exec)[ ]producers\b"
        r"(?![ ](?:of|for|on)[ ][A-Z“‘'\"]))",
        CrewRole.EXECUTIVE_PRODUCER,
    ),
    (
        r"(?:(?:serving|serves|serve|is|will[ ]be)[ ]as[ ](?:a[ ]|the[ ])?producers?\b"
        r"|(?<![\w-])(?<!executive[ ])(?<!exec[ ])(?:co-)?(?:produce|produces|producing)\b(?![ ]by)"
        r"|(?<![\w-])(?<!executive[ ])(?<!exec[ ])produced[ ](?:the|this)[ ](?:film|movie|series|"
        r"show|feature|documentary)\b(?![’'-]|[ ][A-Z“\"‘']))",
        CrewRole.PRODUCER,
    ),
    (
        r"(?:(?:as|is|was|will[ ]be)[ ](?:the[ ])?(?:film’s[ ]|film's[ ])?editor\b(?![ ](?:of|on|"
        r"for|at|in|behind)\b)"
        r"|(?:is|will[ ]be)[ ](?:editing|cutting)[ ]the[ ](?:film|movie)\b(?![’'-])"
        r"|editing\b(?![ ]\w)|(?<![\w-])(?<!ing[ ])edits(?=[.;,)]|[ ]and[ ][a-z]|$)"
        r"|(?<![ ]was[ ])(?<![ ]is[ ])(?:edited|edits|cut|cuts)[ ]"
        r"(?:it(?=,)|the[ ](?:film|movie|feature)"
        r"(?=[,.;]|[ ]and\b|$)))",
        CrewRole.EDITOR,
    ),
    (
        r"(?:is|was|will[ ]be|handles|handled|handling|serves[ ]as|returns[ ]as|is[ ]back[ ]as|"
        r"joins[ ]as|has[ ]been)[ ](?:the[ ])?(?:(?:film|show)[’']s[ ]|series[’'][ ])?"
        r"casting(?:[ ]director\b(?![ ](?:of|on|for|at)[ ][“\"‘']?[A-Z])|(?=[.;,]|[ ]the[ ]"
        r"(?:film|movie|series|show|project)\b))",
        CrewRole.CASTING_DIRECTOR,
    ),
    (
        r"(?:is[ ]back[ ]in[ ]the[ ]director[’']s[ ]chair|(?:is|will[ ]be|are|(?:(?:takes|took|"
        r"will[ ]take|has[ ]taken)[ ]over|steps|stepped|will[ ]step))[ ]"
        r"(?:(?:once[ ])?again[ ]|back[ ]|also[ ])?behind[ ]the[ ]camera)\b",
        CrewRole.DIRECTOR,
    ),
    (
        rf"(?:{ACTIVE_ADAPTED}|is[ ]adapting|adapts|"
        r"has[ ]adapted)[ ](?:it[ ]|the[ ](?:film|story|script|screenplay|series|show)[ ])?"
        r"(?:for[ ]the[ ]screen[ ])?from\b"
        r"|(?:(?:is|are|will[ ]be|has[ ]been)[ ]adapting|ha[sd][ ]adapted)[ ]"
        r"(?:(?:his|her|their)[ ](?P<own>own)|the)[ ](?:[a-z]+[ ])?"
        r"(?:book|novel|memoir|play|comic)s?(?(own)\b|[ ](?:herself|himself|themselves)\b)",
        CrewRole.WRITER,
    ),
    (
        r"(?:from|of|on)[ ](?:[\w-]+[ ]){0,7}?(?:his|her|their)[ ](?:own[ ])?(?:[\w-]+[ ]){0,3}?"
        r"(?:graphic[ ]novels?|novels?|books?|comics?|webcomic)\b",
        CrewRole.AUTHOR,
    ),
    (
        rf"(?:created|co-created)[ ](?:the[ ]{PLATFORM})?(?:show|series|franchise|characters?|"
        r"story|original)\b(?![ ](?:[\w-]+[ ])?"
        r"(?:books?|novels?|graphic[ ]novels?|comics?|webcomic))"
        r"|(?:created|co-created)[ ]and[ ](?:also[ ])?(?:writes|wrote|co-writes|"
        r"co-wrote|runs|ran|directs|directed)[ ](?:the[ ](?:show|series)|(?:every|all|each)"
        r"(?:[ ][a-z]+)?[ ]episodes)\b(?![’'-]|[ ][A-Z“\"‘'])"
        r"|(?:created|co-created)[ ]the[ ](?:original[ ])?(?:graphic[ ]novels?|novels?|books?|"
        r"comics?|webcomic)[ ]and[ ](?:the[ ])?(?:[\w-]+[ ])?(?:show|series)\b"
        r"(?![’'-]|[ ][A-Z“\"‘'])",
        CrewRole.CREATOR,
    ),
    (
        r"(?:wrote|penned|authored|created|drew)[ ]the[ ](?:(?:original|best-?selling)[ ])?"
        r"(?:books?|novels?|graphic[ ]novels?|comics?|webcomic|[Ww]ebtoons?|source[ ]material)\b"
        r"(?![’'])",  # "wrote the book's stage version": the version, not the book
        CrewRole.AUTHOR,
    ),
    (
        r"(?:shared[ ]an[ ]update[ ]on|is[ ]working[ ]on|finished|is[ ]finishing|rewrote|"
        r"is[ ]rewriting|is[ ]revising|completed|turned[ ]in|delivered|handed[ ]in)[ ]"
        r"(?:the|a|their|his|her)[ ](?:first[ ]|final[ ]|new[ ])?(?:draft[ ]of[ ]the[ ])?"
        r"(?:script|screenplay)\b",
        CrewRole.WRITER,
    ),
    *MORE_ACTIVE,
)
ACTIVE_KEYS: tuple[tuple[str, ...], ...] = (
    ("direct", "helm"),
    # not "pen" ("open", "happen"); "directs from her own script" credits the writer too
    ("penn", "pens ", "wrot", "writ", "scripte", "scripti", "own screenplay", "own script"),
    ("compos", "scor"),
    ("shooting the", "shoot the", "shoots the", "shot the", "lens", "cinematograph",
     "photography", " dop", " dp"),
    ("executive", "exec "),
    ("produce", "producing"),  # not "production"
    ("edit", "cutting", "cut the", "cuts the"),
    ("casting",),
    ("director", "behind the camera"),
    ("adapt",),
    ("novel", "book", "comic"),
    ("created",),
    ("wrote", "penned", "authored", "created", "drew"),
    ("script", "screenplay"),
    *MORE_KEYS,
)  # fmt: skip
