import { areaContent, hasAreaContent } from '../../content/current-area';
import { areaWords } from '../../content/area-words';
import { ESOL } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { CheckNote } from '../../ui/sources/CheckNote';
import { Icon } from '../../ui/Icon';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';

/** English classes (ESOL), in whatever language the surrounding scope speaks. */
export function EsolContent({ lang, area, anchors = true }: TopicBodyProps) {
  const esol = useT('esol');
  if (!hasAreaContent(area)) return null;
  // Where the classes are (the area's own place) may be the pack's English words, for an area locales/ does not know.
  const { t, langOf } = areaWords(esol.t, area, 'esol');
  const say = sayWith(t, ESOL.values(area), ESOL.counts);
  const provider = areaContent(area).local.esolProvider;
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('eligible')}>
        <p>{say('eligible.wait')}</p>
        <p>{say('eligible.age')}</p>
        <p>{say('eligible.refugees')}</p>
      </TopicSection>
      <TopicSection {...section('local')}>
        <p>{say('local.authority')}</p>
        <p class="notice">
          <Icon name="info" />{' '}
          <span>
            {say('local.differ')} {say('local.changing')}
          </span>
        </p>
        {areaContent(area).local.skills.example && <p {...langOf(`local.${area}.example`)}>{say(`local.${area}.example`)}</p>}
      </TopicSection>
      <TopicSection {...section('where')}>
        <p>{say('where.usual')}</p>
        <p {...langOf(`where.${area}.provider`)}>{say(`where.${area}.provider`)}</p>
        <p {...langOf(`where.${area}.ask`)}>{say(`where.${area}.ask`)}</p>
        {provider.link && (
          <Actions>
            <WebLink link={provider.link} label={provider.name} />
          </Actions>
        )}
        {provider.facts.map((f, i) => (
          <CheckNote key={i} fact={f} />
        ))}
      </TopicSection>
      <TopicSection {...section('children')}>
        <p>
          <a href={`/${lang}/${area}/schools`}>{say('children.school')}</a>
        </p>
      </TopicSection>
      <TopicSection {...section('cafes')}>
        <p>{say('cafes.what')}</p>
        <p>{say('cafes.who')}</p>
        <p>{say('cafes.find')}</p>
      </TopicSection>
    </div>
  );
}
