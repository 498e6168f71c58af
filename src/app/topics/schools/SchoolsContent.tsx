import { areaContent, factsOf, hasAreaContent } from '../../content/current-area';
import { SCHOOLS } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { EmailLink } from '../../ui/links/EmailLink';
import { Icon } from '../../ui/Icon';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { sayWith } from '../../ui/say';

/** Schools, in whatever language the surrounding scope speaks. */
export function SchoolsContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('schools');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, SCHOOLS.values(area), SCHOOLS.counts);
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('right')}>
        <p>{say('right.all')}</p>
        <p>{say('right.soon')}</p>
        <p>{say('right.noProof')}</p>
      </TopicSection>
      <TopicSection {...section('apply')}>
        <p>{say('apply.anyTime')}</p>
        <p>{say('apply.council')}</p>
        <Actions>
          <PhoneLink phone={areaContent(area).local.council.phone} />
        </Actions>
        <p>{say('apply.full')}</p>
      </TopicSection>
      <TopicSection {...section('meals')}>
        <p>{say('meals.s95')}</p>
        <p>{say('meals.check')}</p>
        <p class="notice">
          <Icon name="info" />{' '}
          <span>
            {say('meals.infants')} {say('meals.infantsCheck')}
          </span>
        </p>
        <p>{say('meals.s4')}</p>
      </TopicSection>
      <TopicSection {...section('uniform')}>
        <p>{say('uniform.ask')}</p>
        <p>{say('uniform.cost')}</p>
        <p>{say('uniform.grant')}</p>
      </TopicSection>
      <TopicSection {...section('bring')}>
        <p>{say('bring.noStatus')}</p>
        <p>{say('bring.support')}</p>
        <p>{say('bring.proof')}</p>
        <Actions>
          <EmailLink email={F.email('proof-of-support')} />
        </Actions>
      </TopicSection>
    </div>
  );
}
