"""Whether an opened private key is a sound key: RSA's consistency checks and a test value.

A password that opens an encrypted PKCS#8 key only proves the key decrypts: PKCS#8 has no
integrity check, so one altered character of the PEM decrypts to numbers that still parse but no
longer form an RSA key (cryptography then refuses it on a normal load: "Invalid private key"), and
RMS could not use it. So a key counts as opened only once it passed the consistency checks that
cryptography's normal load makes, signed a test value that its public key verifies, and decrypted
a test value encrypted to it.

cryptography's own check (OpenSSL's ``RSA_check_key``, asked for by a load without
``unsafe_skip_rsa_key_validation``) holds the GIL for 40-60 ms in one call, which froze the
wizard's window on a worker's backup. So the same checks run here on the loaded numbers, in
Python, one big-number operation (about a millisecond) at a time, between which the window keeps
painting: n = p·q, e·d ≡ 1 (mod lcm(p-1, q-1)), the CRT values, and a Miller-Rabin test of p and
q. They run once per key per process: the fingerprint of each key that passed (the SHA-256 of its
PEM bytes; it says nothing about the password) is remembered, so a backup's own check of the key it
just copied, the check before an update and the update's check of the live key cost nothing more.
"""

from __future__ import annotations

import hashlib
import math
import os
import secrets
import threading

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = ["forget_sound_keys", "key_is_sound"]

_sound: set[str] = set()
_sound_lock = threading.Lock()


def forget_sound_keys() -> None:
    """Forget which keys passed (tests: to time or exercise the full check again)."""
    with _sound_lock:
        _sound.clear()


def key_is_sound(data: bytes, secret: bytes) -> bool:
    """True when the PEM ``data``, opened with ``secret``, is a consistent, working RSA key.

    Never raises and never lets the secret escape: cryptography's errors stay in this frame.
    """
    fingerprint = hashlib.sha256(data).hexdigest()
    with _sound_lock:
        if fingerprint in _sound:
            return True
    try:
        key = serialization.load_pem_private_key(
            data, password=secret, unsafe_skip_rsa_key_validation=True
        )
        sound = isinstance(key, rsa.RSAPrivateKey) and _consistent(key) and _works(key)
    except (ValueError, TypeError, UnsupportedAlgorithm, OverflowError, InvalidSignature):
        sound = False
    if sound:
        with _sound_lock:
            _sound.add(fingerprint)
    return sound


#: Miller-Rabin rounds per prime: damage is caught by the other checks already; these catch a
#: composite p or q, each round missing one with a chance below 1 in 4.
_PRIME_ROUNDS = 8


def _probably_prime(candidate: int) -> bool:
    if candidate < 3 or candidate % 2 == 0:
        return False
    odd, twos = candidate - 1, 0
    while odd % 2 == 0:
        odd, twos = odd // 2, twos + 1
    for _ in range(_PRIME_ROUNDS):
        x = pow(secrets.randbelow(candidate - 3) + 2, odd, candidate)
        if x in (1, candidate - 1):
            continue
        for _ in range(twos - 1):
            x = pow(x, 2, candidate)
            if x == candidate - 1:
                break
        else:
            return False
    return True


def _consistent(key: rsa.RSAPrivateKey) -> bool:
    """What OpenSSL's RSA_check_key checks, on the key's numbers."""
    numbers = key.private_numbers()
    p, q, d = numbers.p, numbers.q, numbers.d
    n, e = numbers.public_numbers.n, numbers.public_numbers.e
    if p == q or p * q != n or e < 3 or e % 2 == 0:
        return False
    if (e * d) % math.lcm(p - 1, q - 1) != 1:
        return False
    if numbers.dmp1 != d % (p - 1) or numbers.dmq1 != d % (q - 1):
        return False
    if (numbers.iqmp * q) % p != 1:
        return False
    return _probably_prime(p) and _probably_prime(q)


def _works(key: rsa.RSAPrivateKey) -> bool:
    """Sign a fresh test value and verify it; decrypt a fresh test value encrypted to the key."""
    probe = os.urandom(32)
    public = key.public_key()
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    public.verify(key.sign(probe, pss, hashes.SHA256()), probe, pss, hashes.SHA256())
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return key.decrypt(public.encrypt(probe, oaep), oaep) == probe
