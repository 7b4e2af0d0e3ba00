#!/usr/bin/env python3
"""One write flow through the pages, as program staff do it: create an activity in a project, enrol 20 people,
mark their attendance. Prints one line per step: wall time, requests, and the portal's and PostgreSQL's CPU.

usage: write_flow.py BASE_URL PROJECT_ID PORTAL_PID POSTGRES_DATA_DIR
"""
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request

from cpu import portal_ticks, postgres_ticks

BASE, PROJECT, PID, PG_DIR = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


post_opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def get(path):
    with opener.open(BASE + path) as response:
        return response.read().decode('utf-8')


def token(html):
    return re.search(r'name="_csrf"[^>]*value="([^"]+)"', html).group(1)


def post(path, fields):
    data = urllib.parse.urlencode(fields).encode('utf-8')
    try:
        with post_opener.open(urllib.request.Request(BASE + path, data=data)) as response:
            return response.status, response.headers.get('Location'), response.read().decode('utf-8')
    except urllib.error.HTTPError as answer:  # a redirect, since redirects are not followed
        return answer.code, answer.headers.get('Location'), ''


def step(name, requests, work):
    t0, p0, g0 = time.perf_counter(), portal_ticks(PID), postgres_ticks(PG_DIR)
    result = work()
    wall = time.perf_counter() - t0
    portal = (portal_ticks(PID) - p0) * 10
    pg = (postgres_ticks(PG_DIR) - g0) * 10
    print(f'write flow\t{name}\t{requests}\t{wall * 1000:.0f} ms\t{wall * 1000 / requests:.1f} ms/request'
          f'\tportal CPU {portal / requests:.2f} ms/request\tPostgreSQL CPU {pg / requests:.2f} ms/request')
    return result


login_page = get('/login')
post('/login', {'email': 'staff@demo.mekonginstitute.org', 'password': 'Mekong-Demo-2026', '_csrf': token(login_page)})


def create_activity():
    form = get(f'/projects/{PROJECT}/activities/new')
    status, location, _ = post(f'/projects/{PROJECT}/activities', {
        '_csrf': token(form), 'type': 'TRAINING', 'title': f'Benchmark training {time.time_ns()}',
        'modality': 'IN_PERSON', 'country': 'TH', 'city': 'Khon Kaen', 'startDate': '2026-11-10',
        'endDate': '2026-11-12', 'timeZone': 'Asia/Bangkok', 'confirmWarnings': 'true', 'version': '0'})
    assert status == 302 and re.search(r'/activities/\d+$', location or ''), (status, location)
    return location.rsplit('/', 1)[1]


activity = step('create an activity', 2, create_activity)
people = list(dict.fromkeys(re.findall(r'href="/participants/(\d+)"', get('/participants'))))[:20]
assert len(people) == 20, 'fewer than 20 people found'


def enrol():
    page = get(f'/activities/{activity}/participants')
    for person in people:
        status, _, _ = post(f'/activities/{activity}/enrolments', {'_csrf': token(page), 'participantId': person})
        assert status == 302


step('enrol 20 people', 21, enrol)


def mark_attendance():
    sheet = get(f'/activities/{activity}/attendance')
    fields = {'_csrf': token(sheet)}
    for name, value in re.findall(r'name="(rows\[\d+\]\.(?:enrolmentId|version))"[^>]*value="([^"]*)"', sheet):
        fields[name] = value
    for row in {re.match(r'rows\[(\d+)\]', name).group(1) for name in fields if name.startswith('rows[')}:
        fields[f'rows[{row}].status'] = 'ATTENDED'
        fields[f'rows[{row}].daysAttended'] = '3'
    status, _, _ = post(f'/activities/{activity}/attendance', fields)
    assert status == 302, status


step('mark attendance of 20', 2, mark_attendance)
