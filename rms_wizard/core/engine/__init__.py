"""The engine: detect, plan, back up, and change an install in one transaction (apply, uninstall, repair, recover), then verify it; operations.py is what the GUI and the CLI call."""
