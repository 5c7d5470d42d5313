import v8 from 'node:v8';
v8.setFlagsFromString('--no-regexp-tier-up');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const steps = [];
let last = cpu();
const mark = (name) => { const now = cpu(); steps.push(`${name} ${(now - last).toFixed(0)}`); last = now; };
for (const m of process.argv.slice(2)) { await import(m.startsWith('.') ? new URL(m, import.meta.url).href : m); mark(m.split('/').slice(-2).join('/')); }
console.log(steps.join(' | '));
