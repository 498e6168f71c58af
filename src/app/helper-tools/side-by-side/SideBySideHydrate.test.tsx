import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { LocationProvider } from 'preact-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadNamespaceFile } from '../../language/i18n';
import { SideBySidePage } from './SideBySidePage';
import { FIXTURE_BODIES, installFixtureStrings, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext, type TopicBodies, type TopicBody } from '../topic-body/topic-body';
import { loadTopicBody } from '../topic-body/use-topic-body';

function page(bodies: TopicBodies) {
  return (
    <LocationProvider>
      <TopicBodiesContext.Provider value={bodies}>
        <SideBySidePage lang="ar" area="sefton" topic="side-by-side" />
      </TopicBodiesContext.Provider>
    </LocationProvider>
  );
}

describe('side by side hydrating a page the server drew', () => {
  beforeAll(loadHelperStrings);
  beforeAll(installFixtureStrings);
  // The server has every language's words before it draws.
  beforeAll(() =>
    Promise.all(['ar', 'en'].map(async (lng) => i18n.addResourceBundle(lng, 'dates', await loadNamespaceFile(lng, 'dates'), true))),
  );

  it('keeps the server’s body, untouched, until the body’s code is here, then draws the same words', async () => {
    history.replaceState(null, '', '/ar/sefton/side-by-side?topic=gp&with=en');
    // The server knows every body at once (the renderer's prepare loads them).
    await loadTopicBody(FIXTURE_BODIES.gp!);
    const root = Object.assign(document.createElement('div'), { id: 'app', innerHTML: renderToString(page(FIXTURE_BODIES)) });
    root.dataset.ns = 'common,helpers';
    document.body.append(root);
    const drawn = [...root.querySelectorAll('.body-column-text')];
    const server = drawn.map((el) => el.innerHTML);
    expect(server[0]).toContain('اتصل للمساعدة');

    // On the phone the body's code has not come yet: a loader still on its way.
    let arrive: (body: TopicBody) => void = () => undefined;
    const later: TopicBodies = { gp: () => new Promise((done) => (arrive = done)) };
    hydrate(page(later), root);
    document.documentElement.dataset.hydrated = '';
    await new Promise((done) => setTimeout(done, 50));
    expect(root.textContent).not.toContain('Loading');
    expect([...root.querySelectorAll('.body-column-text')]).toEqual(drawn);
    expect(drawn.map((el) => el.innerHTML)).toEqual(server);

    arrive(await FIXTURE_BODIES.gp!());
    await new Promise((done) => setTimeout(done, 50));
    expect([...root.querySelectorAll('.body-column-text')].map((el) => el.innerHTML)).toEqual(server);
    delete document.documentElement.dataset.hydrated;
    root.remove();
  });
});
