/**
 * What the segmenter is told from above. Segmentation comes before Russian
 * parsing in the pipeline, so where it needs a parser's judgement (does a
 * paragraph of a deadline cell read as a date of its own? — stacked items)
 * the caller passes the parser in, and the segmenter never imports it.
 */

/** Whether a paragraph reads as a deadline on its own (`Сентябрь`, `до 15.10`), not a fragment (`года`). */
export type ReadsAsDeadline = (text: string) => boolean;

/** Whether a cell opens with a job, a role, a person's name or a body (`Зам. директора по УВР`, `Администрация`). */
export type OpensWithParty = (text: string) => boolean;

export interface SegmentOptions {
  readsAsDeadline: ReadsAsDeadline;
  /** A plan printed without a header row is read by what its columns hold (headerless.ts). */
  opensWithParty: OpensWithParty;
}
