"""The install as it is on disk: its models, paths, registry (and .reg files), file versions, databases and labels -- read, never changed here."""
