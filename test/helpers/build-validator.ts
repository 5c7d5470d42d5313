// Vitest global setup: the tests import src/, which imports the validator `npm run build` generates
// from the schema; generating it here keeps a lone `npx vitest run test/x` on the schema as it is.
// @ts-expect-error -- a plain ESM script without types
import { writeValidator } from '../../scripts/build-validator.mjs';

export default function setup(): void {
  (writeValidator as () => void)();
}
