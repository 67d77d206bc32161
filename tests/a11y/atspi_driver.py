"""Drive the wizard as a screen reader sees it: only through AT-SPI (pyatspi).

Run with the *system* Python (``/usr/bin/python3``: Debian's python3-pyatspi is for it), on the
session bus the test started: ``atspi_driver.py WALK.json RESULT.json``. The walk is a list of
steps (see :func:`run_step`); the result holds, per page, the focused object and the focusable
objects without a name, every ``object:announcement`` event as it arrived (time, text and
politeness), and the first error, if any. Nothing here imports the project: it knows the wizard
only by what AT-SPI shows (roles and names).
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "rms-wizard"
STEP_TIMEOUT = 30.0

#: AT-SPI's live-region politeness, sent as ``detail1`` of ``object:announcement``.
POLITENESS = {1: "polite", 2: "assertive"}

announcements: list[tuple[float, str, str]] = []


def on_announcement(event: Any) -> None:
    politeness = POLITENESS.get(event.detail1, str(event.detail1))
    announcements.append((time.monotonic(), str(event.any_data), politeness))


#: The events that keep libatspi's cache up to date (see :func:`main`).
CACHE_EVENTS = ("object:state-changed", "object:property-change", "object:children-changed")


def ignore(event: Any) -> None:
    del event


def application() -> Any | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == APP_NAME:
            return app
    return None


def showing(root: Any, depth: int = 0) -> Iterator[Any]:
    """Every object under ``root`` that is on screen (a hidden page's widgets are not)."""
    if root is None or depth > 30:
        return
    if depth == 0:
        # libatspi caches states, and Qt does not report every change (a button that becomes
        # enabled): each look asks the wizard afresh.
        root.clearCache()
    try:
        states = root.getState()
    except Exception:  # an object that went away while walking
        return
    if depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
        return
    yield root
    for child in root:
        yield from showing(child, depth + 1)


def describe(obj: Any) -> str:
    path = []
    node = obj
    while node is not None and node.getRoleName() != "application":
        path.append(f"{node.getRoleName()} {node.name!r}")
        node = node.parent
    return " < ".join(path)


def nameless_focusable(app: Any) -> list[str]:
    """Focusable objects on screen without a name: what a screen reader would call "button"."""
    return [
        describe(obj)
        for obj in showing(app)
        if obj.getState().contains(pyatspi.STATE_FOCUSABLE) and not obj.name.strip()
    ]


def focused(app: Any) -> Any | None:
    """The focused object. A widget whose focus proxy has the focus (the password field's box
    for its line edit) says it is focused too; the focusable one is what a reader is on."""
    found = [obj for obj in showing(app) if obj.getState().contains(pyatspi.STATE_FOCUSED)]
    focusable = [obj for obj in found if obj.getState().contains(pyatspi.STATE_FOCUSABLE)]
    return (focusable or found or [None])[-1]


def key_bindings(app: Any) -> list[list[str]]:
    """The keys that reach an object on screen (role, name, keys), as a reader would say them."""
    keys = []
    for obj in showing(app):
        try:
            action = obj.queryAction()
        except NotImplementedError:
            continue
        for index in range(action.nActions):
            binding = action.getKeyBinding(index)
            if binding:
                keys.append([obj.getRoleName(), obj.name, action.getName(index), binding])
    return keys


def find(app: Any, role: str, name: str) -> Any | None:
    for obj in showing(app):
        if obj.getRoleName() == role and obj.name == name:
            return obj
    return None


def enabled(obj: Any) -> bool:
    return bool(obj.getState().contains(pyatspi.STATE_SENSITIVE))


Wait = Callable[[], bool]


def act(obj: Any, step: dict[str, Any]) -> None:
    if step["op"] == "press":
        obj.queryAction().doAction(0)
    else:
        obj.queryComponent().grabFocus()
        obj.queryEditableText().setTextContents(step["text"])


def run_step(step: dict[str, Any], result: dict[str, Any]) -> Iterator[Wait]:
    """One step; yields conditions to wait for (the main loop keeps delivering events).

    * ``press``: wait for the object (role, name) to be on screen and enabled, then do its
      first action (press / click / toggle);
    * ``type``: set the text of an editable object (the password field) through EditableText;
    * ``page``: wait for an announcement containing ``expect`` (after the ones already seen) and,
      given ``ready`` (role, the start of a name), for that object to be enabled; then for the focus to be on
      the object named ``focus`` (at most 5 s); then record the focused object, the nameless
      focusable ones on screen and the keys that reach objects (``passing``: only heard, the
      page moves on by itself; ``error``: not a page but an error on it, looked at the same way);
      the entry also says how the announcement came (``politeness``);
    * ``announced``: wait for an announcement containing ``expect``.
    """
    app = application()
    op = step["op"]
    if op in ("press", "type"):
        target: list[Any] = []

        def ready() -> bool:
            obj = find(app, step["role"], step["name"])
            if obj is not None and enabled(obj):
                target.append(obj)
                return True
            return False

        for attempt in range(3):
            yield ready
            try:
                act(target.pop(), step)
                return
            except GLib.GError:  # the object went away (its page changed): look again
                if attempt == 2:
                    raise
    seen = result.setdefault("_seen", 0)

    def heard() -> bool:
        for index in range(seen, len(announcements)):
            if step["expect"] in announcements[index][1]:
                result["_seen"] = index + 1
                return True
        return False

    yield heard
    if op != "page":
        return
    how = {"politeness": announcements[result["_seen"] - 1][2], "error": bool(step.get("error"))}
    if step.get("passing"):  # a page that moves on by itself: heard, gone before one can look
        result["pages"].append({"page": step["expect"], "passing": True, "focus": None, **how})
        return
    if step.get("ready"):  # the page is filled in the background: look once this is enabled
        role, name = step["ready"]
        yield lambda: any(
            obj.getRoleName() == role and obj.name.startswith(name) and enabled(obj)
            for obj in showing(app)
        )
    found: list[Any] = []

    def settled() -> bool:  # the page sets its focus on the next event-loop turn
        obj = focused(app)
        if obj is not None and (not step.get("focus") or obj.name == step["focus"]):
            found.append(obj)
            return True
        return False

    deadline = time.monotonic() + 5
    yield lambda: settled() or time.monotonic() > deadline
    obj = found[0] if found else focused(app)
    result["pages"].append(
        {
            "page": step["expect"],
            "focus": step.get("focus"),
            "focused": None if obj is None else [obj.getRoleName(), obj.name],
            "nameless": nameless_focusable(app),
            "keys": key_bindings(app),
            **how,
        }
    )


def walk(steps: list[dict[str, Any]], result: dict[str, Any]) -> Iterator[Wait]:
    deadline = time.monotonic() + STEP_TIMEOUT
    yield lambda: application() is not None or time.monotonic() > deadline
    for number, step in enumerate(steps):
        result["step"] = number
        started = time.monotonic()
        for condition in run_step(step, result):
            yield lambda c=condition, s=started, st=step: c() or _too_long(s, st)


def _too_long(started: float, step: dict[str, Any]) -> bool:
    if time.monotonic() - started > STEP_TIMEOUT:
        on_screen = [
            f"{obj.getRoleName()} {obj.name!r} {enabled(obj)}"
            for obj in showing(application())
            if obj.getRoleName() == step.get("role", obj.getRoleName()) and obj.name
        ]
        raise TimeoutError(
            f"step {step} did not happen in {STEP_TIMEOUT:.0f} s; on screen: {on_screen}; "
            f"heard: {[text for _, text, _ in announcements]}"
        )
    return False


def main(walk_file: str, result_file: str) -> int:
    with open(walk_file, encoding="utf-8") as source:
        steps = json.load(source)
    result: dict[str, Any] = {"pages": [], "error": None}
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    # libatspi keeps its cache of states, properties and children fresh only for the events some
    # listener asked for: without these a button that became enabled still looks insensitive.
    for kind in CACHE_EVENTS:
        pyatspi.Registry.registerEventListener(ignore, kind)
    steps_left = walk(steps, result)
    waiting: list[Wait] = [lambda: True]

    def tick() -> bool:
        try:
            while waiting[0]():
                waiting[0] = next(steps_left)
        except StopIteration:
            pyatspi.Registry.stop()
            return False
        except Exception:  # the walk's first error is the result
            result["error"] = traceback.format_exc()
            pyatspi.Registry.stop()
            return False
        return True

    GLib.timeout_add(1000, tick)  # each look is a walk over D-Bus: not too often
    pyatspi.Registry.start()
    result["announcements"] = announcements
    result.pop("_seen", None)
    with open(result_file, "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
