"""Windows Installer's file-versioning rules, in full: what becomes of a file SP1 ships when a
file of the same name is already on the server.

The default rules (``REINSTALLMODE`` ``omus``), as Windows Installer documents them:

* the highest version wins, even when it is the installed file's (never a downgrade);
* a versioned file wins over an unversioned one;
* equal versions: the languages decide. Equal languages keep the installed file; the file with a
  superset of the other's languages wins; otherwise, the common languages set aside, the file in
  the language of the product being installed (SP1's) wins, and failing that the file being
  installed (a language-neutral file counts as one more language);
* unversioned files are user data: an identical file is left alone, and a changed one is kept.
  "Changed" is decided by content here by default (the file differs from what RMS 1.0 installed:
  exact, and blind to copies and clocks); Windows Installer's own dates rule (modified later than
  created) is offered beside it (:class:`UserModifiedRule`);
* a companion file follows its companion parent: it is skipped only when the parent is installed
  at a higher version than SP1's (an unversioned companion of an equal parent is installed when
  the mode holds ``o`` or ``e``).

``REINSTALLMODE`` letters change which present files are reinstalled (:class:`ReinstallMode`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..common.messages import QT_TRANSLATE_NOOP, Message, msg
from ..install.models import FileAction, FileVersion, InstalledFile
from .payload import ManifestFile
from .reinstall_mode import PlanOptions, UserModifiedRule

#: Dates closer than this count as equal: FAT keeps them to 2 s, and a file's creation and last
#: write, done by one copy, are a moment apart.
DATE_TOLERANCE_S = 2.0


@dataclass(frozen=True)
class Companion:
    """The companion parent of a file: SP1's copy of it and the one installed (or None)."""

    new: ManifestFile
    installed: InstalledFile | None


Decision = tuple[FileAction, Message]


def _languages(languages: tuple[int, ...]) -> frozenset[int]:
    """A file's languages; none listed is language-neutral (0), one more language."""
    return frozenset(languages) or frozenset({0})


def _names(languages: frozenset[int]) -> str:
    return ", ".join(str(language) for language in sorted(languages))


def _equal_versions(
    version: FileVersion, new: frozenset[int], have: frozenset[int], product: int
) -> Decision:
    """Equal versions: the language rules (favor the product's language, keep a superset)."""
    if new == have:
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP("core", "The same version (%1) is already installed."), version
        )
    if have > new:
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The same version (%1) is installed in more languages (%2) than SP1's file has (%3): the file with more languages is kept.",
            ),
            version,
            _names(have),
            _names(new),
        )
    if new > have:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "SP1's file of the same version (%1) has more languages (%2) than the installed one (%3): the file with more languages wins.",
            ),
            version,
            _names(new),
            _names(have),
        )
    if product in have - new:
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The same version (%1) is installed in the language of the product (%2), which SP1's file lacks: it is kept.",
            ),
            version,
            product,
        )
    return FileAction.REPLACE, msg(
        QT_TRANSLATE_NOOP(
            "core",
            "SP1's file of the same version (%1) is in other languages (%2 instead of %3): the file of the product being installed wins.",
        ),
        version,
        _names(new - have),
        _names(have - new),
    )


def _both_versioned(
    new: FileVersion,
    have: FileVersion,
    new_file: ManifestFile,
    installed: InstalledFile,
    product: int,
) -> Decision:
    if have < new:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP("core", "The installed version %1 is lower than SP1's %2."), have, new
        )
    if have > new:
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP(
                "core", "The installed version %1 is higher than SP1's %2: never downgraded."
            ),
            have,
            new,
        )
    return _equal_versions(
        new, _languages(new_file.languages), _languages(installed.languages), product
    )


def _stamp(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _user_data(
    new: ManifestFile,
    installed: InstalledFile,
    pristine: ManifestFile | None,
    rule: UserModifiedRule,
) -> Decision:
    """Neither file has a version: an identical file stays, a changed one is the admin's."""
    if installed.sha256 == new.sha256:
        return FileAction.KEEP, msg(QT_TRANSLATE_NOOP("core", "Already identical to SP1's file."))
    if rule is UserModifiedRule.DATES:
        return _user_data_by_dates(installed)
    if pristine is not None and installed.sha256 == pristine.sha256:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP("core", "Unchanged since RMS 1.0 installed it; SP1 updates it.")
        )
    return FileAction.KEEP_MODIFIED, msg(
        QT_TRANSLATE_NOOP(
            "core", "Changed on this server since RMS 1.0 installed it: your changes are kept."
        )
    )


def _user_data_by_dates(installed: InstalledFile) -> Decision:
    """Windows Installer's rule: modified later than created means changed by a user."""
    created, modified = installed.created, installed.modified
    if created is None or modified is None:
        return FileAction.KEEP_MODIFIED, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The creation date of the installed file is not known: it is kept, as a changed file would be.",
            )
        )
    if modified > created + DATE_TOLERANCE_S:
        return FileAction.KEEP_MODIFIED, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Modified (%1) after it was created (%2): changed on this server, your changes are kept.",
            ),
            _stamp(modified),
            _stamp(created),
        )
    return FileAction.REPLACE, msg(
        QT_TRANSLATE_NOOP(
            "core",
            "Not modified after it was created (%1): unchanged, SP1 updates it.",
        ),
        _stamp(created),
    )


