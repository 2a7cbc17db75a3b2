"""``python -m generator``: see ``generator.cli``."""

import sys

from .cli import main

if __name__ == "__main__":  # worker processes import this module too (spawn start method)
    sys.exit(main())
