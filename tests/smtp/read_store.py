"""Reads the test SMTP server's store for the email tests: one JSON line per stored message with
its Message-ID, X-Onestop-Reference, To, Subject, text body, and each attachment's name and
(for JSON) parsed content, or (for CSV) text. Python's own email parser stands in for the mailbox's client.

Usage: read_store.py STORE_DIR
"""

import email
import email.policy
import json
import os
import sys

store = sys.argv[1]
names = sorted((n for n in os.listdir(store) if n.endswith(".eml")), key=lambda n: int(n[:-4]))
for name in names:
    with open(os.path.join(store, name), "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",))
    attachments = []
    for part in msg.iter_attachments():
        content = part.get_content()
        if part.get_content_type() == "application/json":
            content = json.loads(content if isinstance(content, str) else content.decode())
        else:
            content = None
        text = part.get_content() if part.get_content_type() == "text/csv" else None
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        attachments.append({"filename": part.get_filename(), "json": content, "text": text})
    print(json.dumps({
        "file": name,
        "message_id": str(msg.get("Message-ID", "")).strip().strip("<>"),
        "reference": str(msg.get("X-Onestop-Reference", "")),
        "submission_id": str(msg.get("X-Onestop-Submission-Id", "")),
        "to": str(msg.get("To", "")),
        "date": str(msg.get("Date", "")),
        "subject": str(msg.get("Subject", "")),
        "body": body.get_content() if body is not None else None,
        "attachments": attachments,
    }))
