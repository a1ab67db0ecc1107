// After an uncaughtException handler runs, the loop keeps going: later callbacks run, and
// the rest of the throwing callback's ticks and microtasks drain only after the next timer
// of the same timers phase (Node re-enters its timer processing without a drain).
process.on('uncaughtException', (err) => console.log('handler:', err.message));
require('fs').stat(__filename, () => {
  setTimeout(() => {
    Promise.resolve().then(() => console.log('microtask queued before the throw'));
    process.nextTick(() => console.log('tick queued before the throw'));
    throw new Error('timer 1 failed');
  }, 1);
  setTimeout(() => console.log('timer 2 runs'), 1);
  const s = Date.now();
  while (Date.now() - s < 3) {} // both timers are surely due at the next timers phase
});
