#!/usr/bin/env python3
"""The same requests against httpbin (PyPI, under gunicorn) and `httpstatus serve`.

Each case sends one request (or a short exchange) to both servers with Python `requests`
(no redirects followed unless the case says so) and reduces each answer to what a client
reads: the status code and the fields and JSON members the case names. The two views must
be equal, except for the cases in DIFFERENCES, where we differ on purpose: there each
server must give exactly the view listed, so the list stays true, and each entry says why.

    scripts/httpbin_compat.py HTTPBIN_BASE OURS_BASE

Run by scripts/httpbin-compat, which starts both servers.
"""

import json
import sys

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

THEIRS, OURS = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")


def view(resp, base, fields=(), members=(), body=False, lines=False):
    """What a client reads of `resp`: status, the named fields (None when absent), the
    named JSON members (dotted paths), optionally the body or its JSON lines."""
    out = {"status": resp.status_code}
    for f in fields:
        value = resp.headers.get(f)
        out[f] = value.replace(base, "BASE") if isinstance(value, str) else value
    if members:
        doc = resp.json()
        for path in members:
            node = doc
            for part in path.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, str):
                node = node.replace(base, "BASE")
            out[path] = node
    if body:
        out["body"] = resp.content
    if lines:
        out["lines"] = [sorted(json.loads(l).keys()) for l in resp.text.splitlines()]
        out["ids"] = [json.loads(l)["id"] for l in resp.text.splitlines()]
    return out


def keys(resp, base):
    return {"status": resp.status_code, "keys": sorted(resp.json().keys())}


def req(method, path, **kw):
    """A case that sends one request; `fields`, `members`, `body`, `lines` say what to read."""
    read = {k: kw.pop(k) for k in ("fields", "members", "body", "lines") if k in kw}
    reader = kw.pop("reader", None)

    def run(base):
        r = requests.request(method, base + path, allow_redirects=False, timeout=30, **kw)
        return reader(r, base) if reader else view(r, base, **read)

    return run


def chain(path, method="GET", **kw):
    """Follows a redirect chain: the codes of the hops, the end's status and method."""

    def run(base):
        r = requests.request(method, base + path, allow_redirects=True, timeout=30, **kw)
        return {
            "hops": [h.status_code for h in r.history],
            "status": r.status_code,
            "end": r.url.replace(base, "BASE").split("?")[0],
        }

    return run


JSON = {"json": {"k": [1, "two"], "n": None}}
FORM = {"data": {"a": ["1", "3"], "b": "two words"}}
FILES = {"files": {"up": ("up.bin", b"\x89PNG\x00", "image/png")}, "data": {"note": "hello"}}
UA = {"headers": {"User-Agent": "compat/1", "X-Custom": "one"}}
DATE = "Thu, 01 Jan 2026 00:00:00 GMT"

