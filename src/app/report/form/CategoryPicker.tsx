import { CATEGORIES, type Category } from '../../../shared/report-categories';
import { useT } from '../../language/use-t';

/** "What is wrong?": the first question, one large choice per problem. */
export function CategoryPicker({ onPick }: { onPick: (category: Category) => void }) {
  const { t } = useT('report');
  return (
    <section aria-labelledby="report-pick-title">
      <h2 id="report-pick-title">{t('category.title')}</h2>
      <ul class="report-categories">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <button type="button" class="choice" onClick={() => onPick(c)}>
              <span class="choice-main">{t(`category.${c}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
