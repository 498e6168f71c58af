import { useEffect, useState } from 'preact/hooks';
import { loadNamespaceFile } from '../../language/i18n';
import { useT } from '../../language/use-t';
import { pointsText } from '../topic-body/english-points';
import { ReadAloud } from './ReadAloud';
import { readableText } from './speech-text';
import { useTopicBody } from '../topic-body/use-topic-body';

/** Reads a topic page's main text aloud; with no voice for the language, offers the topic's English. */
export function TopicReadAloud({ topic, area }: { topic: string; area: string }) {
  const { lng } = useT('helpers');
  // The topic's English is fetched only for a phone with no voice for this language but one for English.
  const [englishOnly, setEnglishOnly] = useState(false);
  const state = useTopicBody(englishOnly ? topic : undefined);
  const [english, setEnglish] = useState<string | null>(null);
  const body = state.status === 'ready' ? state.body : undefined;
  useEffect(() => {
    // Prepared before any tap: some phones speak only inside the tap itself, not after a wait.
    if (lng === 'en' || !body?.ns || !body.points) return;
    let live = true;
    const points = body.points(area);
    void loadNamespaceFile('en', body.ns).then(
      (strings) => live && setEnglish(pointsText(strings, points)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lng, body, area]);
  const pageText = () => readableText(document.getElementById('main') ?? document.body);
  return (
    <ReadAloud getText={pageText} onEnglishOnly={() => setEnglishOnly(true)} {...(english ? { getEnglishText: () => english } : {})} />
  );
}