CASES = {
    # Echo: httpbin's JSON shape.
    "GET /get keys": req("GET", "/get?a=1", reader=keys),
    "GET /get args and headers": req("GET", "/get?a=1&a=2&b=x%20y", members=("args", "headers.User-Agent", "headers.X-Custom", "url", "origin"), **UA),
    "GET /anything keys": req("GET", "/anything/x/y", reader=keys),
    "POST /anything JSON": req("POST", "/anything", members=("json", "data", "form", "files", "method", "headers.Content-Type"), **JSON),
    "POST /post keys": req("POST", "/post", reader=keys, **JSON),
    "POST /post form": req("POST", "/post", members=("form", "data", "json"), **FORM),
    "POST /post multipart": req("POST", "/post", members=("form", "files"), **FILES),
    "POST /post binary": req("POST", "/post", members=("data",), data=b"\x00\xff\xfe\x01"),
    "PUT /put": req("PUT", "/put", members=("data", "args"), data="x=1"),
    "PATCH /patch": req("PATCH", "/patch", members=("json",), **JSON),
    "DELETE /delete": req("DELETE", "/delete", members=("args",), params={"id": "7"}),
    "TRACE /anything": req("TRACE", "/anything", members=("method",)),
    "GET /headers": req("GET", "/headers", members=("headers.X-Custom", "headers.User-Agent"), **UA),
    "GET /ip": req("GET", "/ip", members=("origin",)),
    "GET /user-agent": req("GET", "/user-agent", members=("user-agent",), **UA),
    "POST /get is refused": req("POST", "/get", fields=()),
    "GET /post is refused": req("GET", "/post", fields=()),
    # Redirects.
    "GET /redirect/3": req("GET", "/redirect/3", fields=("Location",)),
    "GET /redirect/3 followed": chain("/redirect/3"),
    "GET /relative-redirect/2": req("GET", "/relative-redirect/2", fields=("Location",)),
    "GET /absolute-redirect/2": req("GET", "/absolute-redirect/2", fields=("Location",)),
    "GET /redirect/2?absolute=true": req("GET", "/redirect/2?absolute=true", fields=("Location",)),
    "GET /relative-redirect/1": req("GET", "/relative-redirect/1", fields=("Location",)),
    "GET /redirect/0": req("GET", "/redirect/0"),
    "GET /redirect-to local": req("GET", "/redirect-to?url=/get", fields=("Location",)),
    "POST /redirect-to 307": req("POST", "/redirect-to?url=/anything&status_code=307", fields=("Location",)),
    "GET /redirect-to 308": req("GET", "/redirect-to?url=/anything&status_code=308", fields=("Location",)),
    "GET /redirect-to elsewhere": req("GET", "/redirect-to?url=http://example.com/", fields=("Location",)),
    "GET /redirect-to status 200": req("GET", "/redirect-to?url=/get&status_code=200", fields=("Location",)),
    # Conditional requests and caching.
    "GET /cache": req("GET", "/cache", reader=lambda r, b: {"status": r.status_code, "etag": "ETag" in r.headers, "last-modified": "Last-Modified" in r.headers}),
    "GET /cache ETag syntax": req("GET", "/cache", reader=lambda r, b: {"quoted": r.headers["ETag"].startswith('"')}),
    "GET /cache If-None-Match": req("GET", "/cache", headers={"If-None-Match": '"x"'}, body=True),
    "GET /cache If-Modified-Since": req("GET", "/cache", headers={"If-Modified-Since": DATE}, body=True),
    "GET /cache If-None-Match garbage": req("GET", "/cache", headers={"If-None-Match": "garbage"}),
    "GET /cache/60": req("GET", "/cache/60", fields=("Cache-Control",), members=("args",)),
    "GET /etag/abc": req("GET", "/etag/abc", fields=("ETag",)),
    "GET /etag If-None-Match": req("GET", "/etag/abc", headers={"If-None-Match": '"abc"'}),
    "GET /etag If-None-Match list": req("GET", "/etag/abc", headers={"If-None-Match": '"x", "abc"'}),
    "GET /etag If-None-Match weak": req("GET", "/etag/abc", headers={"If-None-Match": 'W/"abc"'}),
    "GET /etag If-None-Match *": req("GET", "/etag/abc", headers={"If-None-Match": "*"}),
    "GET /etag If-None-Match other": req("GET", "/etag/abc", headers={"If-None-Match": '"x"'}),
    "GET /etag If-Match": req("GET", "/etag/abc", headers={"If-Match": '"abc"'}),
    "GET /etag If-Match other": req("GET", "/etag/abc", headers={"If-Match": '"x"'}),
    "GET /etag If-Match *": req("GET", "/etag/abc", headers={"If-Match": "*"}),
    "GET /etag If-Match weak": req("GET", "/etag/abc", headers={"If-Match": 'W/"abc"'}),
    "GET /etag If-Match fails, If-None-Match matches": req("GET", "/etag/abc", headers={"If-Match": '"x"', "If-None-Match": '"abc"'}),
    "PUT /etag If-None-Match": req("PUT", "/etag/abc", headers={"If-None-Match": '"abc"'}),
    # Authentication.
    "GET /basic-auth none": req("GET", "/basic-auth/user/passwd", reader=lambda r, b: {"status": r.status_code, "scheme": r.headers.get("WWW-Authenticate", "").split(" ")[0]}),
    "GET /basic-auth right": req("GET", "/basic-auth/user/passwd", members=("authenticated", "user"), auth=HTTPBasicAuth("user", "passwd")),
    "GET /basic-auth wrong": req("GET", "/basic-auth/user/passwd", auth=HTTPBasicAuth("user", "nope")),
    "GET /hidden-basic-auth none": req("GET", "/hidden-basic-auth/user/passwd", fields=("WWW-Authenticate",)),
    "GET /hidden-basic-auth right": req("GET", "/hidden-basic-auth/user/passwd", members=("authenticated", "user"), auth=HTTPBasicAuth("user", "passwd")),
    "GET /bearer none": req("GET", "/bearer", reader=lambda r, b: {"status": r.status_code, "scheme": r.headers.get("WWW-Authenticate", "").split(" ")[0]}),
    "GET /bearer token": req("GET", "/bearer", headers={"Authorization": "Bearer abc.DEF-123"}, members=("authenticated", "token")),
    "GET /bearer malformed": req("GET", "/bearer", headers={"Authorization": "Bearer a b"}),
    "GET /digest-auth MD5": req("GET", "/digest-auth/auth/user/passwd", members=("authenticated", "user"), auth=HTTPDigestAuth("user", "passwd")),
    "GET /digest-auth SHA-256": req("GET", "/digest-auth/auth/user/passwd/SHA-256", members=("authenticated", "user"), auth=HTTPDigestAuth("user", "passwd")),
    "GET /digest-auth MD5 never stale": req("GET", "/digest-auth/auth/user/passwd/MD5/never", members=("authenticated",), auth=HTTPDigestAuth("user", "passwd")),
    "GET /digest-auth wrong": req("GET", "/digest-auth/auth/user/passwd/SHA-256", auth=HTTPDigestAuth("user", "nope")),
    "GET /digest-auth challenge": req("GET", "/digest-auth/auth/user/passwd/SHA-256", reader=lambda r, b: {"status": r.status_code, "scheme": r.headers["WWW-Authenticate"].split(" ")[0], "algorithm=SHA-256": "algorithm=SHA-256" in r.headers["WWW-Authenticate"]}),
    "GET /digest-auth SHA-512": req("GET", "/digest-auth/auth/user/passwd/SHA-512", auth=HTTPDigestAuth("user", "passwd")),
    # Bodies over time and size.
    "GET /delay/0.5": req("GET", "/delay/0.5", reader=keys),
    "GET /delay/10.5": req("GET", "/delay/10.5"),
    "GET /drip": req("GET", "/drip?numbytes=5&duration=0.5&code=201", fields=("Content-Length", "Content-Type"), body=True),
    "GET /range/30": req("GET", "/range/30", fields=("Accept-Ranges", "Content-Length"), body=True),
    "GET /range/30 ETag": req("GET", "/range/30", fields=("ETag",)),
    "GET /range/30 one range": req("GET", "/range/30", headers={"Range": "bytes=0-9"}, fields=("Content-Range", "Content-Length"), body=True),
    "GET /range/30 suffix": req("GET", "/range/30", headers={"Range": "bytes=-5"}, fields=("Content-Range",), body=True),
    "GET /range/30 open": req("GET", "/range/30", headers={"Range": "bytes=25-"}, fields=("Content-Range",), body=True),
    "GET /range/30 unsatisfiable": req("GET", "/range/30", headers={"Range": "bytes=30-"}, fields=("Content-Range",)),
    "GET /range/30 all of it": req("GET", "/range/30", headers={"Range": "bytes=0-29"}),
    "GET /range/30 two ranges": req("GET", "/range/30", headers={"Range": "bytes=0-0,5-6"}, reader=lambda r, b: {"status": r.status_code, "type": r.headers.get("Content-Type", "").split(";")[0]}),
    "GET /range/0": req("GET", "/range/0"),
    "GET /bytes/16": req("GET", "/bytes/16?seed=1", fields=("Content-Type", "Content-Length")),
    "GET /bytes/2000000": req("GET", "/bytes/2000000", reader=lambda r, b: {"status": r.status_code, "length": len(r.content) if r.ok else None}),
    "GET /stream/3": req("GET", "/stream/3?q=1", lines=True),
    "GET /stream/200": req("GET", "/stream/200", reader=lambda r, b: {"status": r.status_code, "lines": len(r.text.splitlines()) if r.ok else None}),
    "GET /stream-bytes/100": req("GET", "/stream-bytes/100?chunk_size=10", reader=lambda r, b: {"status": r.status_code, "length": len(r.content)}),
    "GET /response-headers": req("GET", "/response-headers?X-A=1&X-A=2&Cache-Control=no-cache", fields=("X-A", "Cache-Control"), members=("X-A",)),
    "GET /response-headers Content-Type": req("GET", "/response-headers?Content-Type=text/plain", fields=("Content-Type",)),
    "GET /response-headers Location": req("GET", "/response-headers?Location=http://example.com/", fields=("Location",)),
    "POST /response-headers": req("POST", "/response-headers?X-B=1", fields=("X-B",)),
    # The status routes both have.
    "GET /status/418": req("GET", "/status/418"),
    "GET /status/404": req("GET", "/status/404"),
    "GET /status/600": req("GET", "/status/600"),
    "GET /status/308": req("GET", "/status/308", fields=("Location",)),
    "GET /status/416": req("GET", "/status/416", fields=("Content-Range",)),
    "GET /status/405": req("GET", "/status/405", reader=lambda r, b: {"status": r.status_code, "allow": "Allow" in r.headers}),
    "GET /status/407": req("GET", "/status/407", reader=lambda r, b: {"status": r.status_code, "scheme": r.headers.get("Proxy-Authenticate", "").split(" ")[0]}),
    "CORS with Origin": req("GET", "/get", headers={"Origin": "https://app.example"}, fields=("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials")),
}

