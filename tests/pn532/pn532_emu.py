#!/usr/bin/env python3
"""A PN532 NFC reader on a pseudo-terminal, answering libnfc's pn532_uart driver, for tests.

    python3 pn532_emu.py [--card UID_HEX] [--garbage | --silent] [--link PATH] [--verbose]

Standard library only. It opens a pty pair and prints the slave's path on its first stdout line
(`pty /dev/pts/N`); with --link PATH it also points the symlink PATH at it (a stable name, like
udev's /dev/serial/by-id, so a test can unplug one emulator and plug in another on the same path).
Open libnfc on `pn532_uart:/dev/pts/N` (or `pn532_uart:PATH`).

It speaks the PN532's HSU framing: it skips the wake-up preamble (0x55 ...), checks each host
frame's LEN/LCS and DCS, answers an ACK frame and then a normal information frame. It knows the
commands libnfc sends to open, set up and poll a PN532 (Diagnose, GetFirmwareVersion,
GetGeneralStatus, ReadRegister, WriteRegister, SetParameters, SAMConfiguration, PowerDown,
RFConfiguration, InListPassiveTarget, InDeselect, InRelease) and answers others with the PN532's
application error frame. As the real chip does, InListPassiveTarget waits for a card (sends
only its ACK) while RFConfiguration's MxRtyPassiveActivation is 0xFF, libnfc's default
"infinite select"; a reader that polls must turn that off.

Commands on stdin, one a line; each is acknowledged on stdout with `ok <command>`:
    card UID_HEX   a card with this UID lies on the reader (InListPassiveTarget finds it)
    nocard         no card (InListPassiveTarget finds 0 targets)
    garbage        answer every command with broken frames (bad checksums, wrong codes, ...)
    silent         answer nothing at all
    healthy        answer properly again (the card stays as it was)
    unplug         remove the link, close the pty (the port goes away) and exit
    quit           exit
Stdin closing also exits. Other stdout lines: `poll N` after the Nth InListPassiveTarget is
answered (whatever the mode), `garbage N` after the Nth broken answer.
"""

import argparse
import os
import pty
import select
import sys
import tty

ACK = bytes([0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00])
# What a PN532 sends for a command it does not know (the syntax error frame).
APPLICATION_ERROR = bytes([0x00, 0x00, 0xFF, 0x01, 0xFF, 0x7F, 0x81, 0x00])

HOST_TFI = 0xD4
CHIP_TFI = 0xD5

# GetFirmwareVersion: IC PN532, version 1.6, supports ISO14443A, ISO14443B and ISO18092.
FIRMWARE = bytes([0x32, 0x01, 0x06, 0x07])


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def log(line):
    sys.stderr.write("pn532_emu: " + line + "\n")
    sys.stderr.flush()


def information_frame(payload):
    """A normal information frame around payload (TFI first), with LCS and DCS."""
    length = len(payload)
    return (
        bytes([0x00, 0x00, 0xFF, length, (-length) & 0xFF])
        + payload
        + bytes([(-sum(payload)) & 0xFF, 0x00])
    )


class HostFrames:
    """Splits the bytes libnfc writes into command payloads (command code first)."""

    def __init__(self):
        self.buf = bytearray()

    def feed(self, data):
        self.buf += data
        commands = []
        while True:
            start = self.buf.find(b"\x00\xff")
            if start < 0:
                # Keep a trailing 0x00: it may be the first half of the next start code.
                del self.buf[: max(0, len(self.buf) - 1)]
                return commands
            del self.buf[:start]
            if len(self.buf) < 4:
                return commands
            length, lcs = self.buf[2], self.buf[3]
            if (length, lcs) == (0x00, 0xFF):  # an ACK from the host (it aborts a command)
                del self.buf[:4]
                continue
            if (length, lcs) == (0xFF, 0xFF):  # extended frame
                if len(self.buf) < 7:
                    return commands
                length = (self.buf[4] << 8) | self.buf[5]
                if (self.buf[4] + self.buf[5] + self.buf[6]) & 0xFF:
                    log("extended frame with a bad length checksum, skipped")
                    del self.buf[:2]
                    continue
                head = 7
            elif (length + lcs) & 0xFF:
                log("frame with a bad length checksum, skipped")
                del self.buf[:2]
                continue
            else:
                head = 4
            if len(self.buf) < head + length + 2:
                return commands
            data = bytes(self.buf[head : head + length])
            dcs = self.buf[head + length]
            del self.buf[: head + length + 2]
            if (sum(data) + dcs) & 0xFF:
                log("frame with a bad data checksum, skipped")
                continue
            if len(data) < 2 or data[0] != HOST_TFI:
                log("frame without the host's TFI and a command, skipped")
                continue
            commands.append(data[1:])


