import { describe, expect, it } from 'vitest';
import { MAX_ADDRESSEE_CHARS, findNumber, parseDecree } from '../../../src/parse/ru/decree.js';
import { extractText } from '../../../src/extract/text/index.js';
import { layoutOf, seedLayout } from './seed-layout.js';
import type { LayoutDocument } from '../../../src/model/layout.js';
import type { Decree } from '../../../src/model/roadmap.js';

interface Requisites {
  seed: string;
  kind: string;
  authority: string;
  date: string;
  number: string;
  place: string | null;
  title: string;
  signatory: { name: string; position: string };
  orders: string[];
  aliases: string[];
}

const SEEDS: Requisites[] = [
  {
    seed: '000_b44aa535d56c7e00',
    kind: 'приказ',
    authority: 'АДМИНИСТРАЦИЯ ХОТЫНЕЦКОГО РАЙОНА ОРЛОВСКОЙ ОБЛАСТИ ОТДЕЛ ОБРАЗОВАНИЯ',
    date: '2023-12-08',
    number: '515',
    place: null,
    title: 'О проведении мониторинга реализации Плана мероприятий («дорожной карты») по сопровождению школ с низкими образовательными результатами на 2023 год',
    signatory: { name: 'Л. М. Зарубина', position: 'Начальник отдела образования' },
    orders: ['1', '2', '3', '4'],
    // The appendix caption defines «(далее –\nдорожная карта)» over a line break; seedLayout
    // leaves the table as paragraphs, so its first responsible cell's definition is read here too.
    aliases: ['Мониторинг', 'дорожная карта', 'образовательные организации'],
  },
  {
    seed: '001_22298858455419f6',
    kind: 'приказ',
    authority: 'РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ПРОЛЕТАРСКОГО РАЙОНА РОСТОВСКОЙ ОБЛАСТИ',
    date: '2023-09-29',
    number: '345',
    place: 'г. Пролетарск',
    title: 'Об утверждении муниципальной дорожной карты по методическому сопровождению школ с низкими образовательными результатами и школами, находящихся в зоне повышенного и умеренного риска снижения образовательных результатов на 2023-2024 учебный год',
    signatory: { name: 'Е.А. Хаустова', position: 'И.о. заведующего РОО' },
    orders: ['1', '2', '3', '4', '5', '4.1', '4.1', '4.2', '5'],
    aliases: ['ШНОР', 'РМА'],
  },
  {
    seed: '002_0a0b43e67e5df79f',
    kind: 'приказ',
    authority: 'Отдел образования АМО «Беломорский муниципальный район»',
    date: '2022-02-01',
    number: '17',
    place: null,
    title: 'Об утверждении муниципального плана-графика ("дорожная карта") повышения качества образования в школах с низкими образовательными результатами на 2022 год',
    signatory: { name: 'Т.А.Долинина', position: 'Начальник отдела образования АМО «Беломорский муниципальный район»' },
    orders: ['1', '2', '3', '2', '4'],
    aliases: [],
  },
  {
    seed: '003_19b1070cee12e15a',
    kind: 'приказ',
    authority: 'ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ИПАТОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА СТАВРОПОЛЬСКОГО КРАЯ',
    date: '2024-01-19',
    number: '25',
    place: 'г. Ипатово',
    title: 'Об утверждении План мероприятий («Дорожная карта») по повышению качества общего образования в общеобразовательных организациях Ипатовского муниципального округа Ставропольского края на 2024 год',
    signatory: { name: 'Г.Н. Братчик', position: 'Начальник отдела образования администрации Ипатовского муниципального округа Ставропольского края' },
    orders: ['1', '2', '3', '3.1', '3.2', '3.3', '4', '5'],
    aliases: ['ФГОС', 'Дорожная карта'],
  },
  {
    seed: '004_2ebadb8ec0ffc95f',
    kind: 'приказ',
    authority: 'МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ» СЕРГОКАЛИНСКОГО РАЙОНА',
    date: '2023-01-09',
    number: '1/1',
    place: null,
    title: 'О реализации муниципальной «дорожной карты» по работе со школами с низкими образовательными результатами обучающихся',
    signatory: { name: 'Х.Исаева', position: 'Начальник МКУ «Управление образования» Сергокалинского района' },
    orders: ['1', '2', '3', '3.1', '4', '4.1', '4.2', '5', '5.1', '5.2', '6', '6.1', '6.2', '6.3', '7'],
    // 6.1 defines «(далее - Программа)».
    aliases: ['Программа'],
  },
];

