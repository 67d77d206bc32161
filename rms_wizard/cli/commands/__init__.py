"""The CLI's commands by theme, each a function ``cmd_<name>(ctx) -> exit code``.

``inspection`` reads an install (detect, plan, verify, interop); ``changes`` changes it (backup,
apply, uninstall, recover); ``repair``; ``training`` (scenarios, sandbox, a trainer's scenario
file) and ``debrief``; ``answers`` (answer files and their unattended replay, previewed by
``replay_preview``); ``cluster`` (the rolling rollout). They import the context and the output
only: :mod:`rms_wizard.cli.registry` maps the command names to them.
"""
