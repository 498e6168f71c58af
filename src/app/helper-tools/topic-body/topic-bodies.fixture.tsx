// Test stand-in for the content's topic bodies: two sections in English and Arabic, one with a phone number.
import { i18n } from '../../language/i18n';
import { useT } from '../../language/use-t';
import type { TopicBodies, TopicBody } from './topic-body';

const NS = 'fixture-topic';
const PHONE = '01234 567890';

const STRINGS: Record<string, Record<string, Record<string, string>>> = {
  en: {
    call: { title: 'Call for help', text: 'Call this number at any time.' },
    doctor: { title: 'See a doctor', text: 'Ask to register.' },
  },
  ar: { call: { title: 'اتصل للمساعدة', text: 'اتصل بهذا الرقم في أي وقت.' }, doctor: { title: 'زيارة الطبيب', text: 'اطلب التسجيل.' } },
};

export function installFixtureStrings(): void {
  for (const [lng, data] of Object.entries(STRINGS)) i18n.addResourceBundle(lng, NS, data, true);
}

/** Loads the English helpers strings up front so the first test does not race the lazy chunk. */
export function loadHelperStrings(): Promise<unknown> {
  return i18n.loadNamespaces('helpers');
}

function FixtureBody({ anchors = true }: { anchors?: boolean }) {
  const { t } = useT(NS);
  return (
    <div>
      {['call', 'doctor'].map((id) => (
        <section key={id} id={anchors ? id : undefined}>
          <h2>{t(`${id}.title`)}</h2>
          <p>{t(`${id}.text`)}</p>
          {id === 'call' && (
            <a href={`tel:${PHONE.replace(/\s/g, '')}`} dir="ltr">
              {PHONE}
            </a>
          )}
        </section>
      ))}
    </div>
  );
}

const body: TopicBody = { Body: FixtureBody, ns: NS };

export const FIXTURE_BODIES: TopicBodies = {
  gp: () => Promise.resolve(body),
  esol: () => Promise.resolve(body),
};
