"""The install root: the folder a run works on, checked before anything looks further.

Detection, the transaction's recovery and every locked run check the root the same way (an
existing folder holding a registry export, reached without a link that leads outside it), and
map the registry's Windows paths into it the same way (:class:`InstallLocator`).
"""

from __future__ import annotations

from pathlib import Path

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..common.paths import registry_file, windows_to_root


def _root_error(text: str, root: Path) -> BadInputError:
    return BadInputError(msg(text, root))


def check_root(root: Path) -> Path:
    """The root must be an existing folder holding a machine's registry export."""
    if not root.exists():
        raise _root_error(QT_TRANSLATE_NOOP("core", "The folder %1 does not exist."), root)
    if not root.is_dir():
        raise _root_error(QT_TRANSLATE_NOOP("core", "%1 is not a folder."), root)
    if not registry_file(root).is_file():
        raise _root_error(
            QT_TRANSLATE_NOOP(
                "core", "%1 is not a server install: it has no registry export (registry.reg)."
            ),
            root,
        )
    resolved = root.resolve()
    resolve_inside(registry_file(resolved), resolved)
    return resolved


def _outside_error(entry: Path, root: Path) -> BadInputError:
    return BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "%1 is a link that points outside %2."), entry, root)
    )


def resolve_inside(path: Path, root: Path) -> Path:
    """``path`` with its links resolved; refused when that leaves ``root`` or loops."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a link loop (RuntimeError before Python 3.13)
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "%1 is a link that cannot be followed (a loop)."), path)
        ) from None
    if not resolved.is_relative_to(root.resolve()):
        raise _outside_error(path, root)
    return resolved


class InstallLocator:
    """Maps Windows paths from the registry to files: into a mock root, or 1:1 on Windows."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def path(self, windows_path: str | None) -> Path | None:
        if not windows_path:
            return None
        if self.root is None:
            return Path(windows_path)
        try:
            path = windows_to_root(self.root, windows_path)
        except ValueError:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP("core", "The registry holds an invalid path: %1"),
                    windows_path,
                )
            ) from None
        # A link on the way (the install folder, a data folder) must not lead out of the root:
        # detection would read, and apply write, outside the mock server.
        resolve_inside(path, self.root)
        return path


__all__ = ["InstallLocator", "check_root", "resolve_inside"]
