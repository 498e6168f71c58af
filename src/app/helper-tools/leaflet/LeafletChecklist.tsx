import { PairedText } from '../side-by-side/PairedText';
import { WALKTHROUGH_STEPS } from '../walkthrough/walkthrough-steps';

/** The first-visit steps on paper, with empty boxes to tick by hand. */
export function LeafletChecklist({ langs }: { langs: readonly string[] }) {
  return (
    <section class="leaflet-section leaflet-checklist-section">
      <PairedText as="h2" langs={langs} k="leaflet.checklist" />
      <ul class="leaflet-checklist" role="list">
        {WALKTHROUGH_STEPS.map((step) => (
          <li key={step.id}>
            <span class="leaflet-box" aria-hidden="true" />
            <div>
              <PairedText as="h3" langs={langs} k={`walkthrough.steps.${step.id}.label`} />
              <PairedText langs={langs} k={`walkthrough.steps.${step.id}.hint`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
