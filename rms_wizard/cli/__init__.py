"""The command line (``rms-wizard <command>``): every command maps to the core.

``main`` runs one command (exit codes, errors as one translated line, never a traceback);
``parser`` defines the arguments (``global_options`` holds those the wizard shares);
``context`` is what every command gets; ``output`` how it prints; ``commands/`` the commands by
theme, found through ``registry``, whose names ``command_names`` lists for the entry point.

Nothing is imported here: ``rms_wizard.cli.command_names`` and ``rms_wizard.cli.global_options``
must stay light to import (the entry point and the wizard's start read them).
"""
