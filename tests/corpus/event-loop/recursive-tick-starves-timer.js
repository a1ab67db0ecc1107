// A recursive nextTick chain runs to completion before a due timer gets a chance.
let count = 0;
setTimeout(() => console.log('timeout after', count, 'ticks'), 0);
function again() {
  count++;
  if (count < 10000) process.nextTick(again);
}
process.nextTick(again);
