"""rms-wizard: update a Windows RMS 1.0 deployment to SP1, and back."""

__version__ = "1.0.0"
