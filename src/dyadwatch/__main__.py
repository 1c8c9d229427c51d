"""`python -m dyadwatch` is the `dyadwatch` command."""

from dyadwatch.cli import main

if __name__ == "__main__":
    main()
