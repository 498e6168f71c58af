// The report page's advice is the area's pack: an editor's change to a number, a route or a hazard shows at once,
// and an area made from a pack alone has its own routes.
import { render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../../locales/en/report.json';
import type { AreaPack } from '../../../shared/pack-schema';
import { parsePack } from '../../../shared/pack-schema';
import { resolveArea } from '../../content/area-content';
import { setAreaContent } from '../../content/current-area';
import { seedArea, seedNational, seedPack } from '../../content/seed-packs';
import type { Category } from '../../../shared/report';
import { CategoryAdvice } from './CategoryAdvice';

function load(pack: AreaPack, national = seedNational()): string {
  const checked = parsePack(pack, pack.area, national);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  setAreaContent(resolveArea({ area: pack.area, version: 'test', publishedAt: '2026-12-01T00:00:00.000Z', pack, national }));
  return pack.area;
}

const phone = (pack: AreaPack, id: string) => pack.facts.find((f) => f.id === id) as { digits: string; display: string };
const show = (area: string, category: Category) => render(<CategoryAdvice category={category} area={area} onWrite={() => undefined} />);
const routes = () => screen.findByRole('region', { name: en.route.title });
const calls = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href'))
    .filter((href) => href?.startsWith('tel:'));

afterEach(() => setAreaContent(seedArea('sefton')!));

describe('the advice comes from the pack', () => {
  it('an edited council number is the one the school route calls', async () => {
    const pack = structuredClone(seedPack('sefton')!);
    Object.assign(phone(pack, 'council-phone'), { digits: '01632960999', display: '01632 960999' });
    show(load(pack), 'school');
    const region = await routes();
    expect(calls(region)).toContain('tel:01632960999');
    expect(region.textContent).toContain('01632 960999');
  });

  it('an area from a pack alone has its own routes: a route taken out is not offered', async () => {
    const pack = structuredClone(seedPack('sefton')!);
    pack.area = 'testtown';
    pack.routes!.harassment = pack.routes!.harassment!.filter((r) => r.id !== 'stopHate');
    pack.routes!.school!.find((r) => r.id === 'council')!.callName = 'Testtown Council';
    show(load(pack), 'harassment');
    const region = await routes();
    expect(region.textContent).toContain(en.route.trueVision);
    expect(region.textContent).not.toContain(en.route.stopHate);
    expect(calls(region)).toEqual(['tel:101', 'tel:08088010503']);
  });

  it('the national pack says which hazards there are and what each rests on', async () => {
    const national = structuredClone(seedNational());
    delete national.hazards!.gas;
    Object.assign(phone(national, 'migrant-help'), { digits: '01632960123', display: '01632 960123' });
    const pack = structuredClone(seedPack('sefton')!);
    pack.area = 'testtown';
    show(load(pack, national), 'repair');
    const hazards = await screen.findByRole('region', { name: en.hazard.title });
    expect(within(hazards).queryByText(en.hazard.gas)).toBeNull();
    expect(within(hazards).getByText(en.hazard.leak)).toBeTruthy();
    expect(calls(hazards)).toContain('tel:01632960123');
    expect(calls(await routes())).toContain('tel:01632960123');
  });
});
