#!/usr/bin/env python3
"""A test CRM for Onestop's end-to-end tests: a real HTTP server on loopback that speaks the
signed-webhook contract, stores each request in SQLite, and injects faults.

    python3 test_crm.py --db crm.db [--secret S] [--faults 0.3] [--seed N] [--port N]

Prints "PORT <n>" on stdout once listening (it binds 127.0.0.1:PORT, by default a free port). POST /webhook:
  - checks X-Onestop-Signature (HMAC-SHA256 of the body) and Idempotency-Key;
  - a key seen before -> 409 {"id": ...}; otherwise stores it and answers 201 {"id": "CASE-n"};
  - a submission document it cannot read -> 400 JSON; a daily document (the queue's
    "queue-daily-summary", a kiosk's "kiosk-daily-ratings", stored under the reference
    "summary:<date>" or "ratings:<kiosk>:<date>") it cannot read, or whose Idempotency-Key is not
    the one its contents make -> 500 with an HTML error page, as a handler that raises does.
With --faults P, each request draws a fault with probability P, one of:
  500, html502 (an HTML error page), slow (sleeps past the client's timeout, then commits),
  commit500 (stores the request, then answers 500: the client cannot know it was received),
  reset (closes the connection without a reply), badjson (200 with a body that is not JSON),
  retryafter (503 with Retry-After: 1).
POST /accept stores any body under a fresh key with no checks: the endpoint a plain load tool
(wrk) hits to measure this CRM's own accept rate.
POST /open311/requests.json takes a GeoReport v2 form-encoded request and answers
[{"service_request_id": "SR-n"}] (storing every POST, as real GeoReport servers do: no
idempotency); GET /open311/requests.json?service_code=... lists that service's requests.
GET /open311/requests/SR-n.json answers that request's status: "open" unless POST /admin/status
{"service_request_id": "SR-n", "status": ..., "status_notes": ...} set another record.
GET /open311/services.json lists a realistic service catalogue (SERVICES) and
GET /open311/services/{code}.json gives its definition (DEFINITIONS; 404 for one that has
metadata but no definition, as some servers do). --catalogue-fault html502|badjson|hang (or
POST /catalogue-fault with one of those, or "none", as the body) breaks the list reply.
GET /stats -> {"requests": total POSTs, "stored": rows, "distinct_references": n, "faults": {...},
"lookups": customer lookups, "list_pages": GET requests.json pages served}.
POST /admin/faults {"next": ["commit500", ...]} queues faults for the next POSTs, in order, before
any drawn at random: a test decides exactly which attempt's outcome is unknown.

--open311-habits makes the Open311 endpoints behave like a real GeoReport v2 server of the kind
councils run (the habits below were seen on one; no product is named because none is verified):
  - GET requests.json lists newest first, as GeoReport servers do (the spec's default list is
    "the most recent" requests), 100 to a page (page_size asks for fewer), page=N picks a page,
    and an X-Next-Page-URL header names the next page while there is one; service_code,
    start_date and end_date (W3C date-times) narrow the list;
  - a POST with no location (none of lat/long, address_string, address_id) is answered 500 with
    an HTML error page, every time, and stores nothing;
  - a POST is stored without address_string, first_name, last_name, email, phone and every
    attribute[...], silently; the 201 reply is the whole stored record, [{"service_request_id",
    "description", "address": "", ...}], as a GET would list it; no [Ref ...] is required;
  - any unknown path is a 404 HTML page.
Without the flag the Open311 endpoints keep their simple behaviour above.

A webhook document's "identity" must be null or {"card", "provider", "verified", "check"} of the
right types; Open311's attribute[card_verified] must be "true" or "false" (400 otherwise).

POST /customers/lookup is the council's customer lookup for cards: JSON {"card": "...", "pin":
"..." or null} with "Authorization: Bearer <--lookup-key>" (401 {"error": "key"} otherwise). It
answers 200 with the customer (CUSTOMERS), 404 for a card it does not know, 423 for a blocked
card, and 401 {"error": "pin"} when the card has a PIN and the one sent is wrong or null; the
lookups never fault. CUSTOMERS below lists the cards.

Hostile replies, for testing the client's limits over real HTTP: a POST to /hostile/NAME (or to
/hostile/NAME/requests.json, as an Open311 base URL) stores nothing and answers as NAME says:
  huge (200, a 50 MB JSON body), endless (200, a chunked body that never ends), trickle (200, one
  byte a second), redirect-loop (302 to itself), redirect-away (307 to the URL in ?to=...),
  empty (200, no body), xml (201 application/xml, an Open311 XML record), portal (200, an HTML
  sign-in page), badutf8 (200 application/json, invalid UTF-8), reject (422, a JSON validation
  error). GET /stats counts them under "hostile".
"""
import argparse, hashlib, hmac, json, random, re, sqlite3, sys, threading, time
from datetime import datetime, timezone
from urllib.parse import parse_qs, unquote, urlencode, urlparse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ["500", "html502", "slow", "commit500", "reset", "badjson", "retryafter"]
HOSTILE = ["huge", "endless", "trickle", "redirect-loop", "redirect-away", "empty", "xml", "portal", "badutf8", "reject"]


