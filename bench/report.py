#!/usr/bin/env python3
"""Writes bench/RESULTS.md from what bench/run.sh measured (bench/out/*.tsv): every target beside its figure.

usage: report.py OUT_DIR > bench/RESULTS.md
Targets measured against spring-petclinic take its figures from PEER_OWNER_CPU and PEER_SEARCH_CPU (app CPU in ms
per request of /owners/1 and /owners?lastName=Da, from ../shared/peer/side-by-side.sh); the side-by-side table itself
is bench/out/side-by-side.txt when that script was run into it.
"""
import csv
import datetime
import os
import platform
import subprocess
import sys

OUT = sys.argv[1]
PEER_OWNER_CPU = float(os.environ.get('PEER_OWNER_CPU', '1.85'))
PEER_SEARCH_CPU = float(os.environ.get('PEER_SEARCH_CPU', '1.85'))
DETAIL = ('project detail', 'activity detail', 'activity participants')
LISTS = ('project list', 'activity list', 'participant list', 'calendar JSON (month)')


def rows(name):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        return []
    with open(path) as tsv:
        return [r for r in csv.reader(tsv, delimiter='\t')]


def ms(latency):
    """wrk's latency ('12.34ms', '1.20s', '900.00us') in milliseconds."""
    for unit, factor in (('us', 0.001), ('ms', 1.0), ('s', 1000.0)):
        if latency.endswith(unit):
            return float(latency[:-len(unit)]) * factor
    return float('nan')


pages = [dict(zip(('pass', 'page', 'c', 'rps', 'p50', 'p99', 'errors', 'sql', 'cpu', 'pg'), r)) for r in rows('pages.tsv')]
writes = rows('writes.tsv')
startup = rows('startup.tsv')


def page(pass_, name, c='16'):
    return next((p for p in pages if p['pass'] == pass_ and p['page'] == name and p['c'] == c), None)


java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
print('# Benchmark results\n')
print(f'Run on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores · '
      f'{platform.machine()} · {java} · heap capped at 512 MB · wrk over loopback; see bench/README.md.\n')

targets = []


def target(what, figure, met):
    targets.append((what, figure, 'met' if met else '**not met**'))


for r in startup:
    if r[1] == 'start-up':
        print(f'Start-up on the {r[0]} data: {r[2]} s (Spring\'s own figure), {float(r[3]):.1f} s until the login page '
              f'answered.  ')
        if r[2] != '?':
            target(f'start-up under 8 s from the extracted jar ({r[0]} data)', f'{r[2]} s', float(r[2]) < 8)
    elif r[1] == 'first start':
        print(f'First start on the {r[0]} data (creating the embedded database, every migration and the demo data): '
              f'{r[2]} s (Spring\'s own figure), {float(r[3]):.1f} s until the login page answered.  ')
    elif r[1] == 'RSS':
        print(f'Portal RSS after the {r[0]} pass: {r[2]} MB.  ')
print()

for pass_ in dict.fromkeys(p['pass'] for p in pages):
    print(f'## Pages on the {pass_} data\n')
    print('| page | connections | requests/s | p50 | p99 | errors | SQL/request | portal CPU ms/request '
          '| PostgreSQL CPU ms/request |')
    print('|---|---|---|---|---|---|---|---|---|')
    for p in (p for p in pages if p['pass'] == pass_):
        print(f"| {p['page']} | {p['c']} | {p['rps']} | {p['p50']} | {p['p99']} | {p['errors']} | {p['sql']} "
              f"| {p['cpu']} | {p['pg']} |")
    print()

if any(p['pass'] == 'large' for p in pages) and any(p['pass'] == 'demo' for p in pages):
    print('## The large data set beside the demo data (16 connections)\n')
    print('| page | demo requests/s | large requests/s | large / demo |')
    print('|---|---|---|---|')
    for demo in (p for p in pages if p['pass'] == 'demo' and p['c'] == '16'):
        large = page('large', demo['page'])
        if large:
            ratio = float(large['rps']) / float(demo['rps'])
            print(f"| {demo['page']} | {demo['rps']} | {large['rps']} | {ratio:.2f} |")
            if demo['page'] != 'static asset':
                target(f"{demo['page']}: large data within 20 % of the demo data's rate", f'{ratio:.2f}',
                       ratio >= 0.8)
    print()

if writes:
    print('## Writes, the reports after a change, the import\n')
    for r in writes:
        print('- ' + ' · '.join(r))
    print()
    for r in writes:
        if len(r) >= 4 and r[1] == 'first view after a change':
            seconds = float(r[3])
            target(f'{r[2]}: first view after a change under 200 ms ({r[0]} data)', f'{seconds * 1000:.0f} ms',
                   seconds < 0.2)

for pass_ in ('demo', 'large'):
    layout = page(pass_, 'layout only')
    if layout:
        target(f'layout-only page: at most 0.6 ms of portal CPU ({pass_} data)', f"{layout['cpu']} ms",
               float(layout['cpu']) <= 0.6)
    static = page(pass_, 'static asset')
    if static:
        target(f'static files: at least 12,000 requests/s ({pass_} data)', static['rps'], float(static['rps']) >= 12000)
    for name in DETAIL:
        p = page(pass_, name)
        if p:
            target(f'{name}: portal CPU at most petclinic /owners/1 ({PEER_OWNER_CPU} ms, {pass_} data)',
                   f"{p['cpu']} ms", float(p['cpu']) <= PEER_OWNER_CPU)
    for name in LISTS:
        p = page(pass_, name)
        if p:
            target(f'{name}: portal CPU at most petclinic owner search ({PEER_SEARCH_CPU} ms, {pass_} data)',
                   f"{p['cpu']} ms", float(p['cpu']) <= PEER_SEARCH_CPU)
    for p in (p for p in pages if p['pass'] == pass_ and p['page'] != 'static asset'):
        limit = 50 if p['c'] == '16' else 200
        target(f"{p['page']}: p99 under {limit} ms at {p['c']} connections ({pass_} data)", p['p99'],
               ms(p['p99']) < limit)
    for name in ('participant search, nguyen', 'participant search, every script'):
        p = page(pass_, name)
        if p and pass_ == 'large':
            target(f'{name}: p99 under 30 ms at 16 connections (200,000 people)', p['p99'], ms(p['p99']) < 30)

print('## Targets\n')
print('| target | figure | |')
print('|---|---|---|')
for what, figure, met in targets:
    print(f'| {what} | {figure} | {met} |')
print()

side = os.path.join(OUT, 'side-by-side.txt')
print('## Beside spring-petclinic (../shared/peer/side-by-side.sh)\n')
if os.path.exists(side):
    print('```')
    print(open(side).read().rstrip())
    print('```')
else:
    print('Not run with this benchmark: run `../shared/peer/side-by-side.sh > bench/out/side-by-side.txt` first.')
