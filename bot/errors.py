"""The base of the errors whose message alone tells an operator what went wrong.

Apart from the modules that raise them (the seeds folder's scan, backups, the web commands),
and importing nothing, so that :mod:`bot.cli.main` can catch them all by this one class
without importing those modules, on its start path or while another error is being handled.
"""


class OperatorError(RuntimeError):
    """A command could not do its work; ``python -m bot`` prints the message and exits 1."""
