/** Deeply readonly: lets the bundled data be written `as const` (literal ids) and still be checked against the schema's input type. */
export type Frozen<T> = T extends (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;
