"""Pure logic of rms-wizard. Nothing below this package may import Qt (a test checks it)."""
