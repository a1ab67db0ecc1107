// Alternating nextTick and then, each scheduling the other: a ladder of turns.
let n = 0;
function tick() {
  if (n >= 6) return;
  const k = ++n;
  process.nextTick(() => {
    console.log('tick', k);
    Promise.resolve().then(() => { console.log('then', k); tick(); });
  });
}
tick();
process.nextTick(() => console.log('another tick'));
Promise.resolve().then(() => console.log('another then'));
