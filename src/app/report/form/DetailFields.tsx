import { DETAIL_FIELDS, type Category } from '../../../shared/report';
import { useT } from '../../language/use-t';
import { ChoiceField } from './ChoiceField';
import { TextField } from './TextField';

interface Props {
  category: Category;
  details: Record<string, string>;
  onDetail: (name: string, value: string) => void;
  errors: Record<string, string>;
}

/** The questions each problem asks, from the shared schema's DETAIL_FIELDS. */
export function DetailFields({ category, details, onDetail, errors }: Props) {
  const { t } = useT('report');
  return (
    <>
      {DETAIL_FIELDS[category].map((f) => {
        const field = `details.${f.name}`;
        const shared = {
          field,
          value: details[f.name] ?? '',
          onValue: (v: string) => onDetail(f.name, v),
          error: errors[field],
          required: f.required,
        };
        if (f.kind === 'choice') {
          const options = (f.options ?? []).map((o) => ({ value: o, label: t(`option.${o}`) }));
          return <ChoiceField key={field} {...shared} legend={t(`field.${f.name}`)} options={options} />;
        }
        return (
          <TextField
            key={field}
            {...shared}
            label={t(`field.${f.name}`)}
            type={f.kind === 'date' ? 'date' : 'text'}
            multiline={f.kind === 'textarea'}
          />
        );
      })}
    </>
  );
}
