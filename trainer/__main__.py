"""``python -m trainer`` is the same as the ``his-trainer`` command."""

import sys

from trainer.cli import main

sys.exit(main())
