/**
 * One of a few options worded as phrases ("After each question", "they are about different
 * times"): radio buttons under a legend. They wrap on a narrow phone, where a closed select cuts a
 * long option off.
 */
export function RadioChoice<V extends string>(props: {
  readonly legend: string;
  /** The radios' group name (unique in the page). */
  readonly name: string;
  readonly value: V;
  readonly options: readonly (readonly [V, string])[];
  readonly onChange: (value: V) => void;
  /** The id of a note or a problem about the choice. */
  readonly describedBy?: string | undefined;
}) {
  return (
    <fieldset className="radio-choice" aria-describedby={props.describedBy}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, text]) => (
        <label key={value} className="check">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
