import { Fragment, type ReactNode } from "react";

/*
 * Messages with elements in them ("… on the command line with <code>…</code>."): the message is
 * given a slot as the argument, and the element goes where the language put it.
 */

/** The stand-in for element `i` (a private-use character no message contains). */
export const slot = (i: number): string => String.fromCharCode(0xe000 + i);

/** The message with each slot replaced by its element. */
export function rich(text: string, nodes: readonly ReactNode[]): ReactNode {
  return text.split(/([\uE000-\uE0FF])/).map((part, i) => {
    const at = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
    // The parts of one message, in a fixed order: their place is their key.
    return at >= 0 ? <Fragment key={i}>{nodes[at]}</Fragment> : part;
  });
}
