/**
 * Issue 12's scorer: one ingested RoadmapDocument against its gold file
 * (fixtures/GOLD.md), as counts that add up over documents, and the figures
 * the eval prints from those counts. Pure functions, no I/O: scripts/eval.mjs
 * reads the files, runs the pipeline and prints; test/eval/score.test.ts
 * checks every rule here on small hand-made inputs.
 */

/** Figures in the order the eval prints them; the keys of thresholds and goals. */
export const FIGURES = ['recall', 'precision', 'titles', 'deadlines', 'kinds', 'responsible', 'requisites'];

/** A numbered pair needs this much title similarity; an unnumbered one, MATCH_BY_TITLE. */
export const MATCH_WITH_NUMBER = 0.5;
export const MATCH_BY_TITLE = 0.8;

const QUOTES = /[«»“”„‟"'`´‘’‚]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

/** Soft hyphens out, every white space (NBSP too) one space. */
export function normaliseSpace(text) {
  return String(text).replace(/\u00ad/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A title as the «titles exact» figure compares it: white space, quotes and
 * dashes made uniform, a trailing `.` or `;` dropped; case and wording kept.
 * `«Точка роста»` = `"Точка роста"`, `ГИА – 2023.` = `ГИА - 2023`.
 */
export function normaliseTitle(text) {
  return normaliseSpace(String(text).replace(QUOTES, '"').replace(DASHES, '-'))
    .replace(/\s*-\s*/gu, (dash) => (dash.trim() === dash ? '-' : ' - '))
    .replace(/[\s.;]+$/u, '');
}

/** Character bigrams of the letters and digits, lower case: blind to spacing, hyphenation and punctuation. */
function bigrams(text) {
  const letters = normaliseSpace(text).toLowerCase().replace(/ё/gu, 'е').replace(/[^\p{L}\p{N}]/gu, '');
  const counts = new Map();
  for (let i = 0; i + 1 < letters.length; i++) {
    const pair = letters.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { counts, size: Math.max(0, letters.length - 1), letters };
}

/** Sørensen–Dice over character bigrams, 0…1; 1 for two equal texts (even a single letter). */
export function titleSimilarity(a, b) {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.letters === y.letters) return x.letters.length > 0 ? 1 : 0;
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const [pair, count] of x.counts) shared += Math.min(count, y.counts.get(pair) ?? 0);
  return (2 * shared) / (x.size + y.size);
}

/** `1.1.` → `1.1`, `4. 2` → `4.2`; null stays null. */
export function normaliseNumber(number) {
  if (number === null || number === undefined) return null;
  const text = String(number).replace(/\s+/gu, '').replace(/[.)]+$/u, '');
  return text === '' ? null : text;
}

const SURNAME = String.raw`\p{Lu}[\p{Ll}ё]+(?:-\p{Lu}?[\p{Ll}ё]+)?`;
const INITIALS = String.raw`(?:\p{Lu}\.\s*){1,2}`;
/** After a surname the last initial may lack its full stop (`Сонина О.Э`, as printed). */
const TRAILING_INITIALS = String.raw`(?:\p{Lu}\.\s*\p{Lu}\.?|\p{Lu}\.)`;
const SURNAME_FIRST = new RegExp(String.raw`^(?<surname>${SURNAME})\s+(?<initials>${TRAILING_INITIALS})$`, 'u');
const INITIALS_FIRST = new RegExp(String.raw`^(?<initials>${INITIALS})\s*(?<surname>${SURNAME})$`, 'u');

/**
 * A person's key: surname and initials, lower case, however printed.
 * `Исаева Х.Н.`, `Исаева Х. Н.`, `Х.Н. Исаева`, `Х.Н.Исаева` → `исаева х.н.`;
 * null when the text is not a name with initials.
 */
export function personKey(text) {
  // A signature may end in a full stop (`Т.А.Долинина.`), a list item in a comma.
  const clean = normaliseSpace(text).replace(/[,;]+$/u, '').replace(/(?<=\p{Ll})\.$/u, '');
  const match = SURNAME_FIRST.exec(clean) ?? INITIALS_FIRST.exec(clean);
  if (!match?.groups) return null;
  const initials = match.groups['initials'].replace(/[\s.]/gu, '').toLowerCase().split('').map((letter) => `${letter}.`).join('');
  return `${match.groups['surname'].toLowerCase().replace(/ё/gu, 'е')} ${initials}`;
}

/**
 * Anything that is not a person: its lower-cased words, so that `МБОУ «СОШ №1»`
 * and `МБОУ "СОШ № 1"` are one party and `пос.Большевик` = `пос. Большевик`.
 */
export function textKey(text) {
  return normaliseSpace(text)
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/№\s*/gu, '№')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
}

/** A gold party (a string): a person when it is a name with initials, else its words. */
export function goldPartyKey(text) {
  return personKey(text) ?? textKey(text);
}

