import { readFileSync } from "node:fs";
// dist/model/schema.js
/** The output's JSON Schema as data, for `roadmap-ingest schema` and for library users; validation does not read it (see validate.ts). */
const roadmapSchema = JSON.parse(readFileSync(new URL("../../schemas/roadmap.schema.json", import.meta.url), "utf8"));
export { roadmapSchema };
