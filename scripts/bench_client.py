#!/usr/bin/env python3
"""One sequential client over one kept-alive connection: latency of a running Cuecards, request after request.

Usage: bench_client.py PORT get PATH [N]     N GETs of PATH (after WARM_UP unmeasured ones)
       bench_client.py PORT answer [N]       N times: GET /api/review/next, then POST /api/review/answer (Good);
                                             only the POST is timed
Prints one line: label, count, p50 and p99 in milliseconds, and the size of the last body in bytes.
A run stops early after 60 s, so a slow page still gives figures. See docs/PERFORMANCE.md.
"""
import http.client
import json
import sys
import time

LIMIT_SECONDS = 60
# Unmeasured requests first, so that the figures are of a warm server: on a fresh one the first two hundred
# requests of a page run partly interpreted (p99 31 ms against 9 ms for the next two hundred, docs/PERFORMANCE.md).
WARM_UP = 300


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def get(connection, path):
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    body = response.read()
    return response.status, body


def measure_get(connection, path, count):
    for _ in range(WARM_UP):
        get(connection, path)
    times, size, started = [], 0, time.monotonic()
    for _ in range(count):
        begin = time.perf_counter()
        status, body = get(connection, path)
        times.append((time.perf_counter() - begin) * 1000)
        if status not in (200, 204):
            sys.exit(f"GET {path}: HTTP {status}")
        size = len(body)
        if time.monotonic() - started > LIMIT_SECONDS:
            break
    return times, size


def measure_answers(connection, count):
    times, started = [], time.monotonic()
    for _ in range(count):
        status, body = get(connection, "/api/review/next")
        if status == 204:
            break
        card = json.loads(body)["card"]
        payload = json.dumps({"card": card["id"], "rating": 3, "reps": card["reps"]})
        begin = time.perf_counter()
        connection.request("POST", "/api/review/answer", body=payload,
                           headers={"Host": "127.0.0.1", "Origin": "http://127.0.0.1",
                                    "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        times.append((time.perf_counter() - begin) * 1000)
        if response.status != 200:
            sys.exit(f"POST /api/review/answer: HTTP {response.status}")
        if time.monotonic() - started > LIMIT_SECONDS:
            break
    return times, 0


def main():
    port = int(sys.argv[1])
    mode = sys.argv[2]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    if mode == "get":
        path = sys.argv[3]
        count = int(sys.argv[4]) if len(sys.argv) > 4 else 200
        times, size = measure_get(connection, path, count)
        label = "GET " + path
    else:
        count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
        times, size = measure_answers(connection, count)
        label = "POST /api/review/answer"
    if not times:
        sys.exit(label + ": nothing measured")
    print(f"{label}\t{len(times)}\tp50 {percentile(times, 0.5):.2f} ms\tp99 {percentile(times, 0.99):.2f} ms\t{size} B")


if __name__ == "__main__":
    main()
