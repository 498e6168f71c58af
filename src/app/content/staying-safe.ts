// Staying safe: 999 first, then abuse at home, sexual violence, forced work, LGBTQI+ support and hate crime in each area.
import type { CountFact, LinkFact, PhoneFact, RuleFact, Source } from './fact';
import { MH_SAFEGUARDING, STOP_HATE_LANGUAGES, TRUE_VISION } from './contacts';
import { EMERGENCY, MIGRANT_HELP, POLICE, STOP_HATE } from './national';
import * as S from './safety-sources';
import { CHECKED_PUBLISHERS, SAFER_COLCHESTER } from './sources';
import type { TopicContent } from './topic-content';

const now = { checked: CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...now });
const link = (url: string, ...sources: Source[]): LinkFact => ({ kind: 'link', url, sources, ...now });

export const DOMESTIC_ABUSE_LINE: PhoneFact = {
  kind: 'phone',
  name: 'National Domestic Abuse Helpline',
  digits: '08082000247',
  display: '0808 2000 247',
  sources: [S.REFUGE_NEWS, S.REFUGE_COVID],
  ...now,
};
export const DOMESTIC_ABUSE_RULE = rule(S.REFUGE_COVID, S.REFUGE_NEWS);
export const SLAVERY_LINE: PhoneFact = {
  kind: 'phone',
  name: 'Modern Slavery & Exploitation Helpline',
  digits: '08000121700',
  display: '08000 121 700',
  sources: [S.MSH_HOME, S.CLEWER],
  ...now,
};
export const SLAVERY_RULE = rule(S.UNSEEN_FAQ, S.MSH_FAQ, S.UNSEEN_BLOG);
export const RAPE_CRISIS_AGE: CountFact = { kind: 'count', value: 16, unit: 'years', sources: [S.RAPE_CRISIS_FAQ], ...now };
export const RAPE_CRISIS_LINE = link(S.RAPE_CRISIS_FAQ.url, S.RAPE_CRISIS_FAQ);
export const RAINBOW_MIGRATION = link(S.RAINBOW_MIGRATION.url, S.RAINBOW_MIGRATION);
// report-it.org.uk is named only by 2011 launch pages (read over http), so the link carries the check caveat.
export const TRUE_VISION_SITE: LinkFact = {
  ...link('https://www.report-it.org.uk/', S.CST_TRUE_VISION, SAFER_COLCHESTER),
  caveat: 'check',
};
export const CLEVELAND_CENTRES = rule(S.CLEVELAND_PCC_HATE);
export const CLEVELAND_CENTRES_PAGE = link(S.CLEVELAND_PCC_HATE.url, S.CLEVELAND_PCC_HATE);

export const STAYING_SAFE: TopicContent = {
  topic: 'staying-safe',
  ns: 'safety-topic',
  sections: (area) => [
    { id: 'danger', facts: [EMERGENCY, POLICE] },
    { id: 'home', facts: [DOMESTIC_ABUSE_LINE, DOMESTIC_ABUSE_RULE, MIGRANT_HELP, MH_SAFEGUARDING], names: ['Refuge'] },
    { id: 'sexual', facts: [RAPE_CRISIS_LINE, RAPE_CRISIS_AGE], names: ['Rape Crisis'] },
    { id: 'slavery', facts: [SLAVERY_LINE, SLAVERY_RULE], names: ['Unseen'] },
    { id: 'lgbtqi', facts: [RAINBOW_MIGRATION], names: ['Rainbow Migration'] },
    {
      id: 'hate',
      facts:
        area === 'sefton'
          ? [TRUE_VISION, TRUE_VISION_SITE, STOP_HATE, STOP_HATE_LANGUAGES]
          : area === 'stockton'
            ? [TRUE_VISION, TRUE_VISION_SITE, CLEVELAND_CENTRES, CLEVELAND_CENTRES_PAGE]
            : [TRUE_VISION, TRUE_VISION_SITE], // an area added from a pack: the national route only, until its pack names a local one
      names: ['True Vision'],
    },
  ],
  values: () => ({
    emergency: EMERGENCY.display,
    police: POLICE.display,
    rapeCrisisAge: String(RAPE_CRISIS_AGE.value),
  }),
};
