"""``python -m bot``: see :mod:`bot.cli.main`."""

import gc
import sys

# Importing the bot allocates only what lives as long as the process (modules, classes,
# patterns): the cyclic garbage collector would find nothing there, but its passes over
# everything allocated so far cost a seventh of the import time. main() turns it back on.
gc.disable()

from bot.cli.main import main  # noqa: E402 - after the collector is paused

sys.exit(main())