/** A predicted Party: a person by its `name`, anything else (or a name that is not one) by its text. */
export function partyKey(party) {
  if (party.kind === 'person' && party.name) {
    const key = personKey(party.name);
    if (key) return key;
  }
  return textKey(party.text);
}

/**
 * One-to-one greedy matching of gold and predicted activities, best pairs
 * first: equal numbers with titles at least MATCH_WITH_NUMBER alike rank
 * above every pair matched by title alone (at least MATCH_BY_TITLE alike).
 * Returns [goldIndex, predictedIndex, similarity] triples.
 */
export function matchActivities(gold, predicted) {
  const pairs = [];
  for (let g = 0; g < gold.length; g++) {
    const number = normaliseNumber(gold[g].number);
    for (let p = 0; p < predicted.length; p++) {
      const similarity = titleSimilarity(gold[g].title, predicted[p].title ?? '');
      const numbered = number !== null && number === normaliseNumber(predicted[p].number);
      if (numbered && similarity >= MATCH_WITH_NUMBER) pairs.push([g, p, similarity, 1]);
      else if (similarity >= MATCH_BY_TITLE) pairs.push([g, p, similarity, 0]);
    }
  }
  // Ties fall to document order, so the result never depends on the sort's stability.
  pairs.sort((a, b) => b[3] - a[3] || b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const goldTaken = new Set();
  const predictedTaken = new Set();
  const matches = [];
  for (const [g, p, similarity] of pairs) {
    if (goldTaken.has(g) || predictedTaken.has(p)) continue;
    goldTaken.add(g);
    predictedTaken.add(p);
    matches.push([g, p, similarity]);
  }
  return matches.sort((a, b) => a[0] - b[0]);
}

/** Counts that add over documents; every figure is a ratio of two of them. */
export function emptyCounts() {
  return {
    documents: 0,
    failed: 0,
    goldRows: 0,
    matched: 0,
    predictedRows: 0,
    titlesEqual: 0,
    deadlineRows: 0,
    deadlinesEqual: 0,
    kindsEqual: 0,
    responsibleTrue: 0,
    responsibleFalse: 0,
    responsibleMissed: 0,
    requisites: 0,
    requisitesEqual: 0,
  };
}

export function addCounts(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  return total;
}

const percent = (part, whole) => (whole > 0 ? (100 * part) / whole : null);

/** The printed figures, as percentages; null where nothing was there to score. */
export function figuresOf(counts) {
  const responsible = 2 * counts.responsibleTrue + counts.responsibleFalse + counts.responsibleMissed;
  return {
    recall: percent(counts.matched, counts.goldRows),
    precision: percent(counts.matched, counts.predictedRows),
    titles: percent(counts.titlesEqual, counts.matched),
    deadlines: percent(counts.deadlinesEqual, counts.deadlineRows),
    kinds: percent(counts.kindsEqual, counts.deadlineRows),
    responsible: percent(2 * counts.responsibleTrue, responsible),
    requisites: percent(counts.requisitesEqual, counts.requisites),
  };
}

/** How each of the decree's gold fields is compared with the output's. */
const REQUISITES = {
  kind: (value) => (value === null ? null : normaliseSpace(value).toLowerCase()),
  date: (value) => value ?? null,
  number: (value) => (value === null ? null : String(value).replace(/[\s№]/gu, '')),
  title: (value) => (value === null ? null : normaliseTitle(value)),
  signatory: (value) => (value === null ? null : goldPartyKey(value)),
};

function predictedRequisite(decree, field) {
  if (!decree) return undefined;
  if (field === 'signatory') return decree.signatory?.name ?? null;
  return decree[field] ?? null;
}

/** The gold's activities and the output's, each with the index of its roadmap. */
function pooled(roadmaps) {
  return roadmaps.flatMap((roadmap, index) => roadmap.activities.map((activity) => ({ ...activity, roadmap: index })));
}

/**
 * For each output roadmap whose matched rows all come from gold roadmaps
 * annotated only partway (`"partial": true`: from the table's first row down
 * to the last one listed), the index of its last matched row: the rows after
 * it lie past what the gold says and are not scored.
 */
function lastAnnotatedRows(gold, goldRows, predictedRows, matches) {
  const last = new Map();
  const fully = new Set();
  for (const [g, p] of matches) {
    const roadmap = predictedRows[p].roadmap;
    if (gold.roadmaps[goldRows[g].roadmap].partial === true) last.set(roadmap, Math.max(last.get(roadmap) ?? -1, p));
    else fully.add(roadmap);
  }
  for (const roadmap of fully) last.delete(roadmap);
  return last;
}

const deadlineText = (deadline) => (deadline ? `«${deadline.text}» ${deadline.kind} ${deadline.start ?? '–'}…${deadline.end ?? '–'}` : 'none');

/**
 * Scores one document. `document` is the pipeline's RoadmapDocument, or null
 * when it failed to ingest (then nothing was found). Returns the counts and
 * every miss, each a small object the eval prints with --verbose.
 */
export function scoreDocument(gold, document) {
  const counts = emptyCounts();
  const misses = [];
  counts.documents = 1;
  if (!document) counts.failed = 1;
  const goldRows = pooled(gold.roadmaps);
  const predictedRows = document ? pooled(document.roadmaps) : [];
  const matches = matchActivities(goldRows, predictedRows);
  counts.goldRows = goldRows.length;
  counts.matched = matches.length;

  // With a partial gold, only roadmaps the gold evidently describes can hold extra rows.
  const matchedRoadmaps = new Set(matches.map(([, p]) => predictedRows[p].roadmap));
  const lastAnnotated = lastAnnotatedRows(gold, goldRows, predictedRows, matches);
  const counted = predictedRows.map(
    (row, p) => (gold.complete || matchedRoadmaps.has(row.roadmap)) && !(lastAnnotated.has(row.roadmap) && p > lastAnnotated.get(row.roadmap)),
  );
  counts.predictedRows = counted.filter(Boolean).length;

  const goldMatched = new Set(matches.map(([g]) => g));
  const predictedMatched = new Set(matches.map(([, p]) => p));
  goldRows.forEach((row, g) => {
    if (!goldMatched.has(g)) misses.push({ type: 'missing', number: row.number, title: row.title });
  });
  predictedRows.forEach((row, p) => {
    if (counted[p] && !predictedMatched.has(p)) misses.push({ type: 'extra', number: row.number, title: row.title });
  });

  for (const [g, p] of matches) {
    const expected = goldRows[g];
    const got = predictedRows[p];
    const where = { number: expected.number, title: expected.title };
    if (normaliseTitle(expected.title) === normaliseTitle(got.title ?? '')) counts.titlesEqual++;
    else misses.push({ type: 'title', ...where, expected: expected.title, got: got.title });

    if (expected.deadline) {
      counts.deadlineRows++;
      const deadline = got.deadline ?? null;
      const spanEqual = deadline !== null && deadline.start === expected.deadline.start && deadline.end === expected.deadline.end;
      const kindEqual = deadline !== null && deadline.kind === expected.deadline.kind;
      if (spanEqual) counts.deadlinesEqual++;
      if (kindEqual) counts.kindsEqual++;
      if (!spanEqual || !kindEqual) {
        misses.push({ type: spanEqual ? 'kind' : 'deadline', ...where, expected: deadlineText(expected.deadline), got: deadlineText(deadline) });
      }
    }

    if (expected.responsible) {
      const wanted = expected.responsible.map(goldPartyKey);
      const found = (got.responsible ?? []).map(partyKey);
      const left = [...found];
      let hits = 0;
      const missed = [];
      for (const key of wanted) {
        const at = left.indexOf(key);
        if (at >= 0) {
          left.splice(at, 1);
          hits++;
        } else missed.push(key);
      }
      counts.responsibleTrue += hits;
      counts.responsibleMissed += missed.length;
      counts.responsibleFalse += left.length;
      if (missed.length > 0 || left.length > 0) misses.push({ type: 'responsible', ...where, expected: missed, got: left });
    }
  }

  for (const [field, normalise] of Object.entries(REQUISITES)) {
    if (!gold.decree || !(field in gold.decree)) continue;
    counts.requisites++;
    const expected = normalise(gold.decree[field]);
    const value = predictedRequisite(document?.decree, field);
    const got = value === undefined ? undefined : normalise(value);
    if (got === expected) counts.requisitesEqual++;
    else misses.push({ type: 'requisite', field, expected: gold.decree[field], got: value ?? null });
  }
  return { counts, misses };
}

/**
 * The groups a document's figures count toward: seeds and real documents by
 * format, composed documents by each of their layout tags.
 */
export function groupsOf(corpus, format, layouts) {
  // Composed documents and scans are told apart by their tags (a scan's: image-only, searchable), not their format.
  if (corpus === 'layouts' || corpus === 'scans') return (layouts.length > 0 ? layouts : ['untagged']).map((layout) => `${corpus} ${layout}`);
  return [`${corpus} ${format}`];
}

/** The entry for a group in a table keyed by group, `<corpus> *` as its fallback. */
export function lookupGroup(table, group) {
  const wildcard = `${group.split(' ')[0]} *`;
  return { ...(table?.[wildcard] ?? {}), ...(table?.[group] ?? {}) };
}

/**
 * Every figure below its threshold, as `{group, figure, value, threshold}`.
 * A figure with nothing to score (null) is never below.
 */
export function belowThresholds(figuresByGroup, thresholds) {
  const failures = [];
  for (const [group, figures] of Object.entries(figuresByGroup)) {
    const limits = lookupGroup(thresholds, group);
    for (const figure of FIGURES) {
      const limit = limits[figure];
      const value = figures[figure];
      if (limit === undefined || value === null || value === undefined) continue;
      // Rounded as printed, so that a figure shown as the threshold never fails it.
      if (Math.round(value * 10) / 10 < limit) failures.push({ group, figure, value, threshold: limit });
    }
  }
  return failures;
}
