"""Entry script of the frozen application: the same `main` as the `mapstudio` command."""

import sys

from mapstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
