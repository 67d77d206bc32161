"""Entry script of the frozen app (PyInstaller needs a script, not a package's ``__main__``).

The package's own ``__main__`` uses relative imports, which do not work when it runs as a script,
so the frozen ``rms-wizard`` executable starts here: the wizard without arguments, the CLI with a
subcommand — exactly like ``python -m rms_wizard``.
"""

from rms_wizard.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