def hostile_reply(handler, name, query):
    """Answer a POST as the hostile mode `name` says (see the module doc). Writing stops
    quietly when the client hangs up, which is what a client with limits does."""
    def head(status, ctype, extra=()):
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Connection", "close")
        for k, v in extra:
            handler.send_header(k, v)
        handler.end_headers()

    handler.close_connection = True
    try:
        if name == "huge":
            size = 50 << 20
            opening = b'{"id": "CASE-0", "pad": "'
            head(200, "application/json", [("Content-Length", str(size))])
            handler.wfile.write(opening)
            left, block = size - len(opening) - 2, b"x" * 65536
            while left > 0:
                handler.wfile.write(block[:left])
                left -= len(block)
            handler.wfile.write(b'"}')
        elif name == "endless":
            head(200, "application/json", [("Transfer-Encoding", "chunked")])
            handler.wfile.write(b'1\r\n[\r\n')
            chunk = b"%x\r\n%s\r\n" % (65536, b"[" * 65536)
            while True:
                handler.wfile.write(chunk)
        elif name == "trickle":
            body = b'{"id": "CASE-0", "note": "this reply arrives one byte a second"}'
            head(200, "application/json", [("Content-Length", str(len(body)))])
            for i in range(len(body)):
                handler.wfile.write(body[i:i + 1])
                handler.wfile.flush()
                time.sleep(1)
        elif name == "redirect-loop":
            head(302, "text/plain", [("Location", handler.path), ("Content-Length", "0")])
        elif name == "redirect-away":
            head(307, "text/plain", [("Location", query.get("to", ["http://example.invalid/"])[0]),
                                     ("Content-Length", "0")])
        elif name == "empty":
            head(200, "application/json", [("Content-Length", "0")])
        elif name == "xml":
            body = (b'<?xml version="1.0" encoding="utf-8"?><service_requests><request>'
                    b'<service_request_id>638344</service_request_id></request></service_requests>')
            head(201, "application/xml", [("Content-Length", str(len(body)))])
            handler.wfile.write(body)
        elif name == "portal":
            body = b"<!DOCTYPE html><html><body><h1>Welcome to Bus Wi-Fi</h1><p>Please sign in.</p></body></html>"
            head(200, "text/html", [("Content-Length", str(len(body)))])
            handler.wfile.write(body)
        elif name == "badutf8":
            body = b'{"id": "\xff\xfe\xc0"}'
            head(200, "application/json", [("Content-Length", str(len(body)))])
            handler.wfile.write(body)
        elif name == "reject":
            body = b'[{"code": 422, "description": "the location is too vague to find"}]'
            head(422, "application/json", [("Content-Length", str(len(body)))])
            handler.wfile.write(body)
        else:
            head(404, "application/json", [("Content-Length", "2")])
            handler.wfile.write(b"{}")
    except (BrokenPipeError, ConnectionResetError):
        pass

# The customer lookup's cards: one with PIN 1234, one with no PIN, one blocked.
CUSTOMERS = {
    "29000000000017": {"pin": "1234", "first_name": "Amina", "last_name": "Begum",
                       "address": "12 High Street, Leicester, LE1 1AA", "email": "amina@example.org"},
    "29000000000041": {"pin": None, "name": "Patel, Ravi", "phone": "0116 496 0123"},
    "29000000000025": {"pin": "4321", "blocked": True, "name": "Blocked Person"},
}
IDENTITY_CHECKS = {"kiosk", "unchecked", "forwarded", "rejected"}


