#!/usr/bin/env python3
"""A SIP2 library system for the end-to-end tests: pysip2's own ACS server (its codec, checksums,
login gating and 97 resend handling) with a few patrons and a fault mode per process.

It binds 127.0.0.1, prints `listening on PORT` as its first stdout line, and serves until killed
(or, with --stop-on-stdin-eof, until its parent closes its stdin, so a test killed with SIGKILL
leaves no server behind). What the kiosk does with the answers is the Rust tests' business.

    sip2_server.py --port 0 [--mode normal|drop|silent|bad-checksum|bad-checksum-once]
                   [--patrons FILE.json] [--encoding utf-8|latin-1]
                   [--login-user kiosk --login-password s3cret]

Modes, applied to patron requests (63 and 23) only, after a normal login:
  drop               close the connection after reading the request
  silent             read the request and never answer
  bad-checksum       answer with a wrong checksum, and resend it as wrong when asked (97)
  bad-checksum-once  answer with a wrong checksum, but resend it right when asked (97)

Fault modes override two private methods of pysip2 0.1.0's SIP2Server (_process_frame, _send):
pysip2 offers no hook to drop or corrupt a reply. tests/devices/requirements.txt pins the version.
"""

import argparse
import json
import logging
import sys

import anyio
from pysip2 import (
    LOGIN,
    PATRON_INFORMATION,
    PATRON_STATUS,
    LoginResponse,
    PatronInformationResponse,
    PatronStatusResponse,
    SIP2ProtocolError,
    SIP2Server,
)

# Patron status positions (SIP2): 0 charge privileges denied, 4 card reported lost,
# 10 excessive outstanding fines.
PATRONS = {
    "21234000000001": {
        "pin": "1234",
        "name": "Amina Begum",
        "address": "12 Granby Street, Leicester LE1 6ES",
        "email": "amina.begum@example.org",
        "phone": "0116 496 0000",
    },
    "21234000000002": {
        "pin": "5678",
        "name": "Price, Thomas",
        "address": "3 Belgrave Gate, Leicester LE1 3GP",
        "blocks": "Y   Y     Y   ",
        "message": "Please see staff about your card",
    },
    "21234000000003": {
        "pin": "2468",
        "name": "Zoë Ní Bhriain",
        "email": "zoe@example.org",
    },
}

PATRON_REQUESTS = (b"63", b"23")


class TestLibrary(SIP2Server):
    """pysip2's server with a fault mode for patron requests."""

    def __init__(self, mode, **kwargs):
        super().__init__(**kwargs)
        self.mode = mode

    async def _process_frame(self, stream, state, frame):
        if frame[:2] in PATRON_REQUESTS:
            if self.mode == "drop":
                # pysip2 closes the connection on a protocol error.
                raise SIP2ProtocolError("dropping the connection (--mode drop)")
            if self.mode == "silent":
                await anyio.sleep_forever()
        await super()._process_frame(stream, state, frame)

    async def _send(self, stream, state, frame):
        if frame[:2] not in (b"64", b"24") or not self.mode.startswith("bad-checksum"):
            await super()._send(stream, state, frame)
            return
        # The checksum is the four hex digits before the CR: change the last one.
        last = frame[-2:-1]
        bad = frame[:-2] + (b"0" if last != b"0" else b"1") + b"\r"
        await stream.send(bad)
        # A 97 resends state.last_response: the bad frame again, or (once) the good one.
        state.last_response = frame if self.mode == "bad-checksum-once" else bad


def build(args, patrons):
    app = TestLibrary(
        args.mode,
        encoding=args.encoding,
        login_required=True,
        institution_id="LEI",
        library_name="Leicester Libraries",
    )

    @app.route(LOGIN)
    def login(req, ctx):
        ok = req.login_user_id == args.login_user and req.login_password == args.login_password
        return LoginResponse(ok="1" if ok else "0")

    def answer(req, ctx, cls, extra):
        patron = patrons.get(req.patron_identifier)
        pin = req.patron_password or None
        fields = dict(
            language=req.language,
            transaction_date=ctx.now_18(),
            institution_id=req.institution_id,
            patron_identifier=req.patron_identifier,
            **extra,
        )
        if patron is None:
            return cls(
                patron_status=" " * 14,
                personal_name="",
                valid_patron="N",
                valid_patron_password="N" if pin else None,
                screen_message=("Card not recognised",),
                **fields,
            )
        if cls is PatronInformationResponse:
            fields.update(
                home_address=patron.get("address"),
                email_address=patron.get("email"),
                home_phone_number=patron.get("phone"),
            )
        return cls(
            patron_status=patron.get("blocks", " " * 14),
            personal_name=patron["name"],
            valid_patron="Y",
            valid_patron_password=None if pin is None else ("Y" if pin == patron["pin"] else "N"),
            screen_message=tuple(filter(None, [patron.get("message")])),
            **fields,
        )

    @app.route(PATRON_INFORMATION)
    def patron_information(req, ctx):
        blank = "    "  # item counts: not kept
        extra = {
            f"{what}_count": blank
            for what in ("hold_items", "overdue_items", "charged_items", "fine_items", "recall_items", "unavailable_holds")
        }
        return answer(req, ctx, PatronInformationResponse, extra)

    @app.route(PATRON_STATUS)
    def patron_status(req, ctx):
        return answer(req, ctx, PatronStatusResponse, {})

    return app


async def main(args):
    patrons = PATRONS
    if args.patrons:
        with open(args.patrons, encoding="utf-8") as f:
            patrons = json.load(f)
    app = build(args, patrons)
    async with app.start(host="127.0.0.1", port=args.port) as port:
        print(f"listening on {port}", flush=True)
        if args.stop_on_stdin_eof:
            await anyio.to_thread.run_sync(sys.stdin.buffer.read, abandon_on_cancel=True)
        else:
            await anyio.sleep_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument(
        "--mode",
        choices=["normal", "drop", "silent", "bad-checksum", "bad-checksum-once"],
        default="normal",
    )
    parser.add_argument("--patrons", help="JSON: barcode -> {pin, name, address, email, phone, blocks, message}")
    parser.add_argument("--encoding", default="utf-8", help="how names go on the wire (utf-8, latin-1, cp850)")
    parser.add_argument("--login-user", default="kiosk")
    parser.add_argument("--login-password", default="s3cret")
    parser.add_argument("--stop-on-stdin-eof", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="log every connection to stderr")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.ERROR, stream=sys.stderr)
    try:
        anyio.run(main, args)
    except KeyboardInterrupt:
        pass