describe('parseDecree on the seed decrees', () => {
  it.each(SEEDS)('reads the requisites of seed $seed', (expected) => {
    const { decree, aliases } = parseDecree(seedLayout(expected.seed)).value;
    expect(decree.kind).toBe(expected.kind);
    expect(decree.authority).toBe(expected.authority);
    expect(decree.date).toBe(expected.date);
    expect(decree.number).toBe(expected.number);
    expect(decree.place).toBe(expected.place);
    expect(decree.title).toBe(expected.title);
    expect(decree.signatory).toEqual(expected.signatory);
    expect(decree.orders.map((order) => order.number)).toEqual(expected.orders);
    expect(aliases.map((alias) => alias.alias)).toEqual(expected.aliases);
  });

  it('warns with ORDER_NUMBERING when seed 001 prints 4.1, 4.1, 4.2 under clause 5', () => {
    const { warnings } = parseDecree(seedLayout('001_22298858455419f6'));
    expect(warnings.filter((w) => w.code === 'ORDER_NUMBERING').length).toBeGreaterThanOrEqual(3);
  });

  it('reads no ORDER_NUMBERING warning from seed 004, whose clauses are in order', () => {
    expect(parseDecree(seedLayout('004_2ebadb8ec0ffc95f')).warnings).toEqual([]);
  });

  it('finds the person an order addresses in the dative and puts the name in the nominative', () => {
    const order = parseDecree(seedLayout('000_b44aa535d56c7e00')).value.decree.orders[2];
    expect(order?.responsible.map((party) => [party.kind, party.name, party.position])).toEqual([
      ['person', 'Шаменкова Н. В.', 'Главному специалисту отдела образования администрации района'],
    ]);
  });

  it('gives each school head named in parentheses their school as organization', () => {
    const order = parseDecree(seedLayout('000_b44aa535d56c7e00')).value.decree.orders[1];
    expect(order?.responsible.map((party) => [party.name, party.organization])).toEqual([
      ['Петюкова Е. Н.', 'МБОУ-Богородицкой СОШ'],
      ['Ветрова Е. В.', 'МБОУ-Красноярбинской СОШ им. П. И. Бровичева'],
      ['Бацукина И. В.', 'МБОУ-Хотынецкой СОШ им. С. Г. Поматилова'],
      ['Гайда И. В.', 'МБОУ-Юрьевской СОШ'],
    ]);
  });

  it.each<[string, number, [string | null, string | null, string | null][]]>([
    [
      '002_0a0b43e67e5df79f',
      1,
      [
        ['Т.В.Васильева', 'руководитель', 'общеобразовательных организаций Беломорского муниципального района'],
        ['П.А.Ващенко', 'руководитель', 'общеобразовательных организаций Беломорского муниципального района'],
      ],
    ],
    [
      '001_22298858455419f6',
      4,
      [
        ['Дуденко Е.В.', 'руководитель', 'Буденновской СОШ'],
        ['Поплутина Н.М.', 'руководитель', 'Ганчуковской ООШ'],
        ['Бибиков В.В.', 'руководитель', 'Наумовской ООШ'],
      ],
    ],
    [
      '002_0a0b43e67e5df79f',
      2,
      [['С.В.Ващенко', 'руководитель', 'Муниципальному образовательному учреждению дополнительного профессионального образования "Беломорский информационно-методический центр образования"']],
    ],
  ])('names the people seed %s order #%i addresses, with position and body', (seed, index, expected) => {
    const order = parseDecree(seedLayout(seed)).value.decree.orders[index];
    expect(order?.responsible.map((party) => [party.name, party.position, party.organization])).toEqual(expected);
  });

  it('reads a body-only addressee as one party, not split at its participle', () => {
    const order = parseDecree(seedLayout('003_19b1070cee12e15a')).value.decree.orders[1];
    expect(order?.responsible.map((party) => [party.kind, party.text])).toEqual([
      ['role', 'Ответственным исполнителям, указанным в «Дорожной карте»'],
    ]);
  });

  it.each<[string, number, string | null]>([
    ['000_b44aa535d56c7e00', 1, 'в срок до 29 декабря 2023 года'],
    ['000_b44aa535d56c7e00', 0, null],
    ['001_22298858455419f6', 6, 'до 16.10.2023'],
    ['002_0a0b43e67e5df79f', 1, 'в срок до 20 июня 2022 года, в срок до 10 декабря 2022 года'],
    ['004_2ebadb8ec0ffc95f', 2, 'в срок до 15 января 2023 года'],
  ])('passes the deadline phrase of seed %s order #%i to the deadline parser', (seed, index, text) => {
    const order = parseDecree(seedLayout(seed)).value.decree.orders[index];
    expect(order?.deadline?.text ?? null).toBe(text);
  });

  it('expands an abbreviation alias to the words whose initials spell it', () => {
    const { aliases } = parseDecree(seedLayout('001_22298858455419f6')).value;
    expect(aliases.map((alias) => [alias.alias, alias.expansion])).toEqual([
      ['ШНОР', ['школам с низкими образовательными результатами']],
      ['РМА', ['региональный методический актив']],
    ]);
  });
});

