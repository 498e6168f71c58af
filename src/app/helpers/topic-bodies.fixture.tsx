// Test stand-in for the content's topic bodies: two points in English and Arabic, one with a phone number.
import { i18n } from '../language/i18n';
import { useT } from '../language/use-t';
import type { TopicBodies, TopicBody, TopicPoint } from './topic-body';

const NS = 'fixture-topic';
const PHONE = '01234 567890';

const STRINGS: Record<string, Record<string, Record<string, string>>> = {
  en: { call: { heading: 'Call for help', text: 'Call {{phone}} at any time.' }, doctor: { heading: 'See a doctor', text: 'Ask to register.' } },
  ar: { call: { heading: 'اتصل للمساعدة', text: 'اتصل على {{phone}} في أي وقت.' }, doctor: { heading: 'زيارة الطبيب', text: 'اطلب التسجيل.' } },
};

export function installFixtureStrings(): void {
  for (const [lng, data] of Object.entries(STRINGS)) i18n.addResourceBundle(lng, NS, data, true, true);
}

export const FIXTURE_POINTS: readonly TopicPoint[] = [
  { id: 'call', heading: 'call.heading', text: ['call.text'], values: { phone: PHONE } },
  { id: 'doctor', heading: 'doctor.heading', text: ['doctor.text'] },
];

function FixtureBody() {
  const { t } = useT(NS);
  return (
    <article>
      {FIXTURE_POINTS.map((p) => (
        <section key={p.id}>
          <h2>{t(p.heading)}</h2>
          {p.text.map((k) => (
            <p key={k}>{t(k, { phone: PHONE })}</p>
          ))}
        </section>
      ))}
    </article>
  );
}

const withPoints: TopicBody = { Body: FixtureBody, ns: NS, points: () => FIXTURE_POINTS };
const sectionsOnly: TopicBody = { Body: FixtureBody };

/** "gp" has points in data; "esol" has only a body, so show mode must split it by sections. */
export const FIXTURE_BODIES: TopicBodies = {
  gp: () => Promise.resolve(withPoints),
  esol: () => Promise.resolve(sectionsOnly),
};

/** Loads the English helpers strings up front so the first test does not race the lazy chunk. */
export function loadHelperStrings(): Promise<unknown> {
  return i18n.loadNamespaces('helpers');
}
