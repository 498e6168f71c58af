#!/usr/bin/env python3
# Moves the month and weekday names and date patterns from bins.json to common.json ("date"), for every
# locales/<lng>/ folder, keeping key order; adds "date.day" (the day without its weekday, taken from
# dayMonthYear) and "date.dateTime" (a date with its time). Safe to rerun.
import json, pathlib, re, sys

MOVED = ['weekday', 'month', 'dayMonth', 'dayMonthYear', 'monthYear']
# How a date and a time are joined; a language not listed gets a plain space until a translator says otherwise.
DATE_TIME = {
    'en': '{{date}}, {{time}}', 'fr': '{{date}} à {{time}}', 'vi': '{{time}}, {{date}}', 'sq': '{{date}}, ora {{time}}',
    'so': '{{date}}, saacadda {{time}}', 'ar': '{{date}}، {{time}}', 'fa': '{{date}}، {{time}}', 'prs': '{{date}}، {{time}}',
    'ps': '{{date}}، {{time}}', 'ckb': '{{date}}، {{time}}', 'ur': '{{date}}، {{time}}', 'ti': '{{date}}፣ {{time}}',
    'am': '{{date}}፣ {{time}}',
}

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'locales')
for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != 'back-translations'):
    bins_path, common_path = folder / 'bins.json', folder / 'common.json'
    bins = json.loads(bins_path.read_text(encoding='utf-8'))
    common = json.loads(common_path.read_text(encoding='utf-8'))
    fmt = bins.get('format', {})
    date = common.setdefault('date', {})
    for key in MOVED:
        if key in fmt:
            date[key] = fmt.pop(key)
    if 'dayMonthYear' in date:
        date.setdefault('day', re.sub(r'\{\{weekday\}\}[\s,،፣]*', '', date['dayMonthYear']).strip())
    date.setdefault('dateTime', DATE_TIME.get(folder.name, '{{date}} {{time}}'))
    missing = [k for k in MOVED if k not in date]
    if missing:
        sys.exit(f'{folder.name}: no {", ".join(missing)} in bins.json or common.json')
    for path, data in ((bins_path, bins), (common_path, common)):
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print(folder.name, 'ok')
