// A 0 ms timer created inside a timer callback never runs in the same timers phase, even
// though its sibling (created earlier) does.
require('fs').stat(__filename, () => {
  setTimeout(() => {
    console.log('outer');
    setTimeout(() => console.log('inner (next iteration)'), 0);
    setImmediate(() => console.log('immediate (check phase first)'));
    const s = Date.now();
    while (Date.now() - s < 3) {} // the inner timer is due by now, yet waits
  }, 0);
  setTimeout(() => console.log('sibling (same phase as outer)'), 0);
  const s = Date.now();
  while (Date.now() - s < 3) {} // both timers are surely due at the next timers phase
});
