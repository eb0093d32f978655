// Small labelled form controls the sections are built from. Every control has a visible label and keyboard support.
import type { ComponentChildren } from 'preact';

export function Toggle(props: { id: string; label: string; help?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  return (
    <div class="row">
      <label class="toggle" for={props.id}>
        <input
          id={props.id}
          type="checkbox"
          role="switch"
          checked={props.checked}
          aria-describedby={helpId}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span class="toggle-track" aria-hidden="true" />
        <span class="toggle-label">{props.label}</span>
      </label>
      {props.help && (
        <p id={helpId} class="help">
          {props.help}
        </p>
      )}
    </div>
  );
}

export function Checkbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="check" for={props.id}>
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
  help?: string;
}

/** A radio group in a fieldset: arrow keys move between options, as in any native radio group. */
export function ChoiceGroup<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  layout?: 'segmented' | 'list';
}) {
  return (
    <fieldset class={`choices ${props.layout ?? 'segmented'}`}>
      <legend>{props.legend}</legend>
      <div class="choice-options">
        {props.choices.map((choice) => {
          const id = `${props.name}-${choice.value}`;
          return (
            <label class="choice" for={id} key={choice.value}>
              <input
                id={id}
                type="radio"
                name={props.name}
                value={choice.value}
                checked={props.value === choice.value}
                onChange={() => props.onChange(choice.value)}
              />
              <span class="choice-text">
                <span class="choice-label">{choice.label}</span>
                {choice.help && <span class="choice-help">{choice.help}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Select<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  hideLabel?: boolean;
  disabled?: boolean;
}) {
  return (
    <div class={`${props.hideLabel ? 'select-field' : 'row field'}${props.disabled ? ' is-disabled' : ''}`}>
      <label for={props.id} class={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      <select id={props.id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Group(props: { legend: string; help?: string; children: ComponentChildren }) {
  return (
    <fieldset class="group">
      <legend>{props.legend}</legend>
      {props.help && <p class="help">{props.help}</p>}
      <div class="group-body">{props.children}</div>
    </fieldset>
  );
}
