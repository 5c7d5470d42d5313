/**
 * `--shard K/N`: which inputs this job of an N-job CI matrix takes. Chosen by
 * a hash of the input's relative path, not its position in the list, so a
 * file added to the corpus moves no other file to another shard.
 */
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from 'commander';

export interface Shard {
  /** 1-based, as users and CI matrices count. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/4.');
  }
  return { index, count };
}

export function inShard(relativePath: string, shard: Shard): boolean {
  const digest = createHash('sha256').update(relativePath, 'utf8').digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
