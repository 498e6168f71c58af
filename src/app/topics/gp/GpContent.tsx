import { hasAreaContent } from '../../content/current-area';
import { factsOf } from '../../content/area-facts';
import { HEALTH } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { CheckNote } from '../../ui/sources/CheckNote';
import { EmailLink } from '../../ui/links/EmailLink';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { ShareButton } from '../../ui/links/ShareButton';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';

/** The words a person can show at GP reception, always in English beside their own language. */
function ShowCard() {
  const { t } = useT('health');
  // Asked for in English by key: the page sends just these English strings, not all of English (render-page.tsx).
  const english = (key: string) => t(key, { lng: 'en' });
  return (
    <div class="show-card">
      <blockquote lang="en-GB" dir="ltr">
        {english('register.show')}
      </blockquote>
      {/* Shared: the English card (what reception reads), titled in the person's language. */}
      <ShareButton data={() => ({ title: t('register.showTitle'), text: english('register.show') })} />
    </div>
  );
}

/** Health and GP, in whatever language the surrounding scope speaks. */
export function GpContent({ area, anchors = true }: TopicBodyProps) {
  const { t, lng } = useT('health');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, HEALTH.values(area), HEALTH.counts);
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('register')}>
        <p>{say('register.anyone')}</p>
        <p>{say('register.noPapers')}</p>
        <p>{say('register.refused')}</p>
        <p>{say('register.sayArea')}</p>
        <p>{say('register.noAddress')}</p>
        <p>{say('register.ifRefused')}</p>
        <p>{say('register.emergency')}</p>
        <h3>{say('register.showTitle')}</h3>
        {lng !== 'en' && <p>{say('register.show')}</p>}
        <ShowCard />
      </TopicSection>
      <TopicSection {...section('howto')}>
        <h3>{say('howto.findTitle')}</h3>
        <ol>
          <li>{say('howto.step1')}</li>
          <li>{say('howto.step2')}</li>
          <li>{say('howto.step3')}</li>
        </ol>
        <Actions>
          <WebLink link={F.link('find-gp')} label={String(say('howto.findLink'))} />
        </Actions>
        <CheckNote fact={F.link('find-gp')} />
        <p>{say('howto.reception')}</p>
        <p>{say('howto.form')}</p>
        <p>{say('howto.sameDay')}</p>
      </TopicSection>
      <TopicSection {...section('interpreter')}>
        <p>{say('interpreter.free')}</p>
        <p>{say('interpreter.ask')}</p>
        <p>{say('interpreter.ahead')}</p>
        <p>{say('interpreter.children')}</p>
      </TopicSection>
      <TopicSection {...section('hc2')}>
        <p>{say('hc2.what')}</p>
        <p>{say('hc2.travel')}</p>
        <p>{say('hc2.s95')}</p>
        <p>{say('hc2.arrive')}</p>
        <p>{say('hc2.late')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
        <p>{say('hc2.s4')}</p>
        <p>{say('hc2.hc1Help')}</p>
        <Actions>
          <PhoneLink phone={F.phone('nhs-bsa')} />
        </Actions>
        <h3>{say('hc2.pharmacyTitle')}</h3>
        <ul>
          <li>{say('hc2.pharmacyCheck')}</li>
          <li>{say('hc2.pharmacyTick')}</li>
          <li>{say('hc2.pharmacyRefund')}</li>
        </ul>
        <p>{say('hc2.refundTime')}</p>
      </TopicSection>
      <TopicSection {...section('dentist')}>
        <p>{say('dentist.find')}</p>
        <p>{say('dentist.line')}</p>
        <Actions>
          <PhoneLink phone={F.phone('nhs-dental-line')} />
        </Actions>
        <p>{say('dentist.urgent')}</p>
        <Actions>
          <PhoneLink phone={F.phone('nhs-111')} />
        </Actions>
        <p>{say('dentist.free')}</p>
      </TopicSection>
      <TopicSection {...section('eyes')}>
        <p>{say('eyes.test')}</p>
        <p>{say('eyes.glasses')}</p>
      </TopicSection>
      <TopicSection {...section('urgent')}>
        <p>{say('urgent.call111')}</p>
        <p>{say('urgent.free111')}</p>
        <p>{say('urgent.interp111')}</p>
        <Actions>
          <PhoneLink phone={F.phone('nhs-111')} />
        </Actions>
        <p>{say('urgent.call999')}</p>
        <p>{say('urgent.examples')}</p>
        <p>{say('urgent.interp999')}</p>
        <p>{say('urgent.address')}</p>
        <CheckNote fact={F.rule('interpreter-999')} />
        <Actions>
          <PhoneLink phone={F.phone('emergency')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('struggling')}>
        <p>{say('struggling.samaritans')}</p>
        <p>{say('struggling.free')}</p>
        <Actions>
          <PhoneLink phone={F.phone('samaritans')} />
        </Actions>
        <p>{say('struggling.email')}</p>
        <Actions>
          <EmailLink email={F.email('samaritans-email')} />
        </Actions>
      </TopicSection>
    </div>
  );
}