describe('parseDecree on printed forms of the requisites', () => {
  it.each<[string, string, string | null, string | null, string | null]>([
    ['Приказ', 'от 09.01.2023г.', '2023-01-09', '№1/1', '1/1'],
    ['П Р И К А З', 'от 01 февраля 2022 года', '2022-02-01', '№17', '17'],
    ['ПОСТАНОВЛЕНИЕ', '29.09.2023 г.', '2023-09-29', '№345', '345'],
    ['распоряжение', '8 декабря 2023 года', '2023-12-08', '№ 515', '515'],
  ])('reads kind %s, date %s and number', (kind, date, iso, number, bare) => {
    const layout = layoutOf(`${kind}\n\n${date}\n\n${number}\n\nО чём-то важном\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить план.\n\nНачальник отдела\n\nИ.И. Иванов`);
    const { decree } = parseDecree(layout).value;
    expect(decree.kind).toBe(kind.replace(/\s+/g, '').toLowerCase());
    expect(decree.date).toBe(iso);
    expect(decree.number).toBe(bare);
    expect(decree.signatory).toEqual({ name: 'И.И. Иванов', position: 'Начальник отдела' });
  });

  it.each<[string, string, string | null, string | null]>([
    ['ПРИКАЗ № 5', 'приказ', null, '5'],
    ['Приказ от 12.03.2023 № 45', 'приказ', '2023-03-12', '45'],
    ['ПОСТАНОВЛЕНИЕ от 8 декабря 2023 года № 515-п', 'постановление', '2023-12-08', '515-п'],
  ])('reads the kind and the requisites printed after it on one line: %s', (line, kind, iso, number) => {
    const { decree } = parseDecree(layoutOf(`${line}\n\nО чём-то важном`)).value;
    expect([decree.kind, decree.date, decree.number, decree.title]).toEqual([kind, iso, number, 'О чём-то важном']);
  });
});

