// A recursive setImmediate chain yields to timers between iterations.
let iterations = 0;
let timerSeenAt = -1;
function step() {
  if (iterations === 0) setTimeout(() => { timerSeenAt = iterations; }, 5);
  const s = Date.now();
  while (Date.now() - s < 1) {}
  iterations++;
  if (iterations < 60) setImmediate(step);
  else console.log('chain done; timer fired during chain:', timerSeenAt >= 1 && timerSeenAt < 60);
}
setImmediate(step);
