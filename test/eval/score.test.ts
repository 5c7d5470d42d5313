/**
 * The eval's scorer (issue 12 §2) on small hand-made golds and outputs: how
 * rows are matched, how titles and parties are normalised, and that each
 * figure moves when, and only when, its own kind of error is made.
 */
import { describe, expect, it } from 'vitest';
import {
  belowThresholds,
  figuresOf,
  goldPartyKey,
  groupsOf,
  matchActivities,
  normaliseTitle,
  partyKey,
  personKey,
  scoreDocument,
  textKey,
  titleSimilarity,
  type Gold,
  type GoldActivity,
  type ScoredDocument,
} from '../../scripts/eval/score.mjs';

type Predicted = ScoredDocument['roadmaps'][number]['activities'][number];

const march = { text: 'Март 2023', kind: 'period', start: '2023-03-01', end: '2023-03-31' };
const year = { text: 'В течение года', kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' };

const goldRows: GoldActivity[] = [
  { number: '1.1', title: 'Проведение входных контрольных работ по математике', deadline: march, responsible: ['Исаева Х.Н.', 'Образовательные организации'] },
  { number: '1.2', title: 'Анализ результатов ВПР по русскому языку', deadline: year, responsible: ['Отдел образования'] },
  { number: '2.1', title: 'Совещание с руководителями школ «Итоги года»', deadline: march, responsible: ['Лукманова С.Ш.'] },
];

/** What a perfect pipeline would give for goldRows, as Party objects. */
function perfect(): Predicted[] {
  return [
    {
      number: '1.1',
      title: 'Проведение входных контрольных работ по математике',
      deadline: { ...march },
      responsible: [
        { text: 'Исаева Х. Н., начальник МКУ «УО»', kind: 'person', name: 'Исаева Х. Н.' },
        { text: 'образовательные организации', kind: 'role', name: null },
      ],
    },
    { number: '1.2', title: 'Анализ результатов ВПР по русскому языку', deadline: { ...year }, responsible: [{ text: 'Отдел образования', kind: 'organization', name: null }] },
    { number: '2.1', title: 'Совещание с руководителями школ "Итоги года".', deadline: { ...march }, responsible: [{ text: 'С.Ш. Лукманова', kind: 'person', name: 'С.Ш. Лукманова' }] },
  ];
}

const gold = (overrides: Partial<Gold> = {}): Gold => ({
  documents: ['x.txt'],
  layouts: [],
  complete: true,
  decree: { kind: 'приказ', date: '2023-12-08', number: '515', title: 'О проведении мониторинга', signatory: 'Л. М. Зарубина' },
  roadmaps: [{ title: null, period: null, activities: goldRows }],
  ...overrides,
});

const decree = { kind: 'приказ', date: '2023-12-08', number: '515', title: 'О проведении мониторинга', signatory: { name: 'Зарубина Л.М.' } };
const output = (roadmaps: Predicted[][], overrides: Partial<NonNullable<ScoredDocument['decree']>> = {}): ScoredDocument => ({
  decree: { ...decree, ...overrides },
  roadmaps: roadmaps.map((activities) => ({ activities })),
});
const figures = (document: ScoredDocument | null, goldFile = gold()) => figuresOf(scoreDocument(goldFile, document).counts);

describe('normalisation', () => {
  it.each([
    ['«Точка роста»', '"Точка роста"'],
    ['ГИА – 2023', 'ГИА - 2023'],
    ['ГИА—2023', 'ГИА-2023'],
    ['Провести  совещание\u00a0в\nшколе.', 'Провести совещание в школе'],
    ['подготовки к ГИА;', 'подготовки к ГИА'],
    ['профес\u00adсиональных „компетенций“', 'профессиональных "компетенций"'],
  ])('titles: %j reads as %j', (title, expected) => {
    expect(normaliseTitle(title)).toBe(expected);
  });

  it('keeps case and wording in titles', () => {
    expect(normaliseTitle('Совещание')).not.toBe(normaliseTitle('совещание'));
    expect(normaliseTitle('мат-ка')).toBe('мат-ка');
  });

  it.each([
    ['Исаева Х.Н.', 'исаева х.н.'],
    ['Исаева Х. Н.', 'исаева х.н.'],
    ['Х.Н. Исаева', 'исаева х.н.'],
    ['Х.Н.Исаева', 'исаева х.н.'],
    ['Т.А.Долинина.', 'долинина т.а.'],
    ['Х.Исаева', 'исаева х.'],
    ['Алишейхов Х.Ч.,', 'алишейхов х.ч.'],
    ['Сонина О.Э', 'сонина о.э.'],
  ])('a person %j is keyed %j', (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it.each(['Директора ОО', 'Исаева', 'МКУ «УО»', 'Заместитель директора по УВР'])('%j is not a person', (text) => {
    expect(personKey(text)).toBeNull();
  });

  it.each([
    ['МБОУ «СОШ №1»', 'МБОУ "СОШ № 1"'],
    ['МКОУ СОШ № 10 пос. Большевик', 'МКОУ СОШ №10 пос.Большевик'],
    ['Учителя-предметники', 'учителя предметники'],
    ['МКОУ СОШ №18 с.Добровольное)', 'МКОУ СОШ №18 с. Добровольное'],
  ])('%j and %j are one party', (a, b) => {
    expect(textKey(a)).toBe(textKey(b));
  });

  it('keeps different organisations apart', () => {
    expect(textKey('МБОУ «СОШ №1»')).not.toBe(textKey('МБОУ «СОШ №11»'));
  });

  it('keys a predicted person by its name, anything else by its text, and a gold string either way', () => {
    expect(partyKey({ text: 'Исаева Х.Н., начальник МКУ «УО»', kind: 'person', name: 'Исаева Х.Н.' })).toBe(goldPartyKey('Х. Н. Исаева'));
    expect(partyKey({ text: 'Директора ОО', kind: 'role', name: null })).toBe(goldPartyKey('директора  ОО'));
    // A role that happens to hold a name is still a role: its text is the key.
    expect(partyKey({ text: 'Мигилянц Л.В.', kind: 'role', name: null })).toBe('мигилянц л в');
  });
});

describe('matching rows', () => {
  it('scores equal titles 1 and unrelated ones low, however they are spaced or hyphenated', () => {
    expect(titleSimilarity('Закупка учебников', 'Закупка учебников')).toBe(1);
    expect(titleSimilarity('профессиональ- ных компетенций', 'профессиональных компетенций')).toBe(1);
    expect(titleSimilarity('Закупка учебников', 'Совещание при директоре')).toBeLessThan(0.3);
  });

  it.each([
    ['equal numbers, titles alike', [{ number: '1.1', title: 'Проведение совещания с директорами' }], [{ number: '1.1', title: 'Проведение совещания с директорами школ' }], [[0, 0]]],
    ['equal numbers, titles unrelated', [{ number: '1.1', title: 'Проведение совещания' }], [{ number: '1.1', title: 'Закупка учебников' }], []],
    ['numbers differ, same title', [{ number: '3.9', title: 'Оценка предметных компетенций' }], [{ number: '3.8', title: 'Оценка предметных компетенций' }], [[0, 0]]],
    ['no number printed, same title', [{ number: '2', title: 'Оценка предметных компетенций' }], [{ number: null, title: 'Оценка предметных компетенций' }], [[0, 0]]],
    ['numbers differ, titles only alike', [{ number: '1', title: 'Проведение совещания с директорами' }], [{ number: '2', title: 'Проведение совещания с учителями' }], []],
    ['a trailing dot on the number', [{ number: '1.1', title: 'Закупка учебников' }], [{ number: '1.1.', title: 'Закупка учебников.' }], [[0, 0]]],
  ] as const)('%s', (_, goldList, predictedList, expected) => {
    expect(matchActivities([...goldList], [...predictedList]).map(([g, p]) => [g, p])).toEqual(expected);
  });

  it('matches one to one, equal numbers before titles alone: two meetings with one title go by number', () => {
    const title = 'Совещание при начальнике отдела образования';
    const matches = matchActivities(
      [{ number: '4', title }, { number: '5', title }],
      [{ number: '5', title }, { number: '4', title }],
    );
    expect(matches.map(([g, p]) => [g, p])).toEqual([[0, 1], [1, 0]]);
  });

  it('gives a predicted row to the gold row it resembles most', () => {
    const matches = matchActivities(
      [{ number: null, title: 'Подготовка анализа посещенных занятий' }, { number: null, title: 'Подготовка анализа посещенных занятий в начальной школе' }],
      [{ number: null, title: 'Подготовка анализа посещенных занятий в начальной школе' }],
    );
    expect(matches.map(([g, p]) => [g, p])).toEqual([[1, 0]]);
  });
});

describe('the figures of one document', () => {
  it('gives 100 everywhere for output that says what the gold says, quotes and persons printed differently', () => {
    expect(figures(output([perfect()]))).toEqual({
      recall: 100,
      precision: 100,
      titles: 100,
      deadlines: 100,
      kinds: 100,
      responsible: 100,
      requisites: 100,
    });
  });

  it('a missing row lowers recall and nothing that only matched rows measure', () => {
    const result = figures(output([perfect().slice(0, 2)]));
    expect(result.recall).toBeCloseTo(200 / 3);
    expect(result.precision).toBe(100);
    expect(result.deadlines).toBe(100);
  });

  it('an extra row lowers precision', () => {
    const rows = [...perfect(), { number: '2.2', title: 'Цель: повышение качества образования', deadline: null, responsible: [] }];
    expect(figures(output([rows]))).toMatchObject({ recall: 100, precision: 75 });
  });

  it('a wrong deadline lowers the deadline figure; a right span with the wrong kind lowers only kinds', () => {
    const wrongSpan = perfect();
    wrongSpan[0]!.deadline = { text: 'Март 2023', kind: 'period', start: '2023-01-01', end: '2023-12-31' };
    expect(figures(output([wrongSpan]))).toMatchObject({ deadlines: (200 / 3), kinds: 100 });
    const wrongKind = perfect();
    wrongKind[1]!.deadline = { ...year, kind: 'period' };
    expect(figures(output([wrongKind]))).toMatchObject({ deadlines: 100, kinds: (200 / 3) });
    const noDeadline = perfect();
    noDeadline[2]!.deadline = null;
    expect(figures(output([noDeadline]))).toMatchObject({ deadlines: (200 / 3), kinds: (200 / 3) });
  });

  it('lists a wrong deadline with what was printed, found and expected', () => {
    const rows = perfect();
    rows[0]!.deadline = { text: 'Март 2023', kind: 'period', start: '2023-01-01', end: '2023-12-31' };
    expect(scoreDocument(gold(), output([rows])).misses).toEqual([
      {
        type: 'deadline',
        number: '1.1',
        title: goldRows[0]!.title,
        expected: '«Март 2023» period 2023-03-01…2023-03-31',
        got: '«Март 2023» period 2023-01-01…2023-12-31',
      },
    ]);
  });

  it('a title that differs in wording (not quotes or a trailing dot) lowers titles but still matches', () => {
    const rows = perfect();
    rows[1]!.title = 'Анализ результатов ВПР по русскому языку 1.3';
    expect(figures(output([rows]))).toMatchObject({ recall: 100, titles: (200 / 3) });
  });

  it('responsible F1 counts parties over matched rows: a missed one and a wrong one', () => {
    const rows = perfect();
    // 1.1 loses «образовательные организации»; 1.2 names Иванов instead of the department.
    rows[0]!.responsible = rows[0]!.responsible!.slice(0, 1);
    rows[1]!.responsible = [{ text: 'Иванов И.И.', kind: 'person', name: 'Иванов И.И.' }];
    // gold 4 parties, found 3, of which 2 right: F1 = 2·2 / (4 + 3)
    expect(figures(output([rows])).responsible).toBeCloseTo((100 * 4) / 7);
  });

  it('a person whose initials differ is another person', () => {
    const rows = perfect();
    rows[2]!.responsible = [{ text: 'Лукманова С.А.', kind: 'person', name: 'Лукманова С.А.' }];
    expect(figures(output([rows])).responsible).toBeLessThan(100);
  });

  it('requisites: the share of gold decree fields the output gets right, a missing signatory counting as wrong', () => {
    expect(figures(output([perfect()], { number: '516' })).requisites).toBe(80);
    expect(figures(output([perfect()], { signatory: null })).requisites).toBe(80);
    expect(figures(output([perfect()], { title: 'О проведении\nмониторинга.' })).requisites).toBe(100);
  });

  it('scores only the decree fields the gold names, and a null as «the document has none»', () => {
    const partial = gold({ decree: { number: null, date: '2023-12-08' } });
    expect(figures(output([perfect()], { number: null }), partial).requisites).toBe(100);
    expect(figures(output([perfect()]), partial).requisites).toBe(50);
  });

  it('pools the roadmaps: rows split over two output tables still match', () => {
    const rows = perfect();
    expect(figures(output([rows.slice(0, 1), rows.slice(1)]))).toMatchObject({ recall: 100, precision: 100 });
  });

  it('with complete: false, extra rows count only in output roadmaps that hold a matched row', () => {
    const partial = gold({ complete: false });
    const unannotated: Predicted[] = [
      { number: '1', title: 'Ознакомление педагогов с планом', deadline: null, responsible: [] },
      { number: '2', title: 'Размещение плана на сайте', deadline: null, responsible: [] },
    ];
    const extra: Predicted = { number: '3.1', title: 'Итоговое совещание по плану', deadline: null, responsible: [] };
    expect(figures(output([perfect(), unannotated]), partial).precision).toBe(100);
    expect(figures(output([[...perfect(), extra], unannotated]), partial).precision).toBe(75);
    expect(figures(output([perfect(), unannotated])).precision).toBe(60);
  });

  it('with a roadmap annotated only partway, rows past the one matched to its last listed row are not scored', () => {
    const firstTwo = gold({ complete: false, roadmaps: [{ title: null, period: null, partial: true, activities: goldRows.slice(0, 2) }] });
    const invented: Predicted = { number: '1.3', title: 'Итоговое совещание по плану', deadline: null, responsible: [] };
    const [first, second, third] = perfect();
    expect(figures(output([[first!, second!, third!]]), firstTwo)).toMatchObject({ recall: 100, precision: 100 });
    // a row invented inside the annotated stretch still counts
    expect(figures(output([[first!, invented, second!, third!]]), firstTwo).precision).toBeCloseTo((100 * 2) / 3);
    // without the mark, every row of the matched roadmap counts
    expect(figures(output([[first!, second!, third!]]), gold({ complete: false, roadmaps: [{ title: null, period: null, activities: goldRows.slice(0, 2) }] })).precision).toBeCloseTo((100 * 2) / 3);
  });

  it('a document that failed to ingest found nothing and got no requisite right', () => {
    const { counts } = scoreDocument(gold(), null);
    expect(counts).toMatchObject({ failed: 1, goldRows: 3, matched: 0, predictedRows: 0, requisites: 5, requisitesEqual: 0 });
    expect(figuresOf(counts)).toMatchObject({ recall: 0, precision: null, titles: null });
  });
});

describe('groups and thresholds', () => {
  it('groups seeds and real documents by format, composed ones by each layout tag', () => {
    expect(groupsOf('seeds', 'pdf', ['multi-page'])).toEqual(['seeds pdf']);
    expect(groupsOf('real', 'docx', [])).toEqual(['real docx']);
    expect(groupsOf('scans', 'pdf', ['searchable'])).toEqual(['scans searchable']);
    expect(groupsOf('layouts', 'pdf', ['borderless-pdf', 'multi-page'])).toEqual(['layouts borderless-pdf', 'layouts multi-page']);
  });

  const all = (value: number | null) => ({ recall: value, precision: value, titles: value, deadlines: value, kinds: value, responsible: value, requisites: value });

  it('reports each figure below its threshold, a group\'s own entry over its corpus\'s wildcard', () => {
    const thresholds = { 'real *': { recall: 90, titles: 80 }, 'real pdf': { recall: 50 } };
    expect(belowThresholds({ 'real pdf': all(60), 'real docx': all(85) }, thresholds)).toEqual([
      { group: 'real pdf', figure: 'titles', value: 60, threshold: 80 },
      { group: 'real docx', figure: 'recall', value: 85, threshold: 90 },
    ]);
  });

  it('never fails a figure with nothing to score, nor one that prints as its threshold', () => {
    expect(belowThresholds({ 'seeds text': all(null) }, { 'seeds text': { recall: 99 } })).toEqual([]);
    expect(belowThresholds({ 'seeds text': all(98.96) }, { 'seeds text': { recall: 99 } })).toEqual([]);
    expect(belowThresholds({ 'seeds text': all(98.9) }, { 'seeds text': { recall: 99 } })).toHaveLength(1);
  });
});
