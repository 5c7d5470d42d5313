import { describe, expect, it } from 'vitest';
import { parseParties } from '../../../src/parse/ru/party.js';
import type { Alias } from '../../../src/model/roadmap.js';

type Expected = [kind: string, name: string | null, position: string | null, organization: string | null];

const noAliases = { aliases: [] as Alias[], source: null };

function shape(cell: string, aliases: Alias[] = []): Expected[] {
  return parseParties(cell, { aliases, source: null }).value.parties.map((party) => [party.kind, party.name, party.position, party.organization]);
}

describe('parseParties', () => {
  it.each<[string, Expected[]]>([
    // seed 004
    ['Исаева Х.Н., начальник МКУ «Управление образования»', [['person', 'Исаева Х.Н.', 'начальник МКУ «Управление образования»', 'МКУ «Управление образования»']]],
    ['Лукманова С.Ш., зам.начальника МКУ «УО»', [['person', 'Лукманова С.Ш.', 'зам.начальника МКУ «УО»', 'МКУ «УО»']]],
    ['Исаева А.М., учитель МКОУ «Сергокалинская СОШ №2»', [['person', 'Исаева А.М.', 'учитель МКОУ «Сергокалинская СОШ №2»', 'МКОУ «Сергокалинская СОШ №2»']]],
    ['Исаева Ханум Набигуллаевна', [['person', 'Исаева Ханум Набигуллаевна', null, null]]],
    [
      'Магомедова У.К., Адзиева К.А., Баркаева С.О., методисты УО',
      [
        ['person', 'Магомедова У.К.', 'методист УО', 'УО'],
        ['person', 'Адзиева К.А.', 'методист УО', 'УО'],
        ['person', 'Баркаева С.О.', 'методист УО', 'УО'],
      ],
    ],
    ['Магомедова Баркаева методисты УО', [['person', 'Магомедова', 'методист УО', 'УО'], ['person', 'Баркаева', 'методист УО', 'УО']]],
    [
      'Лукманова С.Ш., зам.начальника МКУ «УО», методисты, директора ОО',
      [
        ['person', 'Лукманова С.Ш.', 'зам.начальника МКУ «УО»', 'МКУ «УО»'],
        ['role', null, 'методисты', null],
        ['role', null, 'директора ОО', 'ОО'],
      ],
    ],
    [
      'Баркаева С.О. методист УО; Зугумова К.М., директор МКОУ «Аялизимахинская СОШ»',
      [
        ['person', 'Баркаева С.О.', 'методист УО', 'УО'],
        ['person', 'Зугумова К.М.', 'директор МКОУ «Аялизимахинская СОШ»', 'МКОУ «Аялизимахинская СОШ»'],
      ],
    ],
    [
      'Магомедова У.К., Адзиева К.А., Алишейхов Х.Ч., методисты УО',
      [
        ['person', 'Магомедова У.К.', 'методист УО', 'УО'],
        ['person', 'Адзиева К.А.', 'методист УО', 'УО'],
        ['person', 'Алишейхов Х.Ч.', 'методист УО', 'УО'],
      ],
    ],
    ['Исаева Х.Н., начальник МКУ\n«Управление образования»', [['person', 'Исаева Х.Н.', 'начальник МКУ «Управление образования»', 'МКУ «Управление образования»']]],
    ['Лукманова С.Ш., зам.начальника МКУ\n«УО»', [['person', 'Лукманова С.Ш.', 'зам.начальника МКУ «УО»', 'МКУ «УО»']]],
    [
      'МКОУ "Ванашимахинская СОШ" МКОУ "Бурхимахинская СОШ" МКОУ «Кадиркентская СОШ»',
      [
        ['organization', null, null, 'МКОУ "Ванашимахинская СОШ"'],
        ['organization', null, null, 'МКОУ "Бурхимахинская СОШ"'],
        ['organization', null, null, 'МКОУ «Кадиркентская СОШ»'],
      ],
    ],
    ['МКОУ «Сергокалинская СОШ №1»', [['organization', null, null, 'МКОУ «Сергокалинская СОШ №1»']]],
    [
      'Магомедова С.Ш., методист МКУ «УО»; Салманова З.М., руководитель м/о, учитель МКОУ «Сергокалинская СОШ №1»',
      [
        ['person', 'Магомедова С.Ш.', 'методист МКУ «УО»', 'МКУ «УО»'],
        ['person', 'Салманова З.М.', 'руководитель м/о, учитель МКОУ «Сергокалинская СОШ №1»', 'МКОУ «Сергокалинская СОШ №1»'],
      ],
    ],
    ['Магомедова Алишейхов Магомедова', [['person', 'Магомедова', null, null], ['person', 'Алишейхов', null, null], ['person', 'Магомедова', null, null]]],
    ['Администрация МОУ "Летнереченская СОШ"', [['organization', null, null, 'Администрация МОУ "Летнереченская СОШ"']]],
    ['Баркаева Салимат Омаровна', [['person', 'Баркаева Салимат Омаровна', null, null]]],
    // seed 004 cells the conversion split into a run of surnames and a run of
    // initials; the segmenter hands them over as two lines of one cell.
    ['Магомедова Баркаева методисты УО\nУ.К., С.О.', [['person', 'Магомедова У.К.', 'методист УО', 'УО'], ['person', 'Баркаева С.О.', 'методист УО', 'УО']]],
    ['Магомедова Баркаева методисты УО У.К., С.О.', [['person', 'Магомедова У.К.', 'методист УО', 'УО'], ['person', 'Баркаева С.О.', 'методист УО', 'УО']]],
    [
      'Магомедова Алишейхов Магомедова\nУ.К., Х.Ч., С.Ш.,\nАдзиева К.А.',
      [
        ['person', 'Магомедова У.К.', null, null],
        ['person', 'Алишейхов Х.Ч.', null, null],
        ['person', 'Магомедова С.Ш.', null, null],
        ['person', 'Адзиева К.А.', null, null],
      ],
    ],
    [
      'Магомедова Алишейхов Магомедова Адзиева К.А.\nУ.К., Х.Ч., С.Ш.,',
      [
        ['person', 'Магомедова У.К.', null, null],
        ['person', 'Алишейхов Х.Ч.', null, null],
        ['person', 'Магомедова С.Ш.', null, null],
        ['person', 'Адзиева К.А.', null, null],
      ],
    ],
    // seed 004 PDF, row 7.2: a deliberate-looking line break between a surname and its initials
    [
      'Магомедова У.К., Адзиева К.А., Баркаева С.О., Алиева Н.Ш., Алишейхов Х.Ч., Магомедова\nС.Ш., методисты УО',
      ['Магомедова У.К.', 'Адзиева К.А.', 'Баркаева С.О.', 'Алиева Н.Ш.', 'Алишейхов Х.Ч.', 'Магомедова С.Ш.'].map((name): Expected => ['person', name, 'методист УО', 'УО']),
    ],
    // the same seed repeats a named person's initials in a run of their own, with a word of the position
    ['Исаева Х.Н., начальник «Управление образования»\nХ.Н., МКУ', [['person', 'Исаева Х.Н.', 'начальник МКУ «Управление образования»', 'МКУ «Управление образования»']]],
    ['Лукманова С.Ш., зам.начальника МКУ «УО»\nС.Ш., МКУ', [['person', 'Лукманова С.Ш.', 'зам.начальника МКУ «УО»', 'МКУ «УО»']]],
    ['Магомедова У.К., методист УО\nУ.К.,', [['person', 'Магомедова У.К.', 'методист УО', 'УО']]],
    // seed 003
    ['Мигилянц Л.В., методисты', [['person', 'Мигилянц Л.В.', null, null], ['role', null, 'методисты', null]]],
    [
      'Начальник методического отдела МКУ «Центр обеспечения деятельности отрасли образования» Мигилянц Л.В.',
      [['person', 'Мигилянц Л.В.', 'Начальник методического отдела МКУ «Центр обеспечения деятельности отрасли образования»', 'МКУ «Центр обеспечения деятельности отрасли образования»']],
    ],
    ['Заместитель директора по УВР, заместитель директора по ВР', [['role', null, 'Заместитель директора по УВР', null], ['role', null, 'заместитель директора по ВР', null]]],
    [
      'Директора ОО (МКОУ СОШ №4 с.Золотаревка, МКОУ СОШ №9 с.Кевсала, МКОУ СОШ №10 пос. Большевик)',
      [
        ['role', null, 'Директора ОО', 'ОО'],
        ['organization', null, null, 'МКОУ СОШ №4 с.Золотаревка'],
        ['organization', null, null, 'МКОУ СОШ №9 с.Кевсала'],
        ['organization', null, null, 'МКОУ СОШ №10 пос. Большевик'],
      ],
    ],
    [
      'Директора ОО\nМКОУ СОШ № 10 пос. Большевик,\nМКОУ СОШ №11 с.Первомайское',
      [
        ['role', null, 'Директора ОО', 'ОО'],
        ['organization', null, null, 'МКОУ СОШ № 10 пос. Большевик'],
        ['organization', null, null, 'МКОУ СОШ №11 с.Первомайское'],
      ],
    ],
    ['Учителя-предметники', [['role', null, 'Учителя-предметники', null]]],
    // seed 003 plan 2 rows 1.1–1.3: the role ends its line before the list opens
    [
      'Директора ОО\n(МКОУ СОШ № 10 пос. Большевик,\nМКОУ СОШ № 11 с.Первомайское,\nМКОУ СОШ № 13 пос. Винодельненский,\nМКОУ СОШ № 17 с.Лесная Дача,\nМКОУ СОШ № 18 с.Добровольное)',
      [
        ['role', null, 'Директора ОО', 'ОО'],
        ['organization', null, null, 'МКОУ СОШ № 10 пос. Большевик'],
        ['organization', null, null, 'МКОУ СОШ № 11 с.Первомайское'],
        ['organization', null, null, 'МКОУ СОШ № 13 пос. Винодельненский'],
        ['organization', null, null, 'МКОУ СОШ № 17 с.Лесная Дача'],
        ['organization', null, null, 'МКОУ СОШ № 18 с.Добровольное'],
      ],
    ],
    [
      'Директора ОО\n(МКОУ СОШ №1, МКОУ СОШ №2)',
      [['role', null, 'Директора ОО', 'ОО'], ['organization', null, null, 'МКОУ СОШ №1'], ['organization', null, null, 'МКОУ СОШ №2']],
    ],
    // seed 003 plan 2 row 5.1 and plan 3 rows 1–3 (<p> paragraphs): the conversion lost the opening parenthesis
    [
      'Директора ОО\nМКОУ СОШ №4 с.Золотаревка,\nМКОУ СОШ №9 с.Кевсала,\nМКОУ СОШ №10 пос. Большевик,\nМКОУ СОШ №11 с.Первомайское, МКОУ СОШ №12 с.Бурукшун, МКОУ СОШ №13 пос. Винодельненский, МКОУ СОШ №15 с.Лиман, МКОУ СОШ №17 с.Лесная Дача, МКОУ СОШ №18 с.Добровольное)',
      [
        ['role', null, 'Директора ОО', 'ОО'],
        ...['МКОУ СОШ №4 с.Золотаревка', 'МКОУ СОШ №9 с.Кевсала', 'МКОУ СОШ №10 пос. Большевик', 'МКОУ СОШ №11 с.Первомайское', 'МКОУ СОШ №12 с.Бурукшун',
          'МКОУ СОШ №13 пос. Винодельненский', 'МКОУ СОШ №15 с.Лиман', 'МКОУ СОШ №17 с.Лесная Дача', 'МКОУ СОШ №18 с.Добровольное',
        ].map((school): Expected => ['organization', null, null, school]),
      ],
    ],
    // seed 003 PDF, plan 2 row 1.3: a line break after «пос.»
    [
      'Директора ОО\n(МКОУ СОШ № 13 пос.\nВинодельненский,\nМКОУ СОШ № 17 с.\nЛесная Дача)',
      [['role', null, 'Директора ОО', 'ОО'], ['organization', null, null, 'МКОУ СОШ № 13 пос. Винодельненский'], ['organization', null, null, 'МКОУ СОШ № 17 с. Лесная Дача']],
    ],
    ['МКОУ «Школа (филиал)»', [['organization', null, null, 'МКОУ «Школа (филиал)»']]],
    // seed 003 plan 2 row 4.3: an adjective before the job title
    ['Социальный педагог', [['role', null, 'Социальный педагог', null]]],
    ['Педагог-психолог', [['role', null, 'Педагог-психолог', null]]],
    ['Иванова И.И., социальный педагог', [['person', 'Иванова И.И.', 'социальный педагог', null]]],
    ['Районный отдел образования', [['organization', null, null, 'Районный отдел образования']]],
    // two names with initials and nothing between them are two people
    ['Иванов И.И. Петров П.П.', [['person', 'Иванов И.И.', null, null], ['person', 'Петров П.П.', null, null]]],
    ['И.И. Иванов П.П. Петров', [['person', 'И.И. Иванов', null, null], ['person', 'П.П. Петров', null, null]]],
    ['Исаева Ханум Набигуллаевна Баркаева Салимат Омаровна', [['person', 'Исаева Ханум Набигуллаевна', null, null], ['person', 'Баркаева Салимат Омаровна', null, null]]],
    // seed 002
    [
      '"Летнереченская СОШ", "Беломорская СОШ №3" "Беломорский ИМЦО"',
      [
        ['organization', null, null, '"Летнереченская СОШ"'],
        ['organization', null, null, '"Беломорская СОШ №3"'],
        ['organization', null, null, '"Беломорский ИМЦО"'],
      ],
    ],
    ['МОУ "Беломорский ИМЦО", руководители ОО', [['organization', null, null, 'МОУ "Беломорский ИМЦО"'], ['role', null, 'руководители ОО', 'ОО']]],
    // seed 001
    ['МК РОО, руководители ОО', [['organization', null, null, 'МК РОО'], ['role', null, 'руководители ОО', 'ОО']]],
    ['ГБУ ДПО РО РИПК и ППРО', [['organization', null, null, 'ГБУ ДПО РО РИПК и ППРО']]],
    ['Руководители ОО', [['role', null, 'Руководители ОО', 'ОО']]],
    ['кураторы', [['role', null, 'кураторы', null]]],
    // seed 000
    ['Отдел образования', [['organization', null, null, 'Отдел образования']]],
    ['МБОУ- Богородицкая СОШ', [['organization', null, null, 'МБОУ- Богородицкая СОШ']]],
    // printed forms of a person
    ['Х.Н. Исаева', [['person', 'Х.Н. Исаева', null, null]]],
    ['Исаева Х. Н.', [['person', 'Исаева Х. Н.', null, null]]],
    ['Шаменковой Н. В.', [['person', 'Шаменкова Н. В.', null, null]]],
    ['МБОУ-Красноярбинская СОШ им. П. И. Бровичева', [['organization', null, null, 'МБОУ-Красноярбинская СОШ им. П. И. Бровичева']]],
  ])('splits and classifies %j', (cell, expected) => {
    expect(shape(cell)).toEqual(expected);
  });

  it('keeps a span as printed in text while the name goes to the nominative', () => {
    const [party] = parseParties('Шаменковой Н. В.', noAliases).value.parties;
    expect(party?.text).toBe('Шаменковой Н. В.');
  });

  it('returns an alias definition as an alias, not as a party', () => {
    const cell = 'МБОУ- Богородицкая СОШ,\nМБОУ- Юрьевская СОШ (далее - образовательные организации)';
    const parsed = parseParties(cell, noAliases).value;
    expect(parsed.parties.map((party) => party.text)).toEqual(['МБОУ- Богородицкая СОШ', 'МБОУ- Юрьевская СОШ']);
    expect(parsed.aliases).toEqual([
      { alias: 'образовательные организации', expansion: ['МБОУ- Богородицкая СОШ', 'МБОУ- Юрьевская СОШ'], source: null },
    ]);
  });

  it('reads the four schools and the alias of seed 000\'s first responsible cell', () => {
    const cell = 'МБОУ- Богородицкая СОШ, МБОУ- Краснорябинская СОШ им. П. И. Бровичева, МБОУ- Хотынецкая СОШ им. С. Г. Поматилова, МБОУ- Юрьевская СОШ (далее - образовательные организации)';
    const schools = ['МБОУ- Богородицкая СОШ', 'МБОУ- Краснорябинская СОШ им. П. И. Бровичева', 'МБОУ- Хотынецкая СОШ им. С. Г. Поматилова', 'МБОУ- Юрьевская СОШ'];
    const parsed = parseParties(cell, noAliases).value;
    expect(parsed.parties.map((party) => [party.kind, party.text])).toEqual(schools.map((school) => ['organization', school]));
    expect(parsed.aliases.map((alias) => [alias.alias, alias.expansion])).toEqual([['образовательные организации', schools]]);
  });

  it('resolves a party that is exactly a known alias, ignoring case', () => {
    const aliases: Alias[] = [{ alias: 'образовательные организации', expansion: ['МБОУ- Богородицкая СОШ'], source: null }];
    const [party] = parseParties('Образовательные организации', { aliases, source: null }).value.parties;
    expect(party?.resolved).toEqual(['МБОУ- Богородицкая СОШ']);
  });

  it('leaves out initials that follow no bare surname and repeat no one named, with a warning', () => {
    const parsed = parseParties('Отдел образования\nА.Б., В.Г.', noAliases);
    expect(parsed.value.parties.map((party) => [party.kind, party.text])).toEqual([['organization', 'Отдел образования']]);
    expect(parsed.warnings.map((w) => [w.code, w.message])).toEqual([
      ['CONTENT_SKIPPED', 'Initials «А.Б.» name no one in «Отдел образования А.Б., В.Г.»; left out'],
      ['CONTENT_SKIPPED', 'Initials «В.Г.» name no one in «Отдел образования А.Б., В.Г.»; left out'],
    ]);
  });

  it('keeps initials printed before a surname with it (`Т.В.Васильевой`, `Х.Н. Исаева`) and never pairs them elsewhere', () => {
    expect(shape('Исаева Магомедова\nХ.Н. Исаева')).toEqual([
      ['person', 'Исаева', null, null],
      ['person', 'Магомедова', null, null],
      ['person', 'Х.Н. Исаева', null, null],
    ]);
  });

  it.each(['', ' , ', '-', ';\n;'])('never returns an empty party or a lone punctuation mark for %j', (cell) => {
    expect(parseParties(cell, noAliases).value.parties).toEqual([]);
  });
});

