"""``python -m newsdossier`` runs the command line."""

from newsdossier.cli import main

main()
