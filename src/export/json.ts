/** RoadmapDocument → JSON text: 2-space indent, keys in the schema's order, one trailing newline. */
import type { RoadmapDocument } from '../model/roadmap.js';

export function toJson(document: RoadmapDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
