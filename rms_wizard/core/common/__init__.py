"""What every layer shares: messages and their errors, progress and cancel, atomic writes, safe paths, the setup log, the trail's event names, the HTML templates."""
