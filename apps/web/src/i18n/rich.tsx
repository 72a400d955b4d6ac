import type { ReactNode } from "react";

/*
 * Messages with elements in them ("… on the command line with <code>…</code>."): the message is
 * given a slot as the argument, and the element goes where the language put it. The elements
 * carry their own keys; the text between them is plain strings. (No React at run time here: the
 * error pages on the first load use it.)
 */

/** The stand-in for element `i` (a private-use character no message contains). */
export const slot = (i: number): string => String.fromCharCode(0xe000 + i);

/** The message with each slot replaced by its element (each given with its own `key`). */
export function rich(text: string, nodes: readonly ReactNode[]): ReactNode[] {
  return text.split(/([\uE000-\uE0FF])/).map((part) => {
    const at = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
    return at >= 0 ? nodes[at] : part;
  });
}
