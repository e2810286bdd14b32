"""What a command of ``python -m bot`` raises when it cannot do its work: the message says why.

Apart from the commands' modules, so that :mod:`bot.cli.main` can catch them without importing
the commands it does not run.
"""

from bot.errors import OperatorError


class WebCommandError(OperatorError):
    """``fetch`` or ``feeds``: the link or feed could not be used; the message says why."""
