export interface ExtractOptions {
  /** PDF user password (`--password`). */
  password: string | null;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { password: null };
