/**
 * The CMS's own widgets, for what Decap's cannot store unchanged: a KPI cell (a number or
 * "not-reported") and a record keyed by year (a KPI row's `values`, `measureByYear`,
 * `asPublished`), which Decap's list widget would turn into an array.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { OrderedMap, type Map as ImmutableMap } from 'immutable';
import { cellProblem, fileIdProblem, keysProblem, parseCell } from './values.ts';

/** A field's configuration, as Decap hands it to a widget. */
type FieldConfig = ImmutableMap<string, unknown>;
interface ControlProps {
  value: unknown;
  field: FieldConfig;
  /** The entry being edited: `newRecord` until it is first saved, then its `slug`. */
  entry?: ImmutableMap<string, unknown>;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

const toJs = (value: unknown): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function'
    ? (value as { toJS(): unknown }).toJS()
    : value;
const wordsOf = (field: FieldConfig | undefined): string[] =>
  (toJs(field?.get('words')) as string[] | undefined) ?? [];
const show = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** One KPI cell: a text box that stores a number, or "not-reported" as typed. */
export class KpiValueControl extends Component<ControlProps, { text: string }> {
  override state = { text: show(this.props.value) };

  isValid = () => {
    const message = cellProblem(this.props.value, wordsOf(this.props.field));
    return message ? { error: { message } } : true;
  };

  override render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
    return h('input', {
      id: forID,
      type: 'text',
      inputMode: 'decimal',
      className: classNameWrapper,
      value: this.state.text,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      onChange: (event: { target: { value: string } }) => {
        this.setState({ text: event.target.value });
        this.props.onChange(parseCell(event.target.value, wordsOf(field)));
      },
    });
  }
}

type Entry = [string, unknown];

/** A record keyed by year: one row per year, the year and its value, in the file's order. */
export class YearValuesControl extends Component<ControlProps> {
  private entries(): Entry[] {
    const record = (toJs(this.props.value) ?? {}) as Record<string, unknown>;
    return Object.entries(record);
  }

  private valueField(): FieldConfig | undefined {
    return this.props.field.get('value_field') as FieldConfig | undefined;
  }

  private write(entries: Entry[]) {
    this.props.onChange(OrderedMap(entries));
  }

  isValid = () => {
    const entries = this.entries();
    const keyPattern = String(this.props.field.get('key_pattern') ?? '');
    const value = this.valueField();
    const problem =
      keysProblem(
        entries.map(([key]) => key),
        keyPattern,
      ) ??
      (value?.get('widget') === 'kpi-value'
        ? entries.map(([, v]) => cellProblem(v, wordsOf(value))).find(Boolean)
        : undefined);
    return problem ? { error: { message: problem } } : true;
  };

  private valueInput(entries: Entry[], index: number): ReactNode {
    const field = this.valueField();
    const [key, value] = entries[index]!;
    const set = (next: unknown) =>
      this.write(entries.map((e, i): Entry => (i === index ? [key, next] : e)));
    const options = (toJs(field?.get('options')) as { label: string; value: string }[]) ?? [];
    if (field?.get('widget') === 'select')
      return h(
        'select',
        {
          value: show(value),
          'aria-label': `${key} 年`,
          onChange: (e: { target: { value: string } }) => set(e.target.value),
        },
        options.map((o) => h('option', { key: o.value, value: o.value }, o.label)),
      );
    return h('input', {
      type: 'text',
      'aria-label': `${key} 年`,
      defaultValue: show(value),
      onChange: (e: { target: { value: string } }) =>
        set(
          field?.get('widget') === 'kpi-value'
            ? parseCell(e.target.value, wordsOf(field))
            : e.target.value,
        ),
    });
  }

  override render(): ReactNode {
    const entries = this.entries();
    const rows = entries.map(([key], index) =>
      h(
        'div',
        { key: index, style: { display: 'flex', gap: '8px', marginBottom: '6px' } },
        h('input', {
          type: 'text',
          'aria-label': '年份',
          size: 6,
          value: key,
          onChange: (e: { target: { value: string } }) =>
            this.write(
              entries.map((entry, i): Entry => (i === index ? [e.target.value, entry[1]] : entry)),
            ),
        }),
        this.valueInput(entries, index),
        h(
          'button',
          { type: 'button', onClick: () => this.write(entries.filter((_, i) => i !== index)) },
          '删除',
        ),
      ),
    );
    const next = String(Math.max(0, ...entries.map(([key]) => Number(key) || 0)) + 1 || '');
    return h(
      'div',
      { id: this.props.forID, className: this.props.classNameWrapper },
      rows,
      h(
        'button',
        { type: 'button', onClick: () => this.write([...entries, [next, '']]) },
        '添加年份',
      ),
    );
  }
}

/**
 * A new case's id, which becomes its file name: typed once, when the case is created. A case that
 * exists shows its file name; renaming it is a change to the chapters that place it, not a field.
 */
export class FileIdControl extends Component<ControlProps> {
  private isNew = () => Boolean(this.props.entry?.get('newRecord'));

  isValid = () => {
    if (!this.isNew()) return true;
    const taken = (toJs(this.props.field.get('taken')) as string[] | undefined) ?? [];
    const message = fileIdProblem(this.props.value, taken);
    return message ? { error: { message } } : true;
  };

  override render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    if (!this.isNew())
      return h(
        'p',
        { id: forID, className: classNameWrapper },
        `${show(this.props.entry?.get('slug'))}.mdx（已有案例的文件名不在这里修改）`,
      );
    return h('input', {
      id: forID,
      type: 'text',
      className: classNameWrapper,
      value: show(this.props.value),
      autoComplete: 'off',
      spellCheck: false,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      onChange: (event: { target: { value: string } }) => this.props.onChange(event.target.value),
    });
  }
}

/** Previews: the values as text. */
export const ValuePreview = ({ value }: { value: unknown }) =>
  h('span', null, JSON.stringify(toJs(value)));
