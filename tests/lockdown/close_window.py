"""Ask an X11 window to close, as a window manager does for Alt+F4: a WM_PROTOCOLS ClientMessage
carrying WM_DELETE_WINDOW, sent to the window. Usage: close_window.py DISPLAY WINDOW_ID.
Prints whether the window had asked for WM_DELETE_WINDOW (a window that did not would be killed
by a window manager instead). Debian's python3-xlib."""
import sys

from Xlib import X, display
from Xlib.protocol import event


def main():
    d = display.Display(sys.argv[1])
    win = d.create_resource_object("window", int(sys.argv[2], 0))
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    asked = delete in (win.get_wm_protocols() or [])
    msg = event.ClientMessage(window=win, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    win.send_event(msg, event_mask=X.NoEventMask)
    d.sync()
    print("asked-for-delete" if asked else "did-not-ask")


if __name__ == "__main__":
    main()
