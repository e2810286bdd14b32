"""A post's line label naming its account and the site it ran on, for :mod:`.quote_facts`:
"u/ada_v on Reddit: “...”", "@ada_v on r/films: “...”", "X user @ada_v: “...”". The plain
"@ada_v: “...”" is read by the speaker slots; the site beside the handle hid it from them.
"""

from __future__ import annotations

from bot.extract.lexicon import PLATFORMS
from bot.extract.speakers import Speaker
from bot.extract.subjects import ACCOUNT
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_SITE_LABEL = lazy_pattern(
    rf"(?:^|(?<=[.!?])[ ])[ ]*(?P<who>{ACCOUNT})[ ](?:on|via)[ ]"
    rf"(?:{'|'.join(sorted(PLATFORMS))}|r/[\w-]+)"
    r"(?:[ ](?:wrote|posted|replied|commented|added))?[ ]*:[ ]*$"
)
"""A line or sentence opening on a handle, "on" its site, perhaps a verb of posting, then a
colon: the post's own label ("Fans were split. u/ada_v on Reddit wrote: “...”")."""
_SITE_USER = lazy_pattern(
    rf"(?:^|(?<=[.!?])[ ])[ ]*(?:{'|'.join(sorted(PLATFORMS))})[ ]"
    r"(?:user|account|poster|commenter)[ ]"
    rf"(?P<who>{ACCOUNT})(?:[ ](?:wrote|posted|replied|commented|added))?[ ]*:[ ]*$"
)
"""A line or sentence opening on the site and its user's handle, then a colon: "X user @ada_v:",
"Reddit user u/ada_v wrote:" (the site's name before the handle hid it from the speaker slots,
as one after it does)."""
_FROM_ACCOUNT = lazy_pattern(
    rf"\b(?:from|by|(?:enough|too[ ]much)[ ]for)[ ](?P<who>{ACCOUNT})[ ]*:[ ]*$"
)
"""A sentence closing on the account the words come from, then a colon: "a reply from @ada_v:",
"That was enough for @ada_v:" (the account's reaction), never one the words are sent to."""


def site_label(pre: str) -> Speaker | None:
    """The account labelling the post whose words follow ``pre`` ("u/ada_v on Reddit:", "a
    reply from @ada_v:")."""
    found = _SITE_LABEL.search(pre) or _SITE_USER.search(pre) or _FROM_ACCOUNT.search(pre)
    if found is None:
        return None
    return Speaker(
        found["who"],
        SourceKind.ORGANISATION,
        pre[found.start("who") :].strip().removesuffix(":").strip(),
    )
