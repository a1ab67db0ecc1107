// CPU work split into setImmediate chunks; ticks queued between chunks run before the next chunk.
const N = 100000, CHUNK = 25000;
let i = 0, sum = 0, chunks = 0;
function work() {
  const end = Math.min(i + CHUNK, N);
  for (; i < end; i++) sum += i;
  chunks++;
  process.nextTick(() => console.log('after chunk', chunks, 'i =', i));
  if (i < N) setImmediate(work);
  else setImmediate(() => console.log('sum', sum, 'chunks', chunks));
}
setImmediate(work);
console.log('scheduled');
