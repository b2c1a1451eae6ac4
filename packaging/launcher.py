"""The frozen app's entry point: the same `main` as the `salesdesk` command."""

import sys

from salesdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