def default_rules(
    new: ManifestFile,
    installed: InstalledFile,
    pristine: ManifestFile | None,
    options: PlanOptions,
) -> Decision:
    """The default rules (``o``) for a file present on the server."""
    if new.version is not None and installed.version is not None:
        return _both_versioned(
            new.version, installed.version, new, installed, options.product_language
        )
    if new.version is not None:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP("core", "SP1's versioned file (%1) replaces an unversioned file."),
            new.version,
        )
    if installed.version is not None:
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The installed file has a version (%1); an unversioned file never replaces it.",
            ),
            installed.version,
        )
    return _user_data(new, installed, pristine, options.user_modified)


def _version_text(version: FileVersion | None) -> str | Message:
    return str(version) if version is not None else msg(QT_TRANSLATE_NOOP("core", "no version"))


def _differs(new: ManifestFile, installed: InstalledFile) -> bool:
    """Whether the installed file is another version than SP1's (``d``): by version when either
    file has one, by content when neither has."""
    if new.version is not None or installed.version is not None:
        return new.version != installed.version
    return installed.sha256 != new.sha256


def _companion(
    new: ManifestFile, companion: Companion, letters: frozenset[str], mode: str
) -> Decision:
    """A companion file follows its parent: skipped only when the parent is installed at a
    higher version than SP1's; an unversioned companion of an equal parent needs ``o`` or ``e``."""
    parent_new, parent_have = companion.new, companion.installed
    if not letters & {"o", "e", "d", "c"}:
        return _only_missing(mode)
    if parent_have is not None and parent_have.version is not None and parent_new.version:
        if parent_have.version > parent_new.version:
            return FileAction.KEEP, msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Its companion file %1 is installed at a higher version (%2) than SP1's (%3): it stays with it.",
                ),
                parent_new.path,
                parent_have.version,
                parent_new.version,
            )
        if (
            parent_have.version == parent_new.version
            and new.version is None
            and not letters & {"o", "e"}
        ):
            return FileAction.KEEP, msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Its companion file %1 is installed at SP1's version, and the reinstall mode %2 does not reinstall an unversioned companion then.",
                ),
                parent_new.path,
                mode,
            )
    return FileAction.REPLACE, msg(
        QT_TRANSLATE_NOOP(
            "core",
            "It follows its companion file %1, which is not installed at a higher version than SP1's %2: it is installed with it.",
        ),
        parent_new.path,
        _version_text(parent_new.version),
    )


def _only_missing(mode: str) -> Decision:
    return FileAction.KEEP, msg(
        QT_TRANSLATE_NOOP(
            "core", "The reinstall mode %1 reinstalls only missing files: the installed file stays."
        ),
        mode,
    )


def decide_file(
    new: ManifestFile,
    installed: InstalledFile | None,
    pristine: ManifestFile | None,
    options: PlanOptions | None = None,
    companion: Companion | None = None,
) -> Decision:
    """What SP1 does with one file: the default rules, changed by the reinstall mode's letters
    (a file is reinstalled when any letter says so), or its companion parent's rules."""
    options = options or PlanOptions()
    if installed is None:
        return FileAction.ADD, msg(QT_TRANSLATE_NOOP("core", "New in SP1."))
    letters, mode = options.reinstall_mode.file_letters, options.reinstall_mode.letters
    if "a" in letters:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP(
                "core", "The reinstall mode %1 reinstalls every file, whatever its version."
            ),
            mode,
        )
    if companion is not None:
        return _companion(new, companion, letters, mode)
    default = default_rules(new, installed, pristine, options)
    if default[0] is FileAction.REPLACE and letters & {"o", "e"}:
        return default
    same_version = new.version is not None and new.version == installed.version
    if "e" in letters and same_version:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The same version (%1) is installed, and the reinstall mode %2 reinstalls equal versions.",
            ),
            new.version,
            mode,
        )
    if "d" in letters and _differs(new, installed):
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The installed file is not SP1's (%1 installed, %2 in SP1), and the reinstall mode %3 reinstalls a different file.",
            ),
            _version_text(installed.version),
            _version_text(new.version),
            mode,
        )
    damaged = installed.sha256 is not None and installed.sha256 != new.sha256
    if "c" in letters and same_version and damaged:
        return FileAction.REPLACE, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The installed file has SP1's version (%1) but not its content: damaged, the reinstall mode %2 reinstalls it.",
            ),
            new.version,
            mode,
        )
    if default[0] is FileAction.REPLACE:  # the default rules would, but no letter says so
        if letters <= {"p"}:
            return _only_missing(mode)
        return FileAction.KEEP, msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The reinstall mode %1 does not reinstall this file: the installed file stays.",
            ),
            mode,
        )
    return default