def identity_ok(identity):
    """A webhook document's identity: null, or a card with its provider and check."""
    if identity is None:
        return True
    return (isinstance(identity, dict) and set(identity) == {"card", "provider", "verified", "check"}
            and isinstance(identity["card"], str) and identity["card"]
            and identity["provider"] in ("sip2", "crm") and isinstance(identity["verified"], bool)
            and identity["check"] in IDENTITY_CHECKS)


# Documents sent once a day beside the submissions (docs/CRM.md, docs/QUEUE.md).
DAILY_KINDS = {"queue-daily-summary", "kiosk-daily-ratings"}


def key_name(name):
    """A name as a daily document's idempotency key carries it: ASCII letters and digits
    lower-cased, anything else '-'."""
    return "".join(c.lower() if c.isascii() and c.isalnum() else "-" for c in name)


def ratings_ok(doc, key):
    """A kiosk-daily-ratings document: version 1, a real date, its key made of its site, kiosk
    (when named) and date, and per form or service five whole counts, at least one rating."""
    names = [doc["site"]] + ([doc["kiosk"]] if doc["kiosk"] is not None else [])
    want = ":".join(["ratings-summary"] + [key_name(n) for n in names] + [doc["date"]])
    datetime.strptime(doc["date"], "%Y-%m-%d")
    lines = doc["ratings"]
    return (doc["version"] == 1 and key == want and isinstance(lines, list) and lines
            and all(line["kind"] in ("form", "service") and re.fullmatch(r"[a-z][a-z0-9-]{0,39}", line["id"])
                    and len(line["counts"]) == 5
                    and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in line["counts"])
                    and sum(line["counts"]) > 0 for line in lines))


def lookup_reply(customer, pin):
    """(status, body) for a lookup of a known card."""
    if customer.get("blocked"):
        return 423, {"error": "blocked"}
    if customer["pin"] is not None and pin != customer["pin"]:
        return 401, {"error": "pin"}
    return 200, {k: v for k, v in customer.items() if k not in ("pin", "blocked")}


# The Open311 service catalogue: one service with every datatype, required and optional and
# informational attributes; one without metadata; one whose definition 404s; one hostile.
HOSTILE_CODE = "Fly tipping / dumping (\u00dcBER)"
SERVICES = [
    {"service_code": "BULKY", "service_name": "Bulky waste collection", "metadata": True, "type": "realtime",
     "description": "Book a collection of large household items", "keywords": "sofa, fridge", "group": "Waste"},
    {"service_code": "GRAFFITI", "service_name": "Graffiti", "metadata": False, "type": "realtime",
     "description": "Report graffiti on walls, signs or bus shelters", "keywords": "", "group": "Streets"},
    {"service_code": "LIGHT-01", "service_name": "Street light not working", "metadata": True, "type": "batch",
     "description": "Report a street light that is out, dim or on all day", "keywords": "", "group": "Streets"},
    {"service_code": HOSTILE_CODE, "metadata": True, "type": "realtime", "group": "Streets { $x }",
     "service_name": "Fly-tipping { $x } \u202egnippit\u202c" + " and dumping" * 40,
     "description": "-term = injected\n[section] *default .attr = x"},
]
DEFINITIONS = {
    "BULKY": {"service_code": "BULKY", "attributes": [
        {"variable": False, "code": "NOTE", "datatype": "string", "required": False, "order": 1,
         "datatype_description": "", "description": "Collections are on Tuesdays. We take up to 5 items."},
        {"variable": True, "code": "ITEM_TYPE", "datatype": "singlevaluelist", "required": True, "order": 2,
         "datatype_description": "", "description": "What kind of item is it?",
         "values": [{"key": "1", "name": "Sofa or chair"}, {"key": "Large item", "name": "Other large item"},
                    {"key": "fridge", "name": "Fridge or freezer"}]},
        {"variable": True, "code": "ITEM_COUNT", "datatype": "number", "required": True, "order": 3,
         "datatype_description": "A whole number from 1 to 5", "description": "How many items?"},
        {"variable": True, "code": "ACCESS", "datatype": "multivaluelist", "required": False, "order": 4,
         "datatype_description": "", "description": "Where will the items be?",
         "values": [{"key": "front", "name": "Front garden"}, {"key": "drive", "name": "On the drive"},
                    {"key": "kerb", "name": "At the kerb"}]},
        {"variable": True, "code": "READY_ON", "datatype": "datetime", "required": False, "order": 5,
         "datatype_description": "", "description": "When will they be ready?"},
        {"variable": True, "code": "COLOUR", "datatype": "string", "required": False, "order": 6,
         "datatype_description": "", "description": "What colour are they?"},
        {"variable": True, "code": "NOTES", "datatype": "text", "required": False, "order": 7,
         "datatype_description": "", "description": "How do we find them?"},
    ]},
    HOSTILE_CODE: {"service_code": HOSTILE_CODE, "attributes": [
        {"variable": True, "code": "WHAT", "datatype": "singlevaluelist", "required": True, "order": 1,
         "description": "What was dumped? } { -x }",
         "values": [{"key": "\u65e5\u672c", "name": "Bags { $n }"}, {"key": "1", "name": "* [rubble]"},
                    {"key": "1", "name": "a repeated key"}]},
        {"variable": True, "code": "PHOTO", "datatype": "image", "required": False, "order": 2,
         "description": "A photo"},
    ]},
}


