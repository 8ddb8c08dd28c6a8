"""The test relay's own accept rate, for docs/PERFORMANCE.md: sends one message N times straight
to it with Python's smtplib over the same STARTTLS and AUTH the kiosk uses, a new connection per
message (as the kiosk's mailer makes), from W threads at once. Prints one JSON line.

Usage: send_many.py PORT CA_FILE USER PASSWORD MESSAGE_FILE N W
"""

import json
import smtplib
import ssl
import sys
import threading
import time

port, ca, user, password, message_file = sys.argv[1:6]
n, workers = int(sys.argv[6]), int(sys.argv[7])
with open(message_file, "rb") as f:
    message = f.read()
context = ssl.create_default_context(cafile=ca)
lock = threading.Lock()
left = [n]


def work():
    while True:
        with lock:
            if left[0] == 0:
                return
            left[0] -= 1
        with smtplib.SMTP("127.0.0.1", int(port), timeout=30) as s:
            s.starttls(context=context)
            s.login(user, password)
            s.sendmail("kiosk@council.example", ["contact@council.example"], message)


start = time.monotonic()
threads = [threading.Thread(target=work) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(json.dumps({"messages": n, "workers": workers, "seconds": round(elapsed, 2), "per_second": round(n / elapsed, 1)}))