describe('parseParties on a cell whose lines open with list bullets (issue 12)', () => {
  it.each<[string, string[]]>([
    ['• Иванов И.И.\n• Заместитель директора по УВР', ['Иванов И.И.', 'Заместитель директора по УВР']],
    ['▪ Отдел образования;\n▪ Руководители ОО', ['Отдел образования', 'Руководители ОО']],
  ])('reads %j without its bullets', (cell, texts) => {
    expect(parseParties(cell, { aliases: [], source: null }).value.parties.map((party) => party.text)).toEqual(texts);
  });
});

describe('parseParties on hostile cells (issue 8)', () => {
  it('splits a cell of 200,000 commas into 200,000 parties without overflowing the stack', () => {
    const { parties } = parseParties('ОО, '.repeat(200_000), noAliases).value;
    expect(parties).toHaveLength(200_000);
    expect(new Set(parties.map((party) => `${party.kind}:${party.text}`))).toEqual(new Set(['organization:ОО']));
  });
});

// Real responsible cells of fixtures/real (issue 12), as the segmenter hands them over.
describe('parseParties on the real corpus (issue 12)', () => {
  const role = (text: string, organization: string | null = null): Expected => ['role', null, text, organization];
  const person = (name: string, position: string | null = null, organization: string | null = null): Expected => ['person', name, position, organization];

  it.each<[string, string, Expected[]]>([
    // ussuriysk-cssu-antiterror-2019: the parentheses give another area of the same deputy, not a list of bodies
    ['an area of work in parentheses', 'Зам. директора по УВР (ВР)', [role('Зам. директора по УВР (ВР)')]],
    ['an area of work in parentheses on the second line', 'Зам. директора по безопасности\nЗам.директора по УВР (ВР)', [role('Зам. директора по безопасности'), role('Зам.директора по УВР (ВР)')]],
    // ussuriysk-centre-safety-plan-2019: the same written with a comma
    ['an area of work after a comma', 'Зам. директора по УВР, ВР.', [role('Зам. директора по УВР, ВР.')]],
    ['two areas after a comma, then another party', 'Зам. директора по УВР, ВР, воспитатели.', [role('Зам. директора по УВР, ВР'), role('воспитатели.')]],
    ['areas the other way round', 'Зам директора по ВР, УВР', [role('Зам директора по ВР, УВР')]],
    // school1-sarmakovo-infobez-2016, ussuriysk-cssu-antiterror-2019: a role broken over lines
    [
      'a role continued on a line that opens with a preposition',
      'Зам.директора по УВР,\nОтветственный\nза Интернет-безопасность обучающихся',
      [role('Зам.директора по УВР'), role('Ответственный за Интернет-безопасность обучающихся')],
    ],
    ['a position continued on the next line', 'Зам. директора по ВР.\nЗам. директора\nпо безопасности.', [role('Зам. директора по ВР.'), role('Зам. директора по безопасности.')]],
    // seed 001 PDF row 4.7: a bare plural position ends the line, its body opens the next
    ['a bare position whose body is on the next line', 'МК РОО, руководители\nРМО, методисты РМА', [['organization', null, null, 'МК РОО'], role('руководители РМО', 'РМО'), role('методисты РМА', 'РМА')]],
    // school11-nakhodka-plan-2016: a comma between the numbers of classes
    ['a list of class numbers', 'Классные руководители 1, 4-х классов, зам. директора по УВР', [role('Классные руководители 1, 4-х классов'), role('зам. директора по УВР')]],
    // ussuriysk-detdom-antiextremism-2013, ussuriysk-centre-primorye-80-plan-2018: initials first without a space
    [
      'a position on the line above the name',
      'Директор КГОКУ «Детский дом г.Уссурийска»\nИ.А.Жовниренко',
      [person('И.А.Жовниренко', 'Директор КГОКУ «Детский дом г.Уссурийска»', 'КГОКУ «Детский дом г.Уссурийска»')],
    ],
    ['a position and an organisation before the name', 'Директор МБОУ СОШ № 11 И.А. Петрова', [person('И.А. Петрова', 'Директор МБОУ СОШ № 11', 'МБОУ СОШ № 11')]],
    ['a position line, a name line, a role line', 'Педагог-психолог\nЕ.С.Мосиенко\n\nВоспитатели', [person('Е.С.Мосиенко', 'Педагог-психолог'), role('Воспитатели')]],
    [
      'a position and a declined name on two lines',
      'Инспектор ПДН УВД по УГО\nРыбаковой Н.Н.\nСтарший воспитатель Сонина О.Э.',
      [person('Рыбакова Н.Н.', 'Инспектор ПДН УВД по УГО', 'ПДН УВД по УГО'), person('Сонина О.Э.', 'Старший воспитатель')],
    ],
    // school-tselinny-fgos-plan
    ['two positions each above its name', 'Директор ОУ\nАхметкужина Ш.И.\nЗам.дир по УВР\nГумерова Р.Х.', [person('Ахметкужина Ш.И.', 'Директор ОУ', 'ОУ'), person('Гумерова Р.Х.', 'Зам.дир по УВР')]],
    [
      'a person whose abbreviated position follows, then a body',
      'Е.А.Солдатова, ст.воспитатель, работники МБУК «Уссурийский музей»',
      [person('Е.А.Солдатова', 'ст.воспитатель'), role('работники МБУК «Уссурийский музей»', 'МБУК «Уссурийский музей»')],
    ],
    // seed 003 row 4.1, ussuriysk-centre-asocial-prevention-plan-2019: two roles on one line without a comma
    ['a capitalised role after an area of work', 'Заместитель директора по УВР Учителя-предметники', [role('Заместитель директора по УВР'), role('Учителя-предметники')]],
    ['an abbreviated position after a body', 'Инспектор ОДН Соц. педагог\nВоспитатели', [role('Инспектор ОДН', 'ОДН'), role('Соц. педагог'), role('Воспитатели')]],
    // ussuriysk-centre-safety-plan-2019: a full stop after an area of work ends the party
    ['a full stop with no space', 'Зам директора по ВР.Воспитатели', [role('Зам директора по ВР.'), role('Воспитатели')]],
    [
      'a full stop before a lower-case position',
      'Зам директора по УВР, ВР, зам директора по АХЧ. водитель автобуса',
      [role('Зам директора по УВР, ВР'), role('зам директора по АХЧ.'), role('водитель автобуса')],
    ],
    // training-year layouts (PDF): the lines of a cell of roles joined into one, no comma between them
    ['a qualified job, then a capitalised one', 'Ст.воспитатель Воспитатели', [role('Ст.воспитатель'), role('Воспитатели')]],
    ['a plural job, then a capitalised one', 'Воспитатели Педагог-психолог', [role('Воспитатели'), role('Педагог-психолог')]],
    // scans/seed-000: a narrow cell's lines as OCR gives them
    ['an adjective whose noun is on the next line', 'Образовательные\nорганизации', [['organization', null, null, 'Образовательные организации']]],
    ['a role whose next line is another role', 'классные руководители\nучителя-предметники', [role('классные руководители'), role('учителя-предметники')]],
    ['a plural role, then a lower-case post', 'Классные руководители зам. директора по УВР', [role('Классные руководители'), role('зам. директора по УВР')]],
    ['a post closed by its area of work, then a lower-case role', 'зам. директора по УВР кл. руководители', [role('зам. директора по УВР'), role('кл. руководители')]],
    ['a lower-case complement stays with its job', 'Заместитель директора по УВР', [role('Заместитель директора по УВР')]],
    ['a job that needs its complement keeps it', 'Заместитель Директора по УВР', [role('Заместитель Директора по УВР')]],
    ['an abbreviated deputy keeps its complement', 'Зам. Директора', [role('Зам. Директора')]],
    // ussuriysk-centre-spring-holidays-plan-2019: initials that spell «И.О.» (acting) after a surname
    ['initials that spell an acting post', 'Коснырева И.О.', [person('Коснырева И.О.')]],
    // lettered-numbers layout of school11-nakhodka-fgos-2010: a working group and its members on one line
    ['a body, then its members', 'Рабочая группа Богданова Ж.В. Лихтанская И.В.', [['organization', null, null, 'Рабочая группа'], person('Богданова Ж.В.'), person('Лихтанская И.В.')]],
    ['a post in a body is a position', 'Руководитель рабочей группы Богданова Ж.В.', [person('Богданова Ж.В.', 'Руководитель рабочей группы')]],
    ['a capitalised adjective of a body is no job', 'Руководитель Центра Педагогического мастерства', [role('Руководитель Центра Педагогического мастерства')]],
    ['«и» between two positions', 'Старший воспитатель и воспитатели.', [role('Старший воспитатель'), role('воспитатели.')]],
    ['«и» inside a body', 'Администрация детского дома и школы, социальный педагог Назаренко Ю.С.', [['organization', null, null, 'Администрация детского дома и школы'], person('Назаренко Ю.С.', 'социальный педагог')]],
    ['«и» between two adjectives of an area', 'Зам. директора по учебной и воспитательной работе', [role('Зам. директора по учебной и воспитательной работе')]],
    // ussuriysk-detdom-police-plan-2013: the last initial printed without its full stop
    [
      'initials without their last full stop',
      'педагог-психолог Мосиенко Е.С , инспектор ОДН по УГО Рыбакова Н.Н.',
      [person('Мосиенко Е.С.', 'педагог-психолог'), person('Рыбакова Н.Н.', 'инспектор ОДН по УГО', 'ОДН по УГО')],
    ],
    // the searchable scan of seed 000: a school's eponym on the next line
    ['an eponym on the next line', 'МБОУ- Хотынецкая СОШ\nим. С. Г. Поматилова, МБОУ- Юрьевская СОШ', [['organization', null, null, 'МБОУ- Хотынецкая СОШ им. С. Г. Поматилова'], ['organization', null, null, 'МБОУ- Юрьевская СОШ']]],
    // a school's name wrapped before its kind
    [
      'the kind on the next line',
      'МБОУ Краснорябинская\nСОШ им. П.И. Бровичева, МБОУ Хотынецкая\nСОШ им. С.Г. Поматилова',
      [['organization', null, null, 'МБОУ Краснорябинская СОШ им. П.И. Бровичева'], ['organization', null, null, 'МБОУ Хотынецкая СОШ им. С.Г. Поматилова']],
    ],
    ['the legal form alone on its line', 'МБОУ\nКраснорябинская СОШ', [['organization', null, null, 'МБОУ Краснорябинская СОШ']]],
    ['a gymnasium', 'МАОУ Центральная\nгимназия', [['organization', null, null, 'МАОУ Центральная гимназия']]],
    // whole names, one a line, stay apart
    ['two whole schools, one a line', 'МБОУ Юрьевская СОШ\nМБОУ Хотынецкая СОШ', [['organization', null, null, 'МБОУ Юрьевская СОШ'], ['organization', null, null, 'МБОУ Хотынецкая СОШ']]],
    ['a whole school, then a kind opening a body', 'МБОУ Юрьевская СОШ\nСОШ №2', [['organization', null, null, 'МБОУ Юрьевская СОШ'], ['organization', null, null, 'СОШ №2']]],
    // a line that ends on a preposition
    ['a post broken after its preposition', 'Зам. директора по\nУВР', [['role', null, 'Зам. директора по УВР', null]]],
    // a plural role's list with its parentheses lost
    ['a list after its role, on one line', 'Директора ОО МКОУ СОШ № 10 пос. Большевик', [['role', null, 'Директора ОО', 'ОО'], ['organization', null, null, 'МКОУ СОШ № 10 пос. Большевик']]],
    ['one director of one school', 'Директор МКОУ СОШ № 10 пос. Большевик', [['role', null, 'Директор МКОУ СОШ № 10 пос. Большевик', 'МКОУ СОШ № 10 пос. Большевик']]],
    ['a deputy for an area, of one school', 'Заместители директора по УВР МКОУ СОШ №2', [['role', null, 'Заместители директора по УВР МКОУ СОШ №2', 'МКОУ СОШ №2']]],
  ])('%s: %j', (_what, cell, expected) => {
    expect(shape(cell)).toEqual(expected);
  });

  it('ends a line on the initial И as on any other: a capital is no preposition', () => {
    const { parties } = parseParties('Иванов П И\nПетров С.С.', noAliases).value;
    expect(parties).toHaveLength(2);
    expect(parties[1]!.name).toBe('Петров С.С.');
  });

  // ussuriysk-centre-spring-holidays-plan-2019: the families' numbers share the responsible column
  it.each<[string, string[]]>([
    ['1,2 семья Роговая И.Г. Инютина В.С.', ['Роговая И.Г.', 'Инютина В.С.']],
    ['3 Кушаева О.В.\n5Аксёнова О.М.', ['Кушаева О.В.', 'Аксёнова О.М.']],
  ])('finds the people of %j, and no number as a party', (cell, names) => {
    const { parties } = parseParties(cell, noAliases).value;
    expect(parties.map((party) => party.name)).toEqual(names);
  });
});