# What a server with --open311-habits keeps of a POST: everything but these.
DROPPED = {"address_string", "first_name", "last_name", "email", "phone"}
HABIT_PAGE = 100
NOT_FOUND_PAGE = "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
ERROR_PAGE = ("<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>"
              "<h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>")


def w3c(at):
    """A stored time (seconds since the epoch) as GeoReport writes date-times."""
    return datetime.fromtimestamp(at, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_w3c(text):
    """A GeoReport date-time parameter as seconds since the epoch, or None if unreadable."""
    try:
        t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).timestamp()


def kept_fields(form):
    """The form fields a server with habits stores: the dropped ones and attributes removed."""
    return {k: v for k, v in form.items() if k not in DROPPED and not k.startswith("attribute[")}


def has_location(form):
    """lat and long, an address_string or an address_id: what a GeoReport server needs."""
    given = lambda k: form.get(k, [""])[0].strip() != ""
    return (given("lat") and given("long")) or given("address_string") or given("address_id")


def habit_record(rowid, kept, at):
    """The stored request as a server with habits shows it (its address is always empty)."""
    first = lambda k: kept.get(k, [""])[0]
    when = w3c(at)
    return {"service_request_id": f"SR-{rowid}", "status": "open", "status_notes": None,
            "service_name": first("service_code"), "service_code": first("service_code"),
            "description": first("description"), "agency_responsible": "", "service_notice": "",
            "requested_datetime": when, "updated_datetime": when, "expected_datetime": None,
            "address": "", "address_id": first("address_id"), "zipcode": "",
            "lat": first("lat") or None, "long": first("long") or None, "media_url": ""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--secret", default="test-secret")
    ap.add_argument("--faults", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--slow-seconds", type=float, default=3.0)
    ap.add_argument("--tokens", action="store_true", help="answer Open311 POSTs with a token, not an id")
    ap.add_argument("--catalogue-fault", default="none", choices=["none", "html502", "badjson", "hang"])
    ap.add_argument("--port", type=int, default=0, help="the loopback port to listen on (0: any free one)")
    ap.add_argument("--lookup-key", default="test-lookup-key", help="the customer lookup's bearer key")
    ap.add_argument("--open311-habits", action="store_true",
                    help="page request lists, 500 on no location, drop fields, reply with the record (module doc)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lock = threading.Lock()
    db = sqlite3.connect(args.db, check_same_thread=False)
    db.execute("CREATE TABLE IF NOT EXISTS requests (key TEXT PRIMARY KEY, reference TEXT, body TEXT, at REAL)")
    db.commit()
    stats = {"requests": 0, "faults": {f: 0 for f in FAULTS}, "hostile": {h: 0 for h in HOSTILE}, "lookups": 0,
             "list_pages": 0}
    queued_faults = []  # faults for the next POSTs, set through POST /admin/faults
    statuses = {}  # service_request_id -> the status record set through POST /admin/status
    catalogue = {"fault": args.catalogue_fault}

    def store(key, reference, body, at=None):
        """Store once; return (case id, was it new)."""
        with lock:
            row = db.execute("SELECT rowid FROM requests WHERE key = ?", (key,)).fetchone()
            if row:
                return f"CASE-{row[0]}", False
            cur = db.execute("INSERT INTO requests VALUES (?, ?, ?, ?)",
                             (key, reference, body, time.time() if at is None else at))
            db.commit()
            return f"CASE-{cur.lastrowid}", True

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def reply(self, status, body, ctype="application/json", extra=None):
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def not_found(self):
            if args.open311_habits:
                return self.reply(404, NOT_FOUND_PAGE, "text/html; charset=utf-8")
            return self.reply(404, '{"message":"not found"}')

        def list_with_habits(self, q):
            """GET requests.json as a real server pages it: newest first, X-Next-Page-URL."""
            first = lambda k, d="": q.get(k, [d])[0]
            service = first("service_code")
            start, end = parse_w3c(first("start_date")), parse_w3c(first("end_date"))
            try:
                page = max(1, int(first("page", "1")))
                size = min(HABIT_PAGE, max(1, int(first("page_size", str(HABIT_PAGE)))))
            except ValueError:
                return self.reply(400, json.dumps([{"code": 400, "description": "page and page_size are numbers"}]))
            with lock:
                stats["list_pages"] += 1
                rows = db.execute("SELECT rowid, body, at FROM requests WHERE key LIKE 'o311-%' "
                                  "ORDER BY at DESC, rowid DESC").fetchall()
            records = []
            for rowid, body, at in rows:
                kept = parse_qs(body)
                if service and kept.get("service_code", [""])[0] != service:
                    continue
                if (start is not None and at < start) or (end is not None and at > end):
                    continue
                records.append(habit_record(rowid, kept, at))
            shown = records[(page - 1) * size:page * size]
            extra = {}
            if page * size < len(records):
                params = {k: v[0] for k, v in q.items()}
                params["page"] = str(page + 1)
                host = self.headers.get("Host", f"127.0.0.1:{self.server.server_address[1]}")
                extra["X-Next-Page-URL"] = f"http://{host}/open311/requests.json?{urlencode(params)}"
            return self.reply(200, json.dumps(shown), extra=extra)

        def post_with_habits(self, body, fault):
            """POST requests.json as a real server takes it: see the module doc."""
            form = parse_qs(body.decode(errors="replace"))
            if not form.get("service_code"):
                return self.reply(400, json.dumps([{"code": 400, "description": "service_code is required"}]))
            if not has_location(form):
                return self.reply(500, ERROR_PAGE, "text/html; charset=utf-8")
            if fault in ("500", "html502", "retryafter", "reset"):
                return self.fault_before_commit(fault)
            m = re.search(r"\[Ref ([0-9A-Z]{4}-[0-9A-Z]{4})\]", form.get("description", [""])[0])
            kept = kept_fields(form)
            at = time.time()
            # A request that is not ours (no marker) is stored with an empty reference.
            case, _ = store(f"o311-{time.time_ns()}-{threading.get_ident()}", m.group(1) if m else "",
                            urlencode(kept, doseq=True), at)
            rowid = int(case.replace("CASE-", ""))
            if fault == "slow":
                time.sleep(args.slow_seconds)
            if fault == "commit500":
                return self.reply(500, ERROR_PAGE, "text/html; charset=utf-8")
            if fault == "badjson":
                return self.reply(200, "<p>Thank you</p>", "text/html")
            return self.reply(201, json.dumps([habit_record(rowid, kept, at)]))

        def fault_before_commit(self, fault):
            if fault == "500":
                return self.reply(500, '[{"code":500,"description":"internal error"}]')
            if fault == "html502":
                return self.reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            if fault == "retryafter":
                return self.reply(503, '[{"code":503,"description":"busy"}]', extra={"Retry-After": "1"})
            self.close_connection = True
            self.connection.close()

        def do_GET(self):
            url = urlparse(self.path)
            m = re.fullmatch(r"/open311/requests/SR-(\d+)\.json", url.path)
            if m:
                with lock:
                    found = db.execute("SELECT rowid FROM requests WHERE rowid = ?", (int(m.group(1)),)).fetchone()
                    record = dict(statuses.get(f"SR-{m.group(1)}", {"status": "open"}))
                if not found:
                    return self.reply(404, json.dumps([{"code": 404, "description": "no such request"}]))
                record["service_request_id"] = f"SR-{m.group(1)}"
                return self.reply(200, json.dumps([record]))
            if url.path == "/open311/services.json":
                fault = catalogue["fault"]
                if fault == "html502":
                    return self.reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
                if fault == "badjson":
                    return self.reply(200, '[{"service_code": "BULKY", ')
                if fault == "hang":
                    time.sleep(args.slow_seconds)
                    self.close_connection = True
                    return
                return self.reply(200, json.dumps(SERVICES))
            m = re.fullmatch(r"/open311/services/(.+)\.json", url.path)
            if m:
                definition = DEFINITIONS.get(unquote(m.group(1)))
                if definition is None:
                    return self.reply(404, json.dumps([{"code": 404, "description": "no definition"}]))
                return self.reply(200, json.dumps(definition))
            m = re.fullmatch(r"/open311/tokens/T-(\d+)\.json", url.path)
            if m:
                return self.reply(200, json.dumps([{"token": f"T-{m.group(1)}", "service_request_id": f"SR-{m.group(1)}"}]))
            if url.path == "/open311/requests.json" and args.open311_habits:
                return self.list_with_habits(parse_qs(url.query))
            if url.path == "/open311/requests.json":
                q = parse_qs(url.query)
                service = q.get("service_code", [""])[0]
                with lock:
                    rows = db.execute("SELECT rowid, body FROM requests WHERE key LIKE 'o311-%'").fetchall()
                out = []
                for rowid, body in rows:
                    form = parse_qs(body)
                    if form.get("service_code", [""])[0] == service:
                        out.append({"service_request_id": f"SR-{rowid}", "service_code": service,
                                    "description": form.get("description", [""])[0], "status": "open"})
                return self.reply(200, json.dumps(out))
            if self.path != "/stats":
                return self.not_found()
            with lock:
                stored, distinct = db.execute("SELECT count(*), count(DISTINCT reference) FROM requests").fetchone()
                out = dict(stats, stored=stored, distinct_references=distinct)
            self.reply(200, json.dumps(out))

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if self.path == "/admin/status":
                # The council's side: set what GET requests/{id}.json answers for one request.
                change = json.loads(body)
                with lock:
                    statuses[change.pop("service_request_id")] = change
                return self.reply(200, "{}")
            if self.path == "/catalogue-fault":
                catalogue["fault"] = body.decode().strip()
                return self.reply(200, json.dumps(catalogue))
            if self.path == "/customers/lookup":
                with lock:
                    stats["lookups"] += 1
                if self.headers.get("Authorization", "") != f"Bearer {args.lookup_key}":
                    return self.reply(401, '{"error":"key"}')
                try:
                    ask = json.loads(body)
                    card, pin = ask["card"], ask.get("pin")
                    assert isinstance(card, str) and (pin is None or isinstance(pin, str))
                except Exception:
                    return self.reply(400, '{"error":"request"}')
                customer = CUSTOMERS.get(card)
                if customer is None:
                    return self.reply(404, '{"error":"card"}')
                status, reply = lookup_reply(customer, pin)
                return self.reply(status, json.dumps(reply))
            if self.path.startswith("/hostile/"):
                url = urlparse(self.path)
                name = url.path.split("/")[2]
                with lock:
                    stats["hostile"][name] = stats["hostile"].get(name, 0) + 1
                return hostile_reply(self, name, parse_qs(url.query))
            if self.path == "/admin/faults":
                with lock:
                    queued_faults.extend(f for f in json.loads(body)["next"] if f in FAULTS)
                    queued = len(queued_faults)
                return self.reply(200, json.dumps({"queued": queued}))
            with lock:
                stats["requests"] += 1
                if queued_faults:
                    fault = queued_faults.pop(0)
                else:
                    fault = rng.choice(FAULTS) if rng.random() < args.faults else None
                if fault:
                    stats["faults"][fault] += 1
            if self.path == "/open311/requests.json" and args.open311_habits:
                return self.post_with_habits(body, fault)
            if self.path == "/open311/requests.json":
                form = parse_qs(body.decode(errors="replace"))
                desc = form.get("description", [""])[0]
                m = re.search(r"\[Ref ([0-9A-Z]{4}-[0-9A-Z]{4})\]", desc)
                if not form.get("service_code") or not m:
                    return self.reply(400, json.dumps([{"code": 400, "description": "service_code and description are required"}]))
                if form.get("attribute[card_verified]", ["true"])[0] not in ("true", "false"):
                    return self.reply(400, json.dumps([{"code": 400, "description": "card_verified is true or false"}]))
                if fault == "500":
                    return self.reply(500, '[{"code":500,"description":"internal error"}]')
                if fault == "html502":
                    return self.reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
                if fault == "retryafter":
                    return self.reply(503, '[{"code":503,"description":"busy"}]', extra={"Retry-After": "1"})
                if fault == "reset":
                    self.close_connection = True
                    self.connection.close()
                    return
                case, _ = store(f"o311-{time.time_ns()}-{threading.get_ident()}", m.group(1), body.decode())
                if fault == "slow":
                    time.sleep(args.slow_seconds)
                if fault == "commit500":
                    return self.reply(500, '[{"code":500,"description":"internal error after commit"}]')
                if fault == "badjson":
                    return self.reply(200, "<p>Thank you</p>", "text/html")
                if args.tokens:
                    return self.reply(201, json.dumps([{"token": case.replace("CASE-", "T-")}]))
                return self.reply(201, json.dumps([{"service_request_id": case.replace("CASE-", "SR-")}]))
            if self.path == "/accept":
                case, _ = store(f"load-{time.time_ns()}-{threading.get_ident()}", "load", body.decode(errors="replace"))
                return self.reply(201, json.dumps({"id": case}))
            if self.path != "/webhook":
                return self.not_found()
            want = "sha256=" + hmac.new(args.secret.encode(), body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(want, self.headers.get("X-Onestop-Signature", "")):
                return self.reply(401, '{"message":"bad signature"}')
            key = self.headers.get("Idempotency-Key", "")
            try:
                doc = json.loads(body)
            except ValueError:
                doc = None
            daily = isinstance(doc, dict) and doc.get("kind") in DAILY_KINDS
            try:
                if daily and doc["kind"] == "queue-daily-summary":
                    # The queue hub's figures for one day, keyed by site and date.
                    reference = f"summary:{doc['date']}"
                    assert key.startswith("queue-summary:") and key.endswith(doc["date"]) and doc["version"] == 1
                    assert all("service" in s and "tickets" in s for s in doc["services"])
                elif daily:
                    # A kiosk's satisfaction counts for one day, keyed by site, kiosk and date.
                    reference = f"ratings:{doc['kiosk']}:{doc['date']}"
                    assert ratings_ok(doc, key)
                else:
                    reference = doc["reference"]
                    assert doc["submission_id"] == key and doc["version"] == 1
                    assert identity_ok(doc.get("identity"))
            except Exception:
                if daily:
                    # The integration layer's handler for daily documents fails on one it cannot
                    # read, as such handlers do: its framework's HTML error page, status 500.
                    return self.reply(500, ERROR_PAGE, "text/html; charset=utf-8")
                return self.reply(400, '{"message":"not a valid submission document"}')
            if fault == "500":
                return self.reply(500, '{"message":"internal error"}')
            if fault == "html502":
                return self.reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            if fault == "retryafter":
                return self.reply(503, '{"message":"busy"}', extra={"Retry-After": "1"})
            if fault == "reset":
                self.close_connection = True
                self.connection.close()
                return
            case, new = store(key, reference, body.decode())
            if fault == "slow":
                time.sleep(args.slow_seconds)
            if fault == "commit500":
                return self.reply(500, '{"message":"internal error after commit"}')
            if fault == "badjson":
                return self.reply(200, "OK, thanks", "text/plain")
            self.reply(201 if new else 409, json.dumps({"id": case}))

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    # Injected resets and clients that time out make the handler fail mid-reply: expected here.
    server.handle_error = lambda request, address: None
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
