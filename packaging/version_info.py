"""The Windows version resource of the frozen app, rendered from ``rms_wizard.__version__``.

``packaging/version_info.txt`` is this module's output, committed so it can be read and reviewed;
the spec refuses to build when it is out of date, and ``python packaging/version_info.py`` rewrites
it after a version bump.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERSION_INFO = HERE / "version_info.txt"

_TEMPLATE = """\
# UTF-8
# Windows version resource of rms-wizard.exe (PyInstaller VSVersionInfo).
# Generated from rms_wizard.__version__ by packaging/version_info.py: do not edit by hand.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={tuple},
    prodvers={tuple},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [StringStruct('CompanyName', 'rms-wizard project'),
         StringStruct('FileDescription', 'Windows RMS SP1 Setup wizard'),
         StringStruct('FileVersion', '{dotted}'),
         StringStruct('InternalName', 'rms-wizard'),
         StringStruct('LegalCopyright', 'rms-wizard project'),
         StringStruct('OriginalFilename', 'rms-wizard.exe'),
         StringStruct('ProductName', 'rms-wizard'),
         StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.0.0"`` → ``(1, 0, 0, 0)``: the four numbers a Windows version resource holds."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"not a version: {version!r}")
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def render(version: str) -> str:
    numbers = version_tuple(version)
    return _TEMPLATE.format(
        tuple=repr(numbers), dotted=".".join(str(n) for n in numbers), version=version
    )


def current_version() -> str:
    sys.path.insert(0, str(HERE.parent))
    try:
        from rms_wizard import __version__
    finally:
        sys.path.pop(0)
    return __version__


def main() -> int:
    VERSION_INFO.write_text(render(current_version()), encoding="utf-8")
    print(f"wrote {VERSION_INFO}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
