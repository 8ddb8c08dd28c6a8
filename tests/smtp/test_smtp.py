"""A test SMTP server with a council relay's habits, for the email connector's end-to-end tests.

It stands for a council's on-premises Postfix submission relay (the kind in front of Exchange
Online or an Exchange server): an ESMTP banner with its host name, STARTTLS on port 587 or TLS
from the first byte on 465 (certificate and key given here), SASL AUTH PLAIN/LOGIN required when
credentials are given (and only after TLS), a 10 MB message limit, Postfix's replies ("250 2.0.0
Ok: queued as 4F2A1B3C"; a 550 that echoes the recipient, as Postfix's "Recipient address
rejected" does), and an idle timeout.

Every accepted message is stored as <store>/<n>.eml, then a line "n<TAB>message-id<TAB>recipient"
is appended to <store>/index.tsv. Faults (each also logged to <store>/faults.tsv as
"fault<TAB>message-id"):
  451   temporary refusal after DATA (nothing stored)
  550   permanent refusal after DATA, echoing the recipient (nothing stored)
  554   permanent content refusal after DATA (nothing stored)
  drop  the message is stored, then the connection is dropped with no reply (the unknown outcome)
  slow  the reply to RCPT comes after --slow-secs (longer than the client's timeout; nothing
        stored in that transaction)
chosen per transaction by --fault-rate/--faults/--seed, or by the word in --control FILE (read at
every transaction; empty or "none" for no fault), which wins.

Usage: test_smtp.py --store DIR [--port 0] [--tls starttls|implicit|none] [--cert PEM --key PEM]
                    [--user U --password P] [--faults 451,drop,slow] [--fault-rate 0.3]
                    [--seed 1] [--slow-secs 3] [--control FILE]
Prints "listening on PORT" once bound, then serves until killed.
"""

import argparse
import asyncio
import email
import os
import random
import secrets
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

HOSTNAME = "relay.council.example"


class Relay:
    """The handler: stores messages and injects faults."""

    def __init__(self, args):
        self.args = args
        self.store = args.store
        self.rng = random.Random(args.seed)
        self.faults = [f for f in args.faults.split(",") if f]
        self.count = len([n for n in os.listdir(self.store) if n.endswith(".eml")])

    def fault(self):
        """The fault for a new transaction, or None."""
        if self.args.control:
            try:
                with open(self.args.control, encoding="utf-8") as f:
                    word = f.read().strip()
            except FileNotFoundError:
                word = ""
            if word and word != "none":
                return word
            if word == "none":
                return None
        if self.faults and self.rng.random() < self.args.fault_rate:
            return self.rng.choice(self.faults)
        return None

    def log_fault(self, fault, message_id):
        with open(os.path.join(self.store, "faults.tsv"), "a", encoding="utf-8") as f:
            f.write(f"{fault}\t{message_id}\n")

    def keep(self, envelope):
        """Store the message and index it; return its Message-ID."""
        message = email.message_from_bytes(envelope.original_content or envelope.content)
        message_id = (message.get("Message-ID") or "").strip().strip("<>")
        self.count += 1
        n = self.count
        tmp = os.path.join(self.store, f".{n}.tmp")
        with open(tmp, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.store, f"{n}.eml"))
        with open(os.path.join(self.store, "index.tsv"), "a", encoding="utf-8") as f:
            f.write(f"{n}\t{message_id}\t{','.join(envelope.rcpt_tos)}\n")
        return message_id

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        session.fault = self.fault()
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if getattr(session, "fault", None) == "slow":
            self.log_fault("slow", "")
            await asyncio.sleep(self.args.slow_secs)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        fault = getattr(session, "fault", None)
        message = email.message_from_bytes(envelope.original_content or envelope.content)
        message_id = (message.get("Message-ID") or "").strip().strip("<>")
        if fault == "451":
            self.log_fault(fault, message_id)
            return "451 4.3.0 Error: queue file write error"
        if fault == "550":
            self.log_fault(fault, message_id)
            rcpt = envelope.rcpt_tos[0] if envelope.rcpt_tos else ""
            return f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
        if fault == "554":
            self.log_fault(fault, message_id)
            return "554 5.7.1 Message rejected due to content restrictions"
        self.keep(envelope)
        if fault == "drop":
            self.log_fault(fault, message_id)
            # Stored, and the client never hears so: the unknown outcome.
            server.transport.abort()
            return "250 2.0.0 Ok (never seen)"
        return f"250 2.0.0 Ok: queued as {secrets.token_hex(5).upper()}"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        # handled=False: aiosmtpd answers 535 itself, as Postfix does.
        return AuthResult(success=ok, handled=False)

    return check


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--store", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--tls", choices=["starttls", "implicit", "none"], default="starttls")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--faults", default="")
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--slow-secs", type=float, default=3.0)
    p.add_argument("--control")
    args = p.parse_args()
    os.makedirs(args.store, exist_ok=True)

    context = None
    if args.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    relay = Relay(args)
    auth = {}
    if args.user:
        auth = dict(
            auth_required=True,
            authenticator=authenticator(args.user, args.password or ""),
            # With implicit TLS the whole connection is TLS already.
            auth_require_tls=args.tls == "starttls",
        )

    def protocol():
        return SMTP(
            relay,
            hostname=HOSTNAME,
            ident="ESMTP Postfix (Debian/GNU)",
            data_size_limit=10 * 1024 * 1024,
            tls_context=context if args.tls == "starttls" else None,
            require_starttls=args.tls == "starttls",
            timeout=60,
            **auth,
        )

    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        protocol, "127.0.0.1", args.port, ssl=context if args.tls == "implicit" else None
    )
    port = server.sockets[0].getsockname()[1]
    print(f"listening on {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