class Pn532:
    """The chip's answers, by mode."""

    def __init__(self, card, mode):
        self.card = card
        self.mode = mode
        self.registers = {}
        self.polls = 0
        self.garbage_sent = 0
        # RFConfiguration MaxRetries' MxRtyPassiveActivation: 0xFF (libnfc's "infinite select")
        # makes InListPassiveTarget wait until a card comes, as the real chip does.
        self.passive_retries = 0xFF
        # An InListPassiveTarget still waiting for a card, answered by the next `card` command.
        self.waiting_poll = None

    def answer(self, command):
        """The bytes to write back for one command, or None to stay silent."""
        self.waiting_poll = None
        if self.mode == "silent":
            return None
        if self.mode == "garbage":
            self.garbage_sent += 1
            reply = self.garbage(command, self.garbage_sent)
            if command[0] == 0x4A:
                self.polls += 1
                say("poll %d" % self.polls)
            say("garbage %d" % self.garbage_sent)
            return reply
        if command[0] == 0x4A and self.card is None and self.passive_retries == 0xFF:
            # The chip keeps polling until a card comes: only the ACK now.
            self.waiting_poll = command
            return ACK
        data = self.reply(command)
        if data is None:
            log("unknown command 0x%02X: application error frame" % command[0])
            return ACK + APPLICATION_ERROR
        return ACK + information_frame(bytes([CHIP_TFI, (command[0] + 1) & 0xFF]) + data)

    def card_arrived(self):
        """The answer to a poll that was waiting for a card, if one was."""
        command, self.waiting_poll = self.waiting_poll, None
        if command is None or self.mode != "healthy":
            return None
        return information_frame(bytes([CHIP_TFI, (command[0] + 1) & 0xFF]) + self.reply(command))

    def reply(self, command):
        code, params = command[0], command[1:]
        if code == 0x00:  # Diagnose: the communication test echoes its data
            return params if params[:1] == b"\x00" else b"\x00"
        if code == 0x02:  # GetFirmwareVersion
            return FIRMWARE
        if code == 0x04:  # GetGeneralStatus: no error, field off, no target
            return bytes([0x00, 0x00, 0x00, 0x00])
        if code == 0x06:  # ReadRegister: one byte per address pair
            addresses = [(params[i] << 8) | params[i + 1] for i in range(0, len(params) - 1, 2)]
            return bytes(self.registers.get(a, 0x00) for a in addresses)
        if code == 0x08:  # WriteRegister: address pairs and values
            for i in range(0, len(params) - 2, 3):
                self.registers[(params[i] << 8) | params[i + 1]] = params[i + 2]
            return b""
        if code == 0x32:  # RFConfiguration; item 0x05 is MaxRetries
            if params[:1] == b"\x05" and len(params) >= 4:
                self.passive_retries = params[3]
            return b""
        if code in (0x12, 0x14):  # SetParameters, SAMConfiguration
            return b""
        if code in (0x16, 0x44, 0x52):  # PowerDown, InDeselect, InRelease: status OK
            return b"\x00"
        if code == 0x4A:  # InListPassiveTarget
            self.polls += 1
            reply = self.targets(params)
            say("poll %d" % self.polls)
            return reply
        return None

    def targets(self, params):
        # Only ISO14443A at 106 kbps (BrTy 0x00) finds the card.
        if self.card is None or len(params) < 2 or params[1] != 0x00:
            return b"\x00"
        # NbTg 1, Tg 1, SENS_RES 00 04, SEL_RES 08 (MIFARE Classic 1K), NFCID1 length, NFCID1.
        return bytes([0x01, 0x01, 0x00, 0x04, 0x08, len(self.card)]) + self.card

    @staticmethod
    def garbage(command, n):
        """A broken answer, a different kind each time, none of them a valid reply."""
        good = information_frame(bytes([CHIP_TFI, (command[0] + 1) & 0xFF, 0x00]))
        kind = n % 8
        if kind == 0:  # line noise instead of an ACK
            return bytes([0x13, 0x37, 0xFF, 0x00, 0x55, 0xAA, 0xFE, 0x01, 0x02, 0x03])
        if kind == 1:  # a broken ACK
            return bytes([0x00, 0x00, 0xFF, 0x00, 0x00, 0x00])
        if kind == 2:  # a bad length checksum
            return ACK + good[:4] + bytes([good[4] ^ 0x5A]) + good[5:]
        if kind == 3:  # a bad data checksum
            return ACK + good[:-2] + bytes([good[-2] ^ 0xFF, 0x00])
        if kind == 4:  # the host's TFI instead of the chip's
            return ACK + information_frame(bytes([HOST_TFI, (command[0] + 1) & 0xFF, 0x00]))
        if kind == 5:  # the answer to another command
            return ACK + information_frame(bytes([CHIP_TFI, (command[0] + 3) & 0xFF, 0x00]))
        if kind == 6:  # an extended frame longer than any buffer, checksums right
            return ACK + bytes([0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0, 0x11]) + b"\xAA" * 16
        return ACK + good[:7]  # cut short: the host times out waiting for the rest


