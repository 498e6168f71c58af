#!/usr/bin/env python3
# Moves the month and weekday names and the date patterns into their own namespace, locales/<lng>/dates.json,
# for every locales/<lng>/ folder, from wherever they are (bins.json "format", or common.json "date" after the
# first version of this script), keeping their order. Adds "day" (the date without its weekday, taken from
# dayMonthYear) and "dateTime" (a date with its time) where missing. Safe to rerun: python3 test/i18n/move-date-names.py
import json, pathlib, re, sys

MOVED = ['weekday', 'month', 'dayMonth', 'dayMonthYear', 'monthYear']
# How a date and a time are joined; a language not listed gets a plain space until a translator says otherwise.
DATE_TIME = {
    'en': '{{date}}, {{time}}', 'fr': '{{date}} à {{time}}', 'vi': '{{time}}, {{date}}', 'sq': '{{date}}, ora {{time}}',
    'so': '{{date}}, saacadda {{time}}', 'ar': '{{date}}، {{time}}', 'fa': '{{date}}، {{time}}', 'prs': '{{date}}، {{time}}',
    'ps': '{{date}}، {{time}}', 'ckb': '{{date}}، {{time}}', 'ur': '{{date}}، {{time}}', 'ti': '{{date}}፣ {{time}}',
    'am': '{{date}}፣ {{time}}', 'kmr': '{{date}}, {{time}}', 'om': '{{date}}, {{time}}', 'bn': '{{date}}, {{time}}',
    'pa': '{{date}}, {{time}}', 'hi': '{{date}}, {{time}}', 'zh-Hans': '{{date}} {{time}}', 'es': '{{date}}, {{time}}',
    'tr': '{{date}} {{time}}',
}


def load(path):
    return json.loads(path.read_text(encoding='utf-8')) if path.exists() else None


def save(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')


root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'locales')
for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != 'back-translations'):
    bins, common = load(folder / 'bins.json'), load(folder / 'common.json')
    dates = load(folder / 'dates.json') or {}
    for source in ((bins or {}).get('format', {}), (common or {}).get('date', {})):
        for key in [k for k in source if k in MOVED or k in ('day', 'dateTime')]:
            dates[key] = source.pop(key)
    if common is not None and common.get('date') == {}:
        del common['date']
    missing = [k for k in MOVED if k not in dates]
    if missing:
        sys.exit(f'{folder.name}: no {", ".join(missing)} to move')
    dates.setdefault('day', re.sub(r'\{\{weekday\}\}[\s,،፣]*', '', dates['dayMonthYear']).strip())
    dates.setdefault('dateTime', DATE_TIME.get(folder.name, '{{date}} {{time}}'))
    order = MOVED[:2] + ['day'] + MOVED[2:] + ['dateTime']
    dates = {k: dates[k] for k in order} | {k: v for k, v in dates.items() if k not in order}
    if bins is not None:
        save(folder / 'bins.json', bins)
    if common is not None:
        save(folder / 'common.json', common)
    save(folder / 'dates.json', dates)
    print(folder.name, 'ok')
