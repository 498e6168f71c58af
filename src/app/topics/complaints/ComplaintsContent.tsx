import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { COMPLAINTS } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { CheckNote } from '../../ui/sources/CheckNote';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Complaints: report first, the area's housing company, the Home Office's procedure, and when nothing happens. */
export function ComplaintsContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('complaints');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, COMPLAINTS.values(area), COMPLAINTS.counts);
  // An area whose pack names no sourced housing provider leaves that section out.
  const provider = COMPLAINTS.sections(area).find((s) => s.id === 'provider')?.facts[0];
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('report')}>
        <p>{say('report.migrantHelp')}</p>
        <p>{say('report.notLandlord')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
        <p>{say('report.record')}</p>
      </TopicSection>
      {provider && (
        <TopicSection {...section('provider')}>
          <p>{say('provider.name')}</p>
          <p>{say('provider.change')}</p>
          <CheckNote fact={provider} />
        </TopicSection>
      )}
      <TopicSection {...section('homeOffice')}>
        <p>{say('homeOffice.how')}</p>
        <p>{say('homeOffice.reply')}</p>
        <p>{say('homeOffice.within')}</p>
        <p>{say('homeOffice.decision')}</p>
        <Actions>
          <WebLink link={F.link('ukvi-page')} label={t('homeOffice.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('nothing')}>
        <ul>
          <li>{say('nothing.again')}</li>
          <li>{say('nothing.worker')}</li>
          <li>{say('nothing.danger')}</li>
        </ul>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
          <PhoneLink phone={F.phone('emergency')} />
        </Actions>
      </TopicSection>
    </div>
  );
}