describe('findNumber', () => {
  it.each<[string, string | null]>([
    ['№ 515', '515'],
    ['№345', '345'],
    ['№1/1', '1/1'],
    ['№ 17-р', '17-р'],
    ['от 8 декабря 2023 года № 515', '515'],
    ['Приказ от 10.01.2013г.№__4_', '4'],
    ['г. Пролетарск № 345', '345'],
    ['№ 25 г. Ипатово', '25'],
    ['Приказ № 4', '4'],
    // a blank left unfilled (school11-nakhodka-plan-2016.pdf)
    ['Приказ от 31 августа 2016 года № -а', null],
    // a school's name, not the decree's number
    ['Директор МБОУ «СОШ № 11» НГО', null],
    ['УТВЕРЖДАЮ Директор ДШИ №5 г. Йошкар-Олы', null],
    ['на основании приказа Министерства образования № 534-а от 26 мая 2020года', null],
  ])('%j → %j', (line, number) => {
    expect(findNumber([line])).toBe(number);
  });
});

/** One paragraph a string: how a PDF's ragged title block or a Word file with a paragraph a line arrives. */
const paragraphs = (...texts: string[]): LayoutDocument => ({
  type: 'layout',
  format: 'pdf',
  blocks: texts.map((text, index) => ({ type: 'paragraph' as const, text, bold: false, source: { page: 1, line: index + 1 } })),
  pages: 1,
  encoding: null,
  warnings: [],
});

describe('parseDecree on requisites a PDF sets out line by line (issue 12)', () => {
  const SIGNATURE = ['Начальник отдела образования', 'Л. М. Зарубина'];

  it.each<[string, string[], string]>([
    [
      'a title set as one paragraph a line, the next lines capitalised (PDF of seed 000)',
      ['О проведении мониторинга реализации', 'Плана мероприятий («дорожной карты»)', 'по сопровождению школ с низкими', 'образовательными результатами на 2023 год'],
      'О проведении мониторинга реализации Плана мероприятий («дорожной карты») по сопровождению школ с низкими образовательными результатами на 2023 год',
    ],
    [
      'a title whose last line stands apart in lower case (PDF of seed 001)',
      ['Об утверждении муниципальной дорожной карты по методическому сопровождению школ с низкими образовательными результатами и школами, находящихся в зоне', 'повышенного и умеренного риска снижения образовательных результатов на 2023-2024 учебный год'],
      'Об утверждении муниципальной дорожной карты по методическому сопровождению школ с низкими образовательными результатами и школами, находящихся в зоне повышенного и умеренного риска снижения образовательных результатов на 2023-2024 учебный год',
    ],
    [
      'a one-line title followed by a one-line preamble',
      ['О мерах по повышению качества образования', 'В целях повышения качества образования'],
      'О мерах по повышению качества образования',
    ],
    [
      'a one-line title followed by the place',
      ['О мерах по повышению качества образования', 'г. Энск'],
      'О мерах по повышению качества образования',
    ],
  ])('reads %s', (_, titleLines, title) => {
    const layout = paragraphs('ПРИКАЗ', '8 декабря 2023 года', '№ 515', ...titleLines, 'ПРИКАЗЫВАЮ:', '1. Провести мониторинг.', ...SIGNATURE);
    const { decree } = parseDecree(layout).value;
    expect(decree.title).toBe(title);
    expect(decree.orders.map((order) => order.number)).toEqual(['1']);
  });

  it('reads the operative word that ends the preamble\'s last line, then the clauses and the signatory (PDF of seed 003)', () => {
    const layout = paragraphs(
      'П Р И К А З',
      '19 января 2024 г.',
      '№ 25 г. Ипатово',
      'Об утверждении Плана мероприятий на 2024 год',
      'В целях повышения качества образования в соответствии с требованиями ФГОС ПРИКАЗЫВАЮ:',
      '1. Утвердить План мероприятий.',
      '2. Контроль за исполнением настоящего приказа оставляю за собой.',
      'Начальник отдела образования',
      'администрации Ипатовского',
      'муниципального округа',
      'Г.Н. Братчик',
    );
    const { decree } = parseDecree(layout).value;
    expect(decree.orders.map((order) => order.number)).toEqual(['1', '2']);
    expect(decree.signatory).toEqual({ name: 'Г.Н. Братчик', position: 'Начальник отдела образования администрации Ипатовского муниципального округа' });
    expect([decree.number, decree.place, decree.date]).toEqual(['25', 'г. Ипатово', '2024-01-19']);
  });

  it.each<[string, { name: string; position: string }]>([
    ['Директор школы Х.У.Диданова', { name: 'Х.У.Диданова', position: 'Директор школы' }],
    ['Начальник отдела образования Л. М. Зарубина', { name: 'Л. М. Зарубина', position: 'Начальник отдела образования' }],
    ['И.о. заведующего РОО Е.А. Хаустова', { name: 'Е.А. Хаустова', position: 'И.о. заведующего РОО' }],
  ])('reads the signer named on the position\'s own line «%s» (a real decree in Word)', (line, signatory) => {
    const layout = paragraphs('ПРИКАЗ', '29.08.2016', '№ 99', 'Об информационной безопасности', 'ПРИКАЗЫВАЮ:', '1. Назначить ответственного.', line, 'С приказом ознакомлены');
    expect(parseDecree(layout).value.decree.signatory).toEqual(signatory);
  });

  it.each([
    ['… с требованиями ФГОС ПРИКАЗЫВАЮ:', true],
    ['… на основании изложенного, п р и к а з ы в а ю:', true],
    ['… в соответствии с Уставом постановляю:', true],
    ['Министерство приказывает руководителям', false],
    ['Об утверждении порядка, который приказываю соблюдать', false],
  ] as const)('finds the operative word at the end of «%s»: %s', (line, found) => {
    const layout = paragraphs('ПРИКАЗ', '№ 1', 'О порядке', line, '1. Утвердить порядок.', 'Директор', 'И.И. Иванов');
    expect(parseDecree(layout).value.decree.orders.length > 0).toBe(found);
  });
});

