"""The GUI's long operations, run off the GUI thread.

* :mod:`.worker`: a :class:`~.worker.Worker` runs one *job* (``job(progress, cancel) -> result``)
  on its own QThread, and whatever goes wrong becomes a :class:`~.worker.Failure` a page can show;
  :mod:`.process_worker` runs the CLI in a child process with the same face (the sandbox's
  power-loss drills);
* the jobs, by what they do: :mod:`.detection` (detect and plan), :mod:`.password` (the key's
  password and the keyring), :mod:`.backup` (make or verify a backup), :mod:`.changes` (apply,
  uninstall, recover, the drills), :mod:`.repair`, :mod:`.report` (the run report).

The jobs are the only place where the GUI calls the core's long operations; where the command line
takes the same steps, both call one function of :mod:`rms_wizard.core.engine.operations`.
"""
