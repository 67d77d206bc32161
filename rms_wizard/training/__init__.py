"""The training layer: scenarios, the sandbox and its servers, the operator's trail and the
debrief. It uses the engine (:mod:`rms_wizard.core`); the engine never imports it (a test
checks: ``tests/test_layers.py``)."""