def open_pty(link):
    master, slave = pty.openpty()
    # Raw until libnfc sets its own modes, so no byte is translated or echoed meanwhile. The
    # emulator keeps the slave open too, so the master never reads EIO between two opens.
    tty.setraw(slave)
    path = os.ttyname(slave)
    if link:
        temporary = link + ".new"
        if os.path.lexists(temporary):
            os.unlink(temporary)
        os.symlink(path, temporary)
        os.replace(temporary, link)
    return master, slave, path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--card", help="UID in hex of a card lying on the reader")
    parser.add_argument("--garbage", action="store_true", help="answer with broken frames")
    parser.add_argument("--silent", action="store_true", help="answer nothing")
    parser.add_argument("--link", help="a symlink to point at the pty")
    parser.add_argument("--verbose", action="store_true", help="log each command on stderr")
    args = parser.parse_args()

    mode = "garbage" if args.garbage else "silent" if args.silent else "healthy"
    chip = Pn532(bytes.fromhex(args.card) if args.card else None, mode)
    master, slave, path = open_pty(args.link)
    say("pty " + path)

    frames = HostFrames()
    stdin = sys.stdin.fileno()
    pending = b""
    while True:
        readable, _, _ = select.select([master, stdin], [], [])
        if master in readable:
            try:
                data = os.read(master, 4096)
            except OSError:
                data = b""
            for command in frames.feed(data):
                if args.verbose:
                    log("command " + command.hex())
                reply = chip.answer(command)
                if reply:
                    os.write(master, reply)
        if stdin in readable:
            chunk = os.read(stdin, 4096)
            if not chunk:
                return
            pending += chunk
            while b"\n" in pending:
                raw, pending = pending.split(b"\n", 1)
                line = raw.decode().strip()
                words = line.split()
                if not words:
                    continue
                if words[0] == "card" and len(words) == 2:
                    chip.card = bytes.fromhex(words[1])
                    late = chip.card_arrived()
                    if late:
                        os.write(master, late)
                elif words[0] == "nocard":
                    chip.card = None
                elif words[0] in ("garbage", "silent", "healthy"):
                    chip.mode = words[0]
                elif words[0] == "unplug":
                    if args.link and os.path.lexists(args.link):
                        os.unlink(args.link)
                    os.close(master)
                    os.close(slave)
                    say("ok " + line)
                    return
                elif words[0] == "quit":
                    say("ok " + line)
                    return
                else:
                    say("error unknown command: " + line)
                    continue
                say("ok " + line)


if __name__ == "__main__":
    main()
