#!/usr/bin/env python3
"""The check-in desk's page in headless Chromium, driven over the DevTools protocol as a desk is used:
signs in from the printed link, fits a 390 px phone, shows the live counts, scans (welcome, already checked in,
unknown), keeps scans in its outbox while the server is killed, and sends them once it is back.

Usage: desk-browser-test.py CHROME EVPLAN PLAN WORKDIR
Prints one line per check ("PASS …" / "FAIL …") and a last line "desk browser tests: N passed, M failed".
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import websocket

chrome, evplan, plan, work = sys.argv[1:5]
TOKEN = "browser-desk-token"
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS desk page: {what}")
    else:
        failed += 1
        print(f"FAIL desk page: {what}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_desk(port):
    process = subprocess.Popen([evplan, "desk", plan, "--port", str(port), "--token", TOKEN],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.1)
    raise SystemExit("evplan desk did not start: " + (process.stderr.read() if process.poll() is not None else ""))


def attendance(port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/attendance", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)


class Page:
    def __init__(self, url):
        self.socket = websocket.create_connection(url, timeout=20)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        return self.evaluate(expression)

    def scan(self, code):
        self.evaluate(f"document.getElementById('code').value = {json.dumps(code)};"
                      "document.getElementById('scan').requestSubmit(); true")


port = free_port()
desk = start_desk(port)
browser = subprocess.Popen([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                            "--no-first-run", f"--user-data-dir={work}/desk-profile", "--remote-debugging-port=0",
                            "--window-size=390,900", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
try:
    devtools = None
    deadline = time.time() + 30
    while devtools is None and time.time() < deadline:
        line = browser.stderr.readline()
        if "DevTools listening on" in line:
            devtools = line.split("listening on ", 1)[1].strip()
    if devtools is None:
        raise SystemExit("Chromium printed no DevTools address")
    http_base = devtools.replace("ws://", "http://").split("/devtools/")[0]
    with urllib.request.urlopen(http_base + "/json/list", timeout=5) as response:
        target = next(t for t in json.load(response) if t.get("type") == "page")
    page = Page(target["webSocketDebuggerUrl"])
    page.call("Page.enable")
    page.call("Page.navigate", url=f"http://127.0.0.1:{port}/?token={TOKEN}&desk=A")

    registered = page.wait_for("document.getElementById('registered') && document.getElementById('registered').textContent !== '–'"
                               " && document.getElementById('registered').textContent")
    expected = attendance(port)["registered"]
    check(registered == str(expected), f"signed in from the printed link, counts shown ({registered} registered, {expected} expected)")
    check(page.evaluate("location.search") == "?desk=A", "the token left the address bar")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    check(widths and widths[0] <= widths[1], f"fits a 390 px phone ({widths})")

    page.scan("0378f603145f656c")
    result = page.wait_for("document.getElementById('result').className.includes('good') && document.getElementById('headline').textContent")
    check(bool(result) and "劉家豪" in result, f"a badge scanned: welcome ({result})")
    page.scan("0378F603145F656C")
    result = page.wait_for("document.getElementById('result').className.includes('warn') && document.getElementById('detail').textContent")
    check(bool(result) and "A" in result, f"scanned again: already checked in, at which desk ({result})")
    page.scan("沒有這張票")
    result = page.wait_for("document.getElementById('result').className.includes('bad') && document.getElementById('headline').textContent")
    check(result == "查無此票", f"an unknown code: red ({result})")
    page.scan("洪宗翰")
    matches = page.wait_for("document.querySelectorAll('#matches button').length")
    # The fixture's KKTIX export has two people of this name: both are offered.
    check(matches == 2, f"a name typed finds the people to tap ({matches} found)")
    page.evaluate("document.querySelector('#matches button').click(); true")
    result = page.wait_for("document.getElementById('result').className.includes('good') && document.getElementById('headline').textContent")
    check(bool(result) and "洪宗翰" in result, f"tapping the person checks them in ({result})")
    counted = page.wait_for("document.getElementById('checked-in').textContent === '2'", timeout=8)
    check(bool(counted), "the live count follows the scans")

    # The laptop's server dies: the desk keeps scanning into its outbox.
    desk.send_signal(signal.SIGKILL)
    desk.wait()
    page.scan("f316f6134134609f")  # a refunded ticket: answered only once the server is back
    page.scan("1")                  # already checked in
    queued = page.wait_for("document.getElementById('result').className.includes('queued')"
                           " && JSON.parse(localStorage.getItem('evplan-desk-outbox')).length === 2")
    check(bool(queued), "with the server gone, scans are kept in the outbox and the desk says so")
    kept = page.evaluate("document.getElementById('outbox').textContent")
    check("2" in (kept or ""), f"the desk shows what waits to be sent ({kept})")

    desk = start_desk(port)
    emptied = page.wait_for("JSON.parse(localStorage.getItem('evplan-desk-outbox')).length === 0", timeout=15)
    check(bool(emptied), "once the server is back the outbox empties by itself")
    counts = attendance(port)
    # 劉家豪 twice, 洪宗翰, and ticket 1 again from the outbox; the refunded ticket is refused, not recorded.
    check(counts["checked_in"] == 2 and counts["scans"] == 4,
          f"the kept scans reached the database once each ({counts['checked_in']} checked in, {counts['scans']} scans)")
    shot = page.call("Page.captureScreenshot").get("data")
    if shot:
        import base64
        with open(os.path.join(work, "desk-page.png"), "wb") as image:
            image.write(base64.b64decode(shot))
finally:
    # Chromium and its helper processes, all of them: until they have gone they may still write into the profile,
    # which the caller removes.
    os.killpg(browser.pid, signal.SIGKILL)
    browser.wait()
    if desk.poll() is None:
        desk.send_signal(signal.SIGINT)
        try:
            desk.wait(timeout=10)
        except subprocess.TimeoutExpired:
            desk.kill()

print(f"desk browser tests: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