describe('parseDecree aliases', () => {
  it('reads a definition the appendix caption breaks over two lines (seed 000)', () => {
    const { aliases } = parseDecree(seedLayout('000_b44aa535d56c7e00')).value;
    expect([aliases[1]?.alias, aliases[1]?.expansion]).toEqual([
      'дорожная карта',
      ['Плана мероприятий («дорожная карта») по сопровождению школ с низкими образовательными результатами'],
    ]);
  });

  it('reads a definition broken over two paragraphs, as the PDF of seed 000 centres its caption\'s last line', () => {
    const layout = paragraphs(
      'ПРИКАЗ',
      'Информация об исполнении Плана мероприятий («дорожная карта») по сопровождению школ с низкими образовательными результатами (далее –',
      'дорожная карта) на 2023 год',
    );
    const { aliases } = parseDecree(layout).value;
    expect(aliases.map((alias) => [alias.alias, alias.expansion, alias.source])).toEqual([
      ['дорожная карта', ['Плана мероприятий («дорожная карта») по сопровождению школ с низкими образовательными результатами'], { page: 1, line: 2 }],
    ]);
  });

  it('gives an alias the line its definition opens on', () => {
    const { aliases } = parseDecree(layoutOf('ПРИКАЗ\n\nПлан мероприятий по сопровождению школ\nс низкими результатами (далее –\nдорожная карта)')).value;
    expect(aliases.map((alias) => [alias.alias, alias.source])).toEqual([['дорожная карта', { page: null, line: 4 }]]);
  });

  it('expands a quoted alias to the name it repeats in parentheses', () => {
    const { aliases } = parseDecree(seedLayout('003_19b1070cee12e15a')).value;
    expect(aliases[1]?.expansion).toEqual([
      'План мероприятий («Дорожная карта») по повышению качества общего образования в общеобразовательных организациях Ипатовского муниципального округа Ставропольского края на 2024 год',
    ]);
  });
});

