/**
 * An immutable list that grows at its end. xstate context must not be
 * mutated (tests fold rows through the pure `transition()`), and copying an
 * array on every row made a 40,000-row table take a minute (issue 8): here
 * appending, or replacing the last item, is O(1) and leaves every earlier
 * version as it was, so snapshots share what they have in common.
 */
export interface ListNode<T> {
  readonly last: T;
  readonly before: List<T>;
  readonly length: number;
}

/** `null` is the empty list. */
export type List<T> = ListNode<T> | null;

export function append<T>(list: List<T>, item: T): ListNode<T> {
  return { last: item, before: list, length: (list?.length ?? 0) + 1 };
}

/** The list with its last item replaced; the empty list gets `item` as its only one. */
export function replaceLast<T>(list: List<T>, item: T): ListNode<T> {
  return append(list?.before ?? null, item);
}

/** Items from the last one backwards, stopping early when the caller does. */
export function* fromLast<T>(list: List<T>): Generator<T> {
  for (let node = list; node !== null; node = node.before) yield node.last;
}

export function toArray<T>(list: List<T>): T[] {
  const out = new Array<T>(list?.length ?? 0);
  let index = out.length;
  for (let node = list; node !== null; node = node.before) out[(index -= 1)] = node.last;
  return out;
}
