/** One line of a document's explanation trail (`dyad explain`). */
export interface TraceEntry {
  stage: string;
  sentence: number | null;
  /** Proposer or refiner that wrote the entry. */
  rule: string;
  message: string;
  /** True when this entry records a candidate that was dropped. */
  vetoed?: boolean;
}
