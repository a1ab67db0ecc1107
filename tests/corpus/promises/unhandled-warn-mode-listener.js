// With an 'unhandledRejection' listener the process does not crash; exit code stays 0.
process.on('unhandledRejection', (reason, p) => {
  console.log('reported:', reason instanceof Error ? reason.message : reason);
});
async function task(n) { if (n % 2) throw new Error(`task ${n} failed`); return n; }
for (let i = 0; i < 4; i++) task(i);
setTimeout(() => console.log('still alive'), 5);
process.on('exit', (code) => console.log('exit code', code));
