"""The private key and its password: the encrypted PKCS#8 key, its soundness, the password kept in the OS keyring."""
