// 100,000 callbacks across timers, immediates, nextTicks and promise jobs: the engine's
// throughput figure (README). Run: time target/release/nodescope run scripts/figures/engine-throughput.js
let done = 0;
const N = 25000;
function finish() { if (++done === 4 * N) console.log('callbacks:', done); }
for (let i = 0; i < N; i++) {
  setTimeout(finish, i % 50);
  setImmediate(finish);
  process.nextTick(finish);
  Promise.resolve().then(finish);
}
