"""Word lists shared by the extractors: generic English only, never a name from an article.
Kept in one place, so a new phrasing is usually a one-word change here, not a new rule."""

from __future__ import annotations

from bot.extract.sentence_adverbs import SENTENCE_ADVERBS
from bot.lazy_patterns import lazy_pattern

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
"""A month's full name ("March"), no abbreviation."""
MONTH_PATTERN = rf"(?:{MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WEEKDAY_PATTERN = r"(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?"
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A weekday's full name ("Friday"), no abbreviation."""

CHANNEL = (
    r"(?:BBC|ITV[X1-4]?|S4C|Channel[ ]\d|E4|Sky|Netflix|Prime|Amazon|Disney|Apple|iPlayer|Hulu|"
    r"HBO|Max|Paramount|Peacock|Now|U&\w*|Brit[Bb]ox|MUBI|Mubi|In[ ]cinemas|Cinemas)\b"
)
"""A channel or streamer's first word: "BBC Two", "Prime Video", "Channel 4"."""
BROADCASTER = (
    rf"(?:{CHANNEL}|(?:Stan|Crave|Binge|RTÉ|RTE|Shudder|Tubi|Roku|Starz|Showtime|Crunchyroll|"
    r"Viaplay|Foxtel|Kayo|Hotstar|JioCinema|Globoplay|Canal\+?|Movistar|SkyShowtime|Hayu|Acorn|"
    r"AMC|FX|PBS|CBC|CBS|NBC|ABC|Fox|SBS|TVNZ|ZDF|ARD|TF1|RAI|NRK|SVT|DR|YLE|Virgin|"
    r"Freeview|Channel|Apple[ ]TV\+?|My5|All[ ]4|ITVX|Sundance[ ]Now|Alibi|Dave|Gold|W)\b)"
)
"""Any channel or streamer's first word, the page layer's :data:`CHANNEL` and more: where a
release is shown ("its Stan premiere"), never where a screening is held."""
CHANNEL_NAME = (
    r"(?:BBC(?:[ ](?:One|Two|Three|Four|Scotland|Wales|Alba|iPlayer))?|ITV[X1-4]?|S4C|E4|More4|"
    r"Film4|Channel[ ][45]|Sky[ ](?:Atlantic|Max|Showcase|Cinema|Comedy|Arts|Witness|Crime|"
    r"Documentaries|One)|Netflix|Prime[ ]Video|Amazon(?:[ ]Prime(?:[ ]Video)?)?|Apple[ ]TV|"
    r"Disney|Hulu|HBO(?:[ ]Max)?|Paramount|MUBI|Mubi|Brit[Bb]ox)"
)
"""A channel's or streamer's whole name ("Sky" alone, "Max" or "Now" may be a person's)."""
CHANNEL_MENTION = lazy_pattern(rf"(?<![\w’'-]){CHANNEL_NAME}(?![\w-])")
"""A channel or streamer named whole anywhere ("Netflix has not set a date"), whatever it does."""
OUTLET_NOUNS = frozenset({"streamer", "network", "broadcaster", "channel", "platform", "service"})
"""What an article calls a work's outlet ("the streamer"): never a production company."""
COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
"""A count of episodes, runs or films, in words or figures ("six episodes", "the 2 seasons")."""
ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
"""A rank spelled out, lower case: "the third series", "its fifth season"."""
SEASON_NAME = r"(?:spring|summer|autumn|fall|winter)"
"""A season of the year, lower case: "a spring slot", "by late summer"."""
TIME_WORD = (
    rf"(?:{MONTH_NAME}|{WEEKDAY_NAME}|Christmas|Easter|Boxing|New[ ]Year[’']?s?|Halloween|"
    r"Thanksgiving|Valentine[’']s|Hogmanay|Diwali|Eid|Hanukkah|Midsummer|Spring|Summer|Autumn|"
    r"Fall|Winter|Bank[ ]Holiday)\b"
)
"""A time's name before an event ("its Christmas Day premiere"): when it is, not where."""

STOP_TOKENS: frozenset[str] = SENTENCE_ADVERBS.union(
    """
    The A An And But Or Nor So Yet In On At Of For With Within Without To From By As After
    Before Because Behind Back Also Both Each Every Everything Everyone Everybody Nothing Nobody
    Something Someone Somebody Anything Anyone All Some Many Most Several Few When
    While Where What Who Whom Whose Why How If Though Although Since Until Once Then Than
    That This These Those There Here It Its He She They We You I His Her Their Our My Your
    Me Him Them Us Meanwhile However Lastly Finally Fortunately Unfortunately Earlier Later
    Afterwards Afterward Beforehand Eventually Separately Similarly Likewise Notably Reportedly
    Now Yes No Not According Like Just Even Still Only Over Under Into Onto Upon Across
    Around Among Between During Despite Throughout Amid Amidst Alongside Including Plus Whether
    Either Neither Such Other Considering Given Seeing Assuming Supposing Granted Provided
    Another Last Next First Second Third New Old Quick Here's There's It's That's We're
    They're I'm Today Tonight Tomorrow Yesterday Elsewhere Instead Besides Indeed Overall
    Ultimately Already Currently Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March July August September October November December Mr Mrs Ms Miss Dr
    Sir Dame Lady Lord Coach Professor Director Directors Cinematographer Creator Creators
    Councillor Cllr Senator Mayor Minister Baroness Chancellor Originally Initially Previously
    Would Could Should Can Does Did Do Is Are Was Were Has Have Had Might Must Shall
    Co-Creator Actor Actors Actress Star Stars Co-Star Co-star Producer Producers Executive
    Composer Writer Writers Screenwriter Author Novelist Newcomer Filmmaker Showrunner Editor
    Spokesperson Cast Crew Filming Production Season Episode Film Movie Series Show Update
    Breaking Exclusive Watch Read Photo Photos Image Credit Stage Screen Veteran Actress
    Singer Comedian Rapper Presenter Host Chief Newcomers Veterans Co-Stars Co-stars Castmates
    Guests Hosts Co-hosts Co-Hosts Panellists Panelists Lead Leads Formerly Subsequently
    Actresses Singers Comedians Screenwriters Filmmakers Novelists Showrunners Presenters
    Breakout Acclaimed Beloved Emerging Celebrated Introducing Starring Featuring Joining
    GMT BST UTC CET CEST EST EDT PST PDT
    Give Let Bring Protect Keep Save Send Imagine Wish Cue Ask Having Getting Letting Being
    Stunning Gorgeous Glamorous Sultry Smouldering Hunky Handsome Sexy Leggy Heartthrob Hunk
    """.split()  # noqa: SIM905
)
"""Capitalised words that open sentences or titles, never in a person's name (a fan's wish: "Give
Mira a show"; an answer's "Ask Mira!"; a recap's "Cue Mira’s voiceover"; a tabloid's "Stunning
Ada Vale, 27, has been cast as"; a gerund before its object, "Having Mira directing helped"), with
the sentence adverbs of :mod:`bot.extract.sentence_adverbs`."""

_PAPER_DAYS = frozenset({"Sunday", "Saturday", "Monday", "Weekend"})
"""Days a paper is named for ("the Sunday Times", "the Mail on Sunday")."""
_PAPER_WORDS = frozenset(
    """
    Times Telegraph Mirror Express Post Herald World People Independent Mail Star Sport Business
    Tribune Observer Review Journal
    """.split()  # noqa: SIM905
)


def paper_day_leads(pair: list[str]) -> bool:
    """``pair``, a name's first two words, are a paper's name opening on its day: "Sunday Times"."""
    return len(pair) == 2 and pair[0] in _PAPER_DAYS and pair[1] in _PAPER_WORDS


def paper_day_ends(words: list[str]) -> bool:
    """``words``, a name's last three (or fewer), are a paper's name ending on its day ("Mail on
    Sunday") or open with one named for its day ("Sunday Times" and a word more)."""
    if len(words) < 2:
        return False
    if words[0] in _PAPER_DAYS:
        return words[1] in _PAPER_WORDS
    return words[-1] in _PAPER_DAYS and words[-2] == "on" and words[0] in _PAPER_WORDS


HONORIFICS: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Miss Mx Dr Coach Professor Prof Captain Capt Sir Dame Lady Lord Aunt Uncle
    Detective Officer Sergeant Principal Headteacher Nurse Father Mother Sister Brother
    Grandma Grandpa Nana King Queen Prince Princess Agent Judge DS DI DCI DSI Det Sgt Insp
    Inspector Constable Superintendent Supt Lieutenant Reverend Rev Councillor Cllr Mayor Pastor
    Senator Governor Bishop
    """.split()  # noqa: SIM905
)
"""Titles that start a character's name ("Mr Hale", "Coach Varga", a police rank: "DI Pell")."""
HONORIFIC = "(?:" + "|".join(sorted(HONORIFICS)) + ")"
"""One of :data:`HONORIFICS`, as a pattern's group."""


RANK_LEADS = frozenset({"Chief", "First", "Second"})
"""Words that open sentences as often as a rank ("Chief Inspector", "First Officer")."""


def honorific(word: str) -> bool:
    """``word`` is a title before a name, with its dot or without ("Dr", "Dr.")."""
    return word.rstrip(".") in HONORIFICS


AGE_PREFIXES: frozenset[str] = frozenset({"Old", "Young", "Younger", "Older", "Little", "Elder"})
"""Words that open a part's name for an older or younger self ("Old Marit", "Young Tomas")."""

PARTICLE_PATTERN = (
    r"(?:de|da|di|del|della|van|von|der|den|le|la|du|dos|das|bin|ibn|al|ter|ap|ab|ferch|af|zu)"
)
_GAELIC = r"(?:(?<=\bMac[ ])|(?<=\bNic[ ])|(?<=\bÓ[ ])|(?<=\bNí[ ])|(?<=\bUí[ ]))(?:an[ ])?"
NAME_PARTICLE = rf"(?:(?:{PARTICLE_PATTERN}[ \u00a0]){{1,2}}|{_GAELIC}(?:[tnh]-?(?=[A-ZÁÉÍÓÚ]))?)"
"""A particle inside a name and the space after it: "van ", "van der ", and after "Mac", "Nic",
"Ó", "Ní" or "Uí" an Irish or Scottish "an" and/or a word's prefixed letter, hyphened or not
("Mac an tSaoir", "Mac an t-Saoir", "Nic an Fhir", "Ó hÁird": the surname is the whole of it)."""

PRODUCTION_NOUNS = (
    r"(?:movie|film|series|show|season|seasons|finale|franchise|fans|fandom|cast|story|"
    r"universe|sequel|spin-off|trailer|teaser|special|adaptation|saga|books?|novels?|"
    r"graphic novels?|comics?|webcomic)"
)
SET_TO_ACT = r"(?![ ]to[ ](?:direct|helm|write|co-write|pen|produce|score|compose|edit|shoot)\b)"
"""After "X set": a crew member "set to direct", not a film's set ("the Dune set")."""
GENRE_WORDS = (
    "drama", "series", "show", "sitcom", "comedy", "thriller", "documentary", "miniseries",
    "spin-off", "film", "movie", "musical", "novel", "franchise", "anthology", "soap",
    "procedural", "horror", "romcom", "romance", "biopic", "serial", "epic",
)  # fmt: skip
GENRE_NOUNS = "(?:" + "|".join(GENRE_WORDS) + ")"

BRACKETED_NOTE = r"\([^()]{1,60}\)"
"""A note in brackets after a title: "Tin Lane (Vela)", "Tin Lane (2.1m views)"."""
BRACKETED_FIGURE = r"\([£$€]?\d[^()]{0,40}\)"
"""A chart's figure in brackets after a title: "Tin Lane (£740,000)", "(29 million minutes)"."""
PART_LABELS = r"(?:Series|Season|Part|Episode|Chapter|Volume)"
"""A season's, an episode's or a volume's label word: "Series Two", "Part 3"."""

FIELD_WORD = r"(?!(?:to|of|for|with|at|about|and|on|by|from|in|as)[ ])[a-z]+[ ]"
"""A lowercase word for a title's field ("drama" in "Lumen drama director Ada Vale"), never a
function word ("said Quill to director Ada Vale" is Quill's, not Vale's)."""

SPEECH_VERBS = (
    r"(?:said|says|say|added|adds|continued|continues|explained|explains|told|tells|wrote|writes|"
    r"(?:(?<=would[ ])|(?<=only[ ])|(?<=did[ ])|(?<=will[ ])(?<![Tt]ime[ ]will[ ])"
    r"(?!tell[ ](?:you|us)\b))tell|"
    r"joked|jokes|admitted|admits|recalled|recalls|noted|notes|insisted|insists|revealed|reveals|"
    r"teased|teases|laughed|laughs|replied|replies|quipped|quips|posted|posts|tweeted|tweets|"
    r"reposted|reposts|retweeted|retweets|shared|shares|confirmed|confirms|announced|announces|"
    r"stated|states|declared|declares|enthused|enthuses|gushed|gushes|agreed|agrees|warned|warns|"
    r"promised|promises|acknowledged|acknowledges|described|describes|remarked|remarks|reflected|"
    r"reflects|mused|muses|captioned|captions|commented|comments|whispered|whispers|"
    r"mouthed|murmured|(?:reads|(?<!\bhas[ ])(?<!\bhad[ ])(?<!\bhave[ ])read)(?![ ]out\b)|"
    r"(?:went|goes)[ ]on(?![ ](?!to[ ](?:say|add|tell|ask|explain)\b)[a-z])|"  # "went on to star"
    r"protested|protests|called|calls|dubbed|dubs|reported|reports|argued|argues|conceded|"
    r"concedes|smiled|grinned|sighed|beamed|confessed|confesses|wondered|asked|asks|answered|"
    r"answers|responded|responds|hinted|hints|urged|urges|smiles|grins|sighs|indicated|indicates|"
    r"assured|assures|stressed|stresses|emphasised|emphasises|emphasized|emphasizes|pointed[ ]out|"
    r"points[ ]out|remembered|remembers|shouted|shouts|thanked|quote-tweeted|quote-tweets|"
    r"quote-posted|quote-posts|estimated|estimates|reckoned|reckons|interjected|interjects|murmurs)"
)
SAYING = lazy_pattern(rf"\b{SPEECH_VERBS}\b")
"""A speaking verb as a whole word anywhere in a text: "said", "tells", "pointed out"."""
REPORTING_VERBS = (
    r"(?:(?<!\bto[ ])say|said|says|told|tells|claimed|claims|insisted|insists|admitted|admits|"
    r"added|adds|described|describes|called|calls)"
)
"""Verbs that report words anywhere in their sentence; not "needless to say", "fair to say"."""
PAST_REPORTING_VERBS = r"(?:said|told|claimed|insisted|admitted|added)"
"""The past forms of :data:`REPORTING_VERBS` that news gives someone's words with ("told Variety
the shoot would run “...”"), not "described"/"called", which name rather than report."""
THAT_CLAUSE_VERBS = (
    r"(?:say|said|says|told|tells|confirmed|confirms|insisted|insists|reminded|reminds|"
    r"cautioned|cautions|admitted|admits|revealed|reveals|explained|explains|added|adds|stated|"
    r"states|announced|announces|warned|warns|promised|promises|noted|notes|claimed|claims|"
    r"argued|argues|stressed|stresses|assured|assures|agreed|agrees|conceded|concedes|"
    r"acknowledged|acknowledges|hinted|hints|joked|jokes|teased|teases)"
)
"""Speech verbs that take a that-clause ("confirmed to us that ..."); not "posted that selfie",
"shared that photo", "called that ..."."""


LEFT_VERBS = r"(?:left|quit|exited|departed|withdrew|dropped[ ]out|stepped[ ](?:down|away|back))"
"""Leaving a part or a production, in the past tense: "left", "dropped out", "stepped back"."""
PERSON_VERBS = (
    r"(?:said|says|told|tells|added|adds|explained|explains|joked|jokes|admitted|admits|wrote|"
    r"writes|continued|continues|recalled|insisted|laughed|quipped|replied|tweeted|posted|"
    r"gushed|enthused|mused|reflected)"
)
"""Verbs whose subject, when it is two capitalised words, is a person (organisations announce)."""

NATIONALITIES: frozenset[str] = frozenset(
    """
    British English Irish Scottish Welsh Cornish American Canadian Australian French German
    Spanish Italian Portuguese Polish Dutch Flemish Belgian Danish Swedish Norwegian Finnish
    Icelandic Ukrainian Russian Czech Slovak Greek Turkish Israeli Indian Pakistani Chinese
    Japanese Korean Brazilian Mexican Argentine Argentinian Chilean Colombian Nigerian Ghanaian
    Kenyan African Egyptian Moroccan Iranian Swiss Austrian Hungarian Romanian Bulgarian Serbian
    Croatian Slovenian Lithuanian Latvian Estonian Filipino Vietnamese Thai Indonesian Malaysian
    Jamaican Cuban Peruvian Venezuelan Lebanese Syrian Iraqi Saudi Palestinian Kurdish Albanian
    Bosnian Georgian Armenian Catalan Basque Galician Scandinavian European Asian Latin Arab
    Hollywood Broadway Bollywood Oscar Emmy Bafta BAFTA Tony Olivier
    """.split()  # noqa: SIM905
)
"""Words that stand before "actor" without being a part: "Polish actor X", "Oscar actor"."""

OFFICE_TITLES: frozenset[str] = frozenset(
    """
    Manager Commissioner Councillor Mayor Chief Officer Secretary President Chair Chairman
    Chairwoman Spokesperson Spokesman Spokeswoman Director Editor Producer Head Governor
    Senator Minister Programmer Correspondent Reporter Superintendent Administrator Coordinator
    Controller Executive Curator Founder Principal Dean Chancellor Headteacher Headmaster
    Headmistress Provost Registrar Librarian Archivist Treasurer Organiser Organizer
    """.split()  # noqa: SIM905
)
"""Capitalised job titles that can precede a name: "Harbour City Manager Tessaly Vanterpool"."""

PASSER_BY_WORDS: frozenset[str] = frozenset(
    """
    Student Students Undergraduate Pensioner Retiree Shopkeeper Stallholder Resident Commuter
    Tourist Holidaymaker Schoolgirl Schoolboy Teenager Superfan Barista Waitress Waiter Publican
    Landlord Landlady Florist Baker Butcher Hairdresser Cabbie Farmer Fisherman Volunteer
    """.split()  # noqa: SIM905
)
"""Words a report puts before a passer-by's name ("Student Mirela Dunwoody, 20, said"): their
job or walk of life, never part of the name. Kept apart from :data:`OFFICE_TITLES` (titles a
character's line can also hold)."""

NAME_PREFIX_TITLES: frozenset[str] = OFFICE_TITLES | PASSER_BY_WORDS
"""Every capitalised word that, before a full name, is the person's job and not their name."""


INTERJECTION = r"(?:meanwhile|too|however|though|in[ ]turn|for[ ](?:his|her|their)[ ]part|likewise)"
"""A word set off by commas between a subject and its verb: "Vale, meanwhile, will play"."""

STREET_ENDS: frozenset[str] = frozenset(
    """
    Street Road Avenue Quay Square Crescent Terrace Boulevard Parade Esplanade Promenade
    """.split()  # noqa: SIM905
)
"""Last words of a street's name ("Harbour Street"): a place, never a person's surname."""

PLATFORMS = frozenset(
    {
        "Instagram", "Twitter", "X", "TikTok", "Facebook", "Threads", "YouTube", "Tumblr",
        "Bluesky", "Snapchat", "Reddit", "Letterboxd", "Discord", "Substack",
    }
)  # fmt: skip
"""Social sites: "the Instagram caption" names where a text was posted, and "Ada Vale (TikTok)"
in a list of posts names where she posted, never whose text it is nor her part."""

SHOWN_READING = r"(?:reading|(?:that|which)[ ]reads?)"
"""The words a thing shows, just before them: a slate "reading", a sign "that reads", a screen
"which read" (:mod:`bot.extract.shown_texts`, :mod:`bot.extract.quoted_labels`)."""

NAME_AS_WORD = r"(?:surname|last[ ]name|family[ ]name|maiden[ ]name|spelt|spelled|spelling)[ ]\(?"
"""Words just before a name that speak of it as a word, not of its owner: "fixed Mira's surname
(Holt, not Hale)", "it is spelt Holt" (:mod:`bot.extract.castorder`: no person named alone)."""
RELATION = (
    r"(?:ex-)?(?:mother|father|mum|mom|dad|sister|brother|aunt|uncle|cousin|daughter|son|niece|"
    r"nephew|grandmother|grandfather|granddaughter|grandson|granddad|grandmum|grandmom|gran|"
    r"grandma|grandpa|nanna|nana|nan|granny|grandad|wife|husband|girlfriend|boyfriend|partner|"
    r"fiancée?|stepmother|stepfather|stepdaughter|stepson|stepsister|stepbrother|half-sister|"
    r"half-brother|twin|friend|flatmate|roommate|housemate|neighbour|neighbor|landlady|landlord|"
    r"lodger|nemesis|tutor|teacher|classmate|coursemate|schoolmate|mentor|rival)"
)
"""Who one character is to another: kin (any generation or familiar word), a partner, a rival."""
REFLEXIVE = r"(?:himself|herself|themself|themselves)"
"""The word that sets a name beside the one it is: "Ada Vale, Mira Holt herself"."""
ROLE_KINDS = frozenset(
    {
        "Lead", "Leading", "Supporting", "Principal", "Main", "Title", "Voice", "Character",
        "Child", "Stunt", "Guest", "Background", "Featured", "Understudy", "Cameo", "Bit",
    }
)  # fmt: skip
"""Capitalised words that open a sentence's "<word> actor <Name>" and name a kind of role (how
big or what sort the part is, never its name): "Lead actor X told ...", "Voice actor X"."""

AUDIENCE = ("Reader", "Viewer", "Listener", "Subscriber", "Commenter", "Redditor")
"""A page's audience, before a first name or a handle ("Reader Ada from Leeds", "Listener @x
messaged us"): who wrote in, never part of a full name."""

OTHER_WORK_WORDS = (
    "rival", "other", "another", "original", "previous", "first", "last", "earlier", "former",
    "old", "older", "sister", "companion",
)  # fmt: skip
"""Words that make "the <word> series" another work than the article's own (a rival, the one
before it): what that work did is not this one's."""


RUN_NEWS_VERBS = (
    r"renews|renewed|cancels|cancelled|axes|axed|orders|ordered|recommissions|recommissioned"
)
"""A channel's word on a show's further run, in a newsletter item's heading."""
WORK_NEWS = lazy_pattern(
    r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3}[’'][sS][ ](?:[a-zA-Z]+[ ])?"
    r"(?i:half|season|series|run|part|finale|return)\b"
    rf"|\b(?i:{RUN_NEWS_VERBS})[ ][‘“\"']?[A-Z]"
    r"|[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3}[ ](?i:is[ ]back|returns|comes[ ]back)[ ](?i:for)[ ]"
    r"(?i:a[ ]|its[ ])?(?:[a-zA-Z]+[ ])?(?i:season|series|run)\b"
)
"""A heading that tells a work's news itself, in any case: "Tarnwick’s second half has a date",
"Apple renews Tarnwick again", "APPLE RENEWS SALT LANE AGAIN", "Tarnwick is back for series
two" (a work's run or a channel's order: no person's news). Cast and release both read a
newsletter item under it as another work's."""
OUTSIDE_JOBS = ("critic", "reviewer", "chief", "boss", "executive", "officer")
"""Jobs outside a work's cast and crew (a paper's critic, a studio's chief): someone described
by one is the person the text is about only when the article gives them that job."""
ROLE_NOUNS = (
    "actor", "actress", "star", "co-star", "director", "creator", "co-creator", "author",
    "writer", "screenwriter", "novelist", "producer", "composer", "cinematographer", "editor",
    "filmmaker", "newcomer", "showrunner", "spokesperson", "executive", "presenter", "host",
    "singer", "comedian", "playwright", "illustrator", "choreographer", "designer",
)  # fmt: skip
"""Role nouns that stand before a person's name ("producer Ada Vale")."""
ROLE_NOUN = "(?:" + "|".join(ROLE_NOUNS) + ")"
"""One of :data:`ROLE_NOUNS`, as a pattern's group."""
CAPITALISED_ROLE_NOUN = "(?:" + "|".join(noun.capitalize() for noun in ROLE_NOUNS) + ")"
"""One of :data:`ROLE_NOUNS` opening a sentence ("Composer", "Co-star")."""
CREW_POSTS = (
    r"(?:casting[ ]director|director|producer|writer|composer|editor|cinematographer|"
    r"showrunner)"
)
"""Crew posts that tell who someone is before their name ("casting director X is"), shared by
the readings that drop a name a post introduces (a cast part, a guest's credit)."""

NEGATED = lazy_pattern(r"\b(?:not|never|nor)\b|n[’']t\b")
"""A negation: "not", "never", "nor", "won't" (a clause it stands in says the opposite)."""

FIRST_PERSON_SUBJECT = lazy_pattern(r"\b(?:I|[Ww]e)\b")
"""A speaker's own "I" or "we" (the voice of an answer, or of the one who tells a line)."""


_ABBREVIATION = lazy_pattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|vs|No|Mt|Capt|Sgt|Lt|Col|Gen|Rev|Hon|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:(?<=,[ ])|(?<=\bin[ ]))Co)"
    r"|(?<![ ]on[ ])(?<![ ]via[ ])\b[A-Z])\.$"
)
"""A stop that ends a title, a month, an initial or a county ("Dr.", "J.", ", Co. Cork")."""


def abbreviated(text: str, stop: int, start: int = 0) -> bool:
    """The full stop at ``stop`` ends an abbreviation ("Dr.", "Aug.", an initial), no sentence
    (only the stop's last letters, from ``start`` on, are read)."""
    return _ABBREVIATION.search(text, max(start, stop - 6), stop + 1) is not None