describe('parseDecree on a постановление with sub-clauses', () => {
  const text = [
    '**АДМИНИСТРАЦИЯ ЭНСКОГО РАЙОНА**',
    'ПОСТАНОВЛЕНИЕ',
    '15.03.2024 г.',
    'г. Энск',
    '№ 12-п',
    'О мерах по повышению\nкачества образования',
    'ПОСТАНОВЛЯЮ:',
    '1. Директорам школ:\n - 1.1. подготовить планы не позднее 1 апреля 2024 года;\n - 1.2. представить отчёты до 20.12.2024.',
    '2. Контроль оставляю за собой.',
    'Глава района\nА.Б. Петров',
  ].join('\n\n');
  const { value, warnings } = parseDecree(layoutOf(text));

  it('reads the requisites of a постановление', () => {
    expect(value.decree).toMatchObject({
      kind: 'постановление',
      authority: 'АДМИНИСТРАЦИЯ ЭНСКОГО РАЙОНА',
      date: '2024-03-15',
      number: '12-п',
      place: 'г. Энск',
      title: 'О мерах по повышению качества образования',
      signatory: { name: 'А.Б. Петров', position: 'Глава района' },
    });
  });

  it('keeps `- 1.1.` list items as clauses of their own, without a warning', () => {
    expect(value.decree.orders.map((order) => order.number)).toEqual(['1', '1.1', '1.2', '2']);
    expect(warnings).toEqual([]);
  });

  it('passes each sub-clause its own deadline phrase', () => {
    expect(value.decree.orders.map((order) => order.deadline?.text ?? null)).toEqual([null, 'не позднее 1 апреля 2024 года', 'до 20.12.2024', null]);
  });

  it('reads the addressee of a clause with no verb up to its purpose, a role and the bodies it names', () => {
    const clause = '1. Руководителям школ МКОУ «Лицей №1», «Гимназия №2» по подготовке к ГИА;\n- представление отчётов до 20.12.2024.';
    const { decree } = parseDecree(layoutOf(`ПРИКАЗ\n\n15.03.2024 г.\n\nПРИКАЗЫВАЮ:\n\n${clause}\n\nГлава района\nА.Б. Петров`)).value;
    expect(decree.orders[0]?.responsible.map((party) => [party.kind, party.text])).toEqual([
      ['role', 'Руководителям школ'],
      ['organization', 'МКОУ «Лицей №1»'],
      ['organization', '«Гимназия №2»'],
    ]);
  });

  it('reads the addressee of a clause that ends in a colon', () => {
    expect(value.decree.orders[0]?.responsible.map((party) => [party.kind, party.text])).toEqual([['role', 'Директорам школ']]);
  });
});

describe('parseDecree on requisites laid out as a table row', () => {
  // Word decrees put date, place and number in one row of a borderless table; flattened to text
  // that row becomes tab-separated cells, which the extractor reads as a one-row table.
  it.each<[string, string, string, string | null]>([
    ['15 мая 2024 г.\t№ 5', '2024-05-15', '5', null],
    ['15.05.2024\tг. Орёл\t№ 17-р', '2024-05-15', '17-р', 'г. Орёл'],
  ])('reads %j', async (row, date, number, place) => {
    const layout = await extractText(Buffer.from(`ПРИКАЗ\n\n${row}\n\nО проведении совещания\n\nПРИКАЗЫВАЮ:\n\n1. Провести совещание.\n`));
    expect(layout.blocks.some((block) => block.type === 'table')).toBe(true);
    const { decree } = parseDecree(layout).value;
    expect([decree.date, decree.number, decree.place]).toEqual([date, number, place]);
    expect(decree.title).toBe('О проведении совещания');
  });
});

