import { findTopic } from '../../topics/topics';
import { BodyColumn } from '../topic-body/BodyColumn';
import { PairedText } from '../side-by-side/PairedText';
import { useTopicBody } from '../topic-body/use-topic-body';

/** One topic on paper: its name in both languages, then the two texts side by side. */
export function LeafletTopic({ topic, area, langs }: { topic: string; area: string; langs: readonly string[] }) {
  // What the server drew is what goes on paper: its code (bins' is 10 KB) comes only for a topic added here.
  const state = useTopicBody(topic, true);
  const label = findTopic(topic)?.label ?? 'nav.home';
  if (state.status === 'loading' || state.status === 'missing') return null;
  const body = state.status === 'ready' ? state.body : undefined;
  return (
    <section class="leaflet-section leaflet-topic">
      <PairedText as="h2" ns="common" langs={langs} k={label} />
      <div class="leaflet-columns">
        {[...new Set(langs)].map((lang, i) => (
          <BodyColumn key={lang} body={body} lang={lang} area={area} topic={topic} anchors={i === 0} />
        ))}
      </div>
    </section>
  );
}