# Where we differ on purpose: what httpbin gives, what we give, and why.
DIFFERENCES = {
    "GET /redirect/3 followed": (
        {"end": "BASE/get"}, {"end": "BASE/anything"},
        "chains end at /anything, which answers every method and reports what arrived; httpbin's /get answers GET only, so a 307/308 chain from POST ends in 405 there (RFC 9110 §15.4.8, §15.4.9 keep the method)",
    ),
    "GET /relative-redirect/1": (
        {"Location": "/get"}, {"Location": "/anything"}, "the same: the chain's end is /anything",
    ),
    "GET /redirect/0": (
        {"status": 500}, {"status": 400}, "a chain of no hops is bad input, a client error, not a server error (RFC 9110 §15.5.1)",
    ),
    "GET /redirect-to elsewhere": (
        {"status": 302, "Location": "http://example.com/"}, {"status": 400, "Location": None},
        "no open redirect: a caller-chosen Location is local unless its host is on --allow-redirect-host (CWE-601; go-httpbin restricts it too)",
    ),
    "GET /redirect-to status 200": (
        {"status": 302}, {"status": 400, "Location": None},
        "200 is not a redirect: httpbin silently sends 302; we say so (RFC 9110 §15.4: Location redirects only with 3xx)",
    ),
    "GET /cache ETag syntax": (
        {"quoted": False}, {"quoted": True}, "an entity tag is a quoted string (RFC 9110 §8.8.3); httpbin sends a bare UUID",
    ),
    "GET /cache If-None-Match garbage": (
        {"status": 304}, {"status": 200},
        "`garbage` is not an entity tag, so the field names no tag and the condition does not hold (RFC 9110 §13.1.2, §8.8.3); httpbin answers 304 to any value",
    ),
    "GET /etag/abc": (
        {"ETag": "abc"}, {"ETag": '"abc"'}, "an entity tag is a quoted string (RFC 9110 §8.8.3)",
    ),
    "GET /etag If-Match weak": (
        {"status": 200}, {"status": 412}, "If-Match uses the strong comparison: a weak tag never matches (RFC 9110 §13.1.1, §8.8.3.2)",
    ),
    "GET /etag If-Match fails, If-None-Match matches": (
        {"status": 304}, {"status": 412}, "If-Match is evaluated first (RFC 9110 §13.2.2, step 1); httpbin reads If-None-Match first",
    ),
    "PUT /etag If-None-Match": (
        {"status": 405}, {"status": 412},
        "a matching If-None-Match on a method other than GET or HEAD is a 412 (RFC 9110 §13.1.2); httpbin's /etag answers GET only",
    ),
    "GET /bearer malformed": (
        {"status": 200}, {"status": 401}, "`a b` is not a b64token: 401 with error=\"invalid_token\" (RFC 6750 §2.1, §3.1)",
    ),
    "GET /digest-auth SHA-512": (
        {"status": 200}, {"status": 400},
        "SHA-512 is not a Digest algorithm (RFC 7616 §3.3 and its IANA registry: MD5, SHA-256, SHA-512-256, each with -sess); httpbin accepts it",
    ),
    "GET /delay/10.5": (
        {"status": 200}, {"status": 400}, "a delay over --max-delay-ms is refused with the reason, not clamped to 10 s in silence",
    ),
    "GET /range/30 ETag": (
        {"ETag": "range30"}, {"ETag": '"range30"'}, "an entity tag is a quoted string (RFC 9110 §8.8.3)",
    ),
    "GET /range/30 all of it": (
        {"status": 200}, {"status": 206}, "a satisfiable range gets a 206, even one that covers everything (RFC 9110 §14.2, §15.3.7)",
    ),
    "GET /range/30 two ranges": (
        {"status": 200, "type": "application/octet-stream"}, {"status": 206, "type": "multipart/byteranges"},
        "several ranges come as multipart/byteranges (RFC 9110 §14.6); httpbin misreads the list and sends everything",
    ),
    "GET /range/0": (
        {"status": 404}, {"status": 400}, "a size out of bounds is bad input (400 that names the limit), not a missing resource",
    ),
    "GET /bytes/2000000": (
        {"status": 200, "length": 102400}, {"status": 400, "length": None},
        "more than --max-generated-bytes is refused with the reason, not clamped to 100 KiB in silence",
    ),
    "GET /stream/200": (
        {"status": 200, "lines": 100}, {"status": 400, "lines": None},
        "more than --max-stream-lines is refused with the reason, not clamped to 100 in silence",
    ),
    "GET /response-headers Content-Type": (
        {"Content-Type": "application/json, text/plain"}, {"Content-Type": "text/plain"},
        "a chosen field replaces ours: Content-Type is not a list and must not repeat (RFC 9110 §5.3, §8.3)",
    ),
    "GET /response-headers Location": (
        {"status": 200, "Location": "http://example.com/"}, {"status": 400, "Location": None},
        "a caller-chosen Location (or Refresh) passes the open-redirect check (CWE-601)",
    ),
    "GET /status/600": (
        {"status": 600}, {"status": 400}, "status codes are three digits from 100 to 599 (RFC 9110 §15)",
    ),
    "GET /status/308": (
        {"Location": None}, {"Location": "/echo"}, "a 308 carries Location (RFC 9110 §15.4.9)",
    ),
    "GET /status/416": (
        {"Content-Range": None}, {"Content-Range": "bytes */1000"}, "a 416 to a byte range carries Content-Range: bytes */length (RFC 9110 §15.5.17)",
    ),
    "GET /status/407": (
        {"scheme": ""}, {"scheme": "Basic"}, "a 407 carries Proxy-Authenticate (RFC 9110 §15.5.8); httpbin sets one, and gunicorn drops it as a hop-by-hop field",
    ),
    "GET /status/405": (
        {"allow": False}, {"allow": True}, "a 405 carries Allow (RFC 9110 §15.5.6)",
    ),
    "CORS with Origin": (
        {"Access-Control-Allow-Origin": "https://app.example", "Access-Control-Allow-Credentials": "true"},
        {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": None},
        "`*` for every origin, without credentials: reflecting any Origin with credentials lets every site read responses with the user's cookies (Fetch, CORS protocol)",
    ),
}


def main():
    failed = 0
    for name, run in CASES.items():
        try:
            theirs, ours = run(THEIRS), run(OURS)
        except Exception as e:  # a case that cannot run is a failure
            print(f"FAIL {name}: {e!r}")
            failed += 1
            continue
        if name in DIFFERENCES:
            want_theirs, want_ours, why = DIFFERENCES[name]
            got_theirs = {k: theirs.get(k) for k in want_theirs}
            got_ours = {k: ours.get(k) for k in want_ours}
            if got_theirs == want_theirs and got_ours == want_ours:
                print(f"ok   {name} (differs on purpose: {why})")
            else:
                print(f"FAIL {name}: listed difference no longer holds\n     httpbin {got_theirs} (listed {want_theirs})\n     ours    {got_ours} (listed {want_ours})")
                failed += 1
        elif theirs == ours:
            print(f"ok   {name}")
        else:
            print(f"FAIL {name}\n     httpbin {theirs}\n     ours    {ours}")
            failed += 1
    print(f"httpbin-compat: {len(CASES) - failed} of {len(CASES)} cases as expected, {len(DIFFERENCES)} listed differences")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