describe('parseDecree on a huge one-line text (issue 8)', () => {
  it('reads thousands of alias definitions on one line in linear time, each expanded from the text just before it', () => {
    const sentence = 'Утвердить план мероприятий по поддержке школ с низкими результатами (далее – ШНР) и мониторинг реализации (далее – Мониторинг). ';
    const layout = layoutOf(sentence.repeat(8000));
    const started = performance.now();
    const { aliases } = parseDecree(layout).value;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(aliases).toHaveLength(16_000);
    expect(aliases[15_998]).toMatchObject({ alias: 'ШНР', expansion: ['школ с низкими результатами'] });
    expect(aliases[15_999]).toMatchObject({ alias: 'Мониторинг', expansion: ['мониторинг реализации'] });
  });
});

describe('parseDecree on an order whose «addressee» runs on for pages (issue 8)', () => {
  it('reads no addressee past MAX_ADDRESSEE_CHARS, in linear time, and keeps the clause', () => {
    // The shape a fuzzed seed 001 produced: one school and its head, repeated.
    const clause = `1. Руководителям ${'ООШ (Поплутина Н.М.), '.repeat(2000)}обеспечить проведение совещания до 20.12.2024.`;
    const started = performance.now();
    const { orders } = parseDecree(layoutOf(`ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n\n${clause}`)).value.decree;
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(clause.length).toBeGreaterThan(MAX_ADDRESSEE_CHARS);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.responsible).toEqual([]);
    expect(orders[0]!.deadline?.end).toBe('2024-12-20');
  });
});

describe('parseDecree reads the deadlines of orders as real decrees print them (issue 16)', () => {
  const orderDeadline = (clause: string) =>
    parseDecree(layoutOf(`ПРИКАЗ\n\n20.12.2021 г.\n\nПРИКАЗЫВАЮ:\n\n1. ${clause}\n\nДиректор\nА.Б. Петров`)).value.decree.orders[0]?.deadline;

  it.each([
    ['Представить отчет в срок до 29 декабря.', 'до 29 декабря', '2021-12-29'],
    ['Представить отчет в срок до 15 января.', 'до 15 января', '2022-01-15'],
    ['Представить план до 28.12.', 'до 28.12.', '2021-12-28'],
    ['Представить план до 27.12. 2021 г.', 'до 27.12. 2021 г.', '2021-12-27'],
  ])('reads «%s» as until the day its phrase «%s» names', (clause, phrase, end) => {
    expect(orderDeadline(clause)).toMatchObject({ kind: 'until', start: '2021-12-20', end });
    expect(orderDeadline(clause)?.text).toContain(phrase);
  });

  it('reads a span counted from the decree as until the day it reaches, and keeps the span', () => {
    expect(orderDeadline('Разработать план в течение 10 рабочих дней со дня подписания настоящего приказа.')).toMatchObject({
      kind: 'until', start: '2021-12-20', end: '2022-01-03', relative: { amount: 10, unit: 'working-day' },
    });
  });

  it('reads a span counted from another event as a span with no dates', () => {
    expect(orderDeadline('Направить информацию в течение 3 дней после проведения мероприятия.')).toMatchObject({
      kind: 'unspecified', start: null, end: null, relative: { amount: 3, unit: 'day' },
    });
  });
});

