// Throughput of the deadline grammar (issue #3 asks ≥100,000 cells/s on one core).
// Run `npm run build` first: this imports the built dist/, not the sources.
import { parseDeadline } from '../dist/parse/ru/deadline.js';

/** The seed deadline cells named in issue #3. */
const SEEDS = [
  'Март 2023, реализация до конца 2023', 'Июнь, декабрь 2023', 'Июнь-июль 2023', 'В процессе работы',
  'По графику ИРО и ОРЦОКО', '2023 год', 'сентябрь 2023 г', 'ежеквартально', 'декабрь 2023, июнь 2024',
  '01.01-01.03.2022', '16.02.2022', '18-19 февраля 2022', 'Февраль, апрель 2022', 'В течение учебного года',
  'По мере необходимости', 'Январь-декабрь 2024 г.', 'Согласно плана-графика СКИРО ПК И ПРО',
  'Согласно графика не реже 1 раза в четверть', 'март-апрель\n–\n2024 г.', 'Январь', 'По отдельном у графику',
  'По полугодиям', 'Ежемесячно (по плану школ)', 'Февраль Март Апрель', 'В течение года, 1 раз в месяц',
  'январь В течение года',
  'Март Первая неделя – русский язык, вторая неделя – мат-ка, третья, четвертая недели – предметы по выбору',
  'В течение 2024 г.', '10.06.2024 г.', 'Март-апрель 2024, в течение учебного года',
  'В течение года (особенный упор в каникулярный период)',
  'По отдельном у графику, по результатам диагностики тестирований.', 'Январь, февраль', 'Февраль-март',
];
const context = {
  period: { text: 'на 2023-2024 учебный год', start: '2023-09-01', end: '2024-08-31' },
  sectionTitle: null, anchorDate: null, source: null,
};

const ROUNDS = 2_000;
const BATCHES = 7;
for (let i = 0; i < 500; i++) for (const s of SEEDS) parseDeadline(s, context); // warm-up
// Several timed batches, best and median reported: on a shared machine a single run mostly measures the neighbours.
// CPU time is reported too: it counts only the time this process held a core.
const rates = [];
const cpuRates = [];
for (let b = 0; b < BATCHES; b++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) for (const s of SEEDS) { parseDeadline(s, context); n++; }
  const cpu = process.cpuUsage(c0);
  rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
  cpuRates.push(n / ((cpu.user + cpu.system) / 1e6));
}
rates.sort((a, b) => a - b);
cpuRates.sort((a, b) => a - b);
const fmt = (x) => Math.round(x).toLocaleString('en-US');
console.log(`${SEEDS.length} seed cells × ${ROUNDS} × ${BATCHES} batches: best ${fmt(rates[BATCHES - 1])} cells/s, median ${fmt(rates[BATCHES >> 1])} cells/s wall; median ${fmt(cpuRates[BATCHES >> 1])} cells per CPU-second`);
