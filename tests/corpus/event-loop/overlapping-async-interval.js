// An async callback in setInterval does not stop the next tick from starting: runs overlap.
let running = 0, maxRunning = 0, started = 0;
const iv = setInterval(async () => {
  started++;
  running++;
  maxRunning = Math.max(maxRunning, running);
  await new Promise((r) => setTimeout(r, 25)); // slower than the interval
  running--;
  if (started >= 4 && running === 0) {
    console.log('max overlapping runs > 1:', maxRunning > 1);
  }
}, 10);
setTimeout(() => clearInterval(iv), 45);
