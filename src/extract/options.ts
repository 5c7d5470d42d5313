export interface ExtractOptions {
  /** PDF user password (`--password`). */
  password: string | null;
  /** Stops the reading between pages once aborted; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { password: null };
