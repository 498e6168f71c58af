// An area added from a pack, with no topics of its own for these, reads the national pack's: an edit published there
// (other notice days, a housing company, one glossary term fewer) shows on its pages.
import { render, screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerArea } from '../../shared/areas';
import { parsePackFiles } from '../../shared/pack-files';
import type { AreaPack, PackFact } from '../../shared/pack-schema';
import { resolveArea } from '../content/area-content';
import { setAreaContent } from '../content/current-area';
import { seedNational } from '../content/seed-packs';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { DecisionPage } from './decision/DecisionPage';
import { WordsPage } from './words/WordsPage';

const FILES = import.meta.glob<unknown>('../../../test/fixtures/packs/riverside/*.json', { eager: true, import: 'default' });

function editedNational(): AreaPack {
  const national = seedNational();
  const days: Record<string, number> = { 'notice-95': 30, 'lock-95': 20 };
  const facts = national.facts.map((f): PackFact => (f.kind === 'count' && f.id in days ? { ...f, value: days[f.id]! } : f));
  const topics = { ...national.topics! };
  const complaints = topics.complaints!;
  topics.complaints = {
    ...complaints,
    sections: [...complaints.sections, { id: 'provider', facts: ['mh-reports'], names: ['Example Homes'] }],
    values: { ...complaints.values, provider: { text: 'Example Homes' } },
  };
  topics.words = { ...topics.words!, sections: topics.words!.sections.filter((s) => s.id !== 'aspen') };
  return { ...national, facts, topics };
}

beforeAll(() => {
  const national = editedNational();
  const files = Object.fromEntries(Object.entries(FILES).map(([path, c]) => [path.split('/').at(-1)!, c]));
  const parsed = parsePackFiles(files, 'riverside', national);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  registerArea({ id: 'riverside', prefix: 'RIV', council: 'Riverside Council' });
  setAreaContent(resolveArea({ area: 'riverside', version: 'test', publishedAt: '2026-12-01T00:00:00.000Z', pack: parsed.pack, national }));
});

describe('an area added from a pack reads the moved topics from the national pack', () => {
  it('draws the notice days the national pack gives', async () => {
    const { container } = render(<DecisionPage lang="en" area="riverside" topic="decision" />);
    await screen.findByText(/Two letters usually come/);
    expect([...container.querySelectorAll('.notice-timeline .mark')].map((g) => g.getAttribute('data-day'))).toEqual(['0', '20', '30']);
  });

  it('names a housing company once the topic it reads has one', async () => {
    const { container } = render(<ComplaintsPage lang="en" area="riverside" topic="complaints" />);
    await screen.findByText(/Report problems with your home/);
    expect(container.querySelector('#provider')!.textContent).toContain('run by Example Homes for the Home Office');
  });

  it('lists the glossary terms the pack lists', async () => {
    const { container } = render(<WordsPage lang="en" area="riverside" topic="words" />);
    await screen.findAllByText('Section 95 support');
    expect(container.querySelectorAll('.word-entry').length).toBe(13);
    expect(container.querySelector('#aspen')).toBeNull();
    expect(container.querySelector('#section95')).toBeTruthy();
  });
});
