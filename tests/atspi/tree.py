#!/usr/bin/python3
"""Print one application's whole AT-SPI accessibility tree as JSON, as a screen reader sees it.

    /usr/bin/python3 tree.py APP_NAME [--wait SECS]

Debian's python3-pyatspi (system python only). The AT-SPI bus is found the usual way, from the
session bus in DBUS_SESSION_BUS_ADDRESS (org.a11y.Bus). It waits up to SECS (default 10) for an
application named APP_NAME on the desktop, then walks it depth first and prints one JSON object:

    {"app": NAME, "nodes": [{"id": 0, "parent": null, "role": "application", "name": "...",
      "description": "...", "states": ["enabled", ...], "children": 3,
      "extents": [x, y, width, height] or null}, ...]}

Roles are at-spi2's own role names ("push button", "check box", "entry"), states their nicks.
Extents are screen coordinates (null when the node has no Component interface). It stops here:
it judges nothing, the test that runs it does. Exit 0 with the JSON; exit 3 when no such
application appeared in time (stderr lists the applications that were there); exit 4 when the
tree could not be read.
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# A tree deeper or larger than this is a loop or a runaway, not a kiosk page.
MAX_DEPTH = 64
MAX_NODES = 20000


def app_named(name, wait):
    """The desktop's application called `name`, waiting up to `wait` seconds; or None."""
    deadline = time.monotonic() + wait
    seen = []
    while True:
        desktop = Atspi.get_desktop(0)
        seen = []
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            app_name = app.get_name()
            seen.append(app_name)
            if app_name == name:
                return app, seen
        if time.monotonic() >= deadline:
            return None, seen
        time.sleep(0.2)


def extents(node):
    # An Atspi.Accessible implements the interfaces its object has (the *_iface getters are
    # deprecated), so ask whether it has Component before calling it.
    if "Component" not in node.get_interfaces():
        return None
    try:
        r = Atspi.Component.get_extents(node, Atspi.CoordType.SCREEN)
        return [r.x, r.y, r.width, r.height]
    except gi.repository.GLib.Error:
        return None


def states(node):
    found = node.get_state_set().get_states()
    return sorted(s.value_nick for s in found)


def walk(app):
    nodes = []
    stack = [(app, None, 0)]
    while stack:
        node, parent, depth = stack.pop()
        if len(nodes) >= MAX_NODES:
            raise RuntimeError(f"more than {MAX_NODES} nodes")
        count = node.get_child_count()
        me = len(nodes)
        nodes.append(
            {
                "id": me,
                "parent": parent,
                "role": Atspi.role_get_name(node.get_role()),
                "name": node.get_name() or "",
                "description": node.get_description() or "",
                "states": states(node),
                "children": count,
                "extents": extents(node),
            }
        )
        if depth >= MAX_DEPTH:
            raise RuntimeError(f"tree deeper than {MAX_DEPTH}")
        # Pushed last child first, so they are printed in order.
        for i in reversed(range(count)):
            child = node.get_child_at_index(i)
            if child is not None:
                stack.append((child, me, depth + 1))
    return nodes


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--wait"):
        print("usage: tree.py APP_NAME [--wait SECS]", file=sys.stderr)
        return 2
    name = argv[1]
    wait = float(argv[3]) if len(argv) == 4 else 10.0
    app, seen = app_named(name, wait)
    if app is None:
        print(f"no application named {name!r} within {wait} s; the desktop had {seen}", file=sys.stderr)
        return 3
    try:
        nodes = walk(app)
    except (gi.repository.GLib.Error, RuntimeError) as e:
        print(f"could not read {name!r}'s tree: {e}", file=sys.stderr)
        return 4
    json.dump({"app": name, "nodes": nodes}, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