describe('parseDecree on a plan with no decree of its own', () => {
  it.each<[string, string[], Partial<Decree>]>([
    [
      'the order cited after the approver\'s name, in one cell (dshi5-yoshkar-ola-razvitie-2013.pdf)',
      ['УТВЕРЖДАЮ Директор ДШИ №5 г. Йошкар-Олы Е.П. Викторова Приказ от 10.01.2013г.№__4_', 'Паспорт программы развития', '1. Наименование программы:'],
      { kind: 'приказ', date: '2013-01-10', number: '4', signatory: { name: 'Е.П. Викторова', position: 'Директор ДШИ №5 г. Йошкар-Олы' } },
    ],
    [
      'the order on the name\'s line, its number left blank (school11-nakhodka-plan-2016.pdf)',
      ['Утверждаю', 'Директор МБОУ «СОШ № 11» НГО', '____________ / А.В. Деркачев Приказ от 31 августа 2016 года № -а', 'План работы'],
      { kind: 'приказ', date: '2016-08-31', number: null, signatory: { name: 'А.В. Деркачев', position: 'Директор МБОУ «СОШ № 11» НГО' } },
    ],
    [
      'the order on the line after the name',
      ['УТВЕРЖДЕНО', 'Заведующий МБДОУ № 7', 'И.И. Иванова', 'приказом № 12-о от 01.09.2023', 'План мероприятий'],
      { kind: 'приказ', date: '2023-09-01', number: '12-о', signatory: { name: 'И.И. Иванова', position: 'Заведующий МБДОУ № 7' } },
    ],
  ])('reads the approving order from %s', (_, texts, expected) => {
    const { decree } = parseDecree(paragraphs(...texts)).value;
    expect(decree).toMatchObject({ ...expected, title: null, orders: [] });
  });

  it.each<[string, string[]]>([
    // ussuriysk-centre-prevention-plans-2018.docx: the next plan's approval block, pages on, names the same director
    ['an approval block that cites no order, however many come later', ['Утверждаю:', 'Директор КГКУ «Центр содействия', 'г.Уссурийска»', '________ И.А.Жовниренко', 'План мероприятий', 'Утверждаю:', 'Директор КГКУ «Центр содействия', '________ И.А.Жовниренко']],
    // ussuriysk-centre-safety-plan-2019.docx: a date under the position, no order
    ['an approval block with a date but no order', ['УТВЕРЖДАЮ', 'Директор КГКУ «Центр содействия семейному устройству г.Уссурийска»', '24.августа.2019', 'И.А. Жовниренко', 'План']],
    ['an order cited only in the plan\'s text, past the approval block', ['Утверждаю', 'Директор школы', 'И.И. Иванов', 'План работы', 'Согласно приказу от 01.09.2023 № 5']],
  ])('names no decree for %s', (_, texts) => {
    expect(parseDecree(paragraphs(...texts)).value.decree).toEqual({
      kind: null,
      authority: null,
      date: null,
      number: null,
      place: null,
      title: null,
      signatory: null,
      orders: [],
    });
  });
});

describe('parseDecree on a unified form\'s order (ussuriysk-centre-runaways-order-2020.pdf)', () => {
  const order = paragraphs(
    'краевое государственное казенное учреждение «Центр содействия семейному устройству г. Уссурийска»',
    'Номер Дата',
    'документа',
    '57-од 08.06.2020',
    'ПРИКАЗ',
    'В целях предотвращения и профилактики самовольных уходов воспитанников учреждения на основании приказа Министерства образования Приморского края',
    '№ 534-а от 26 мая 2020года, постановление № 7 администрации Уссурийского городского округа',
    'ПРИКАЗЫВАЮ:',
    'П.1 .Разработать план.',
    'Директор',
    'КГКУ «Центр содействия',
    'семейному устройству г. Уссурийска» И.А. Жовниренко',
  );

  it('reads the number and date from the form\'s table above the kind, not from the acts the preamble cites', () => {
    const { decree } = parseDecree(order).value;
    expect([decree.kind, decree.date, decree.number]).toEqual(['приказ', '2020-06-08', '57-од']);
    expect(decree.signatory?.name).toBe('И.А. Жовниренко');
  });
});

describe('parseDecree on a signature whose name a PDF sets among the position\'s lines', () => {
  it('reads the name out of the line it shares (riro-yanao-olympiad-plan-2026.pdf)', () => {
    const layout = paragraphs('ПРИКАЗ', 'г. Салехард', 'Об утверждении календарного плана', 'ПРИКАЗЫВАЮ:', '1. Утвердить календарный план.', 'Директор ГАУ', 'ДПО ЯНАО', 'Региональный А.Ю. Тылик институт развития', 'образования');
    expect(parseDecree(layout).value.decree.signatory).toEqual({ name: 'А.Ю. Тылик', position: 'Директор ГАУ ДПО ЯНАО Региональный институт развития' });
  });
});
