// Ticks and promise jobs that keep queueing each other alternate between the two queues.
let i = 0;
function tick() {
  console.log('tick', i);
  if (i++ < 3) Promise.resolve().then(promise);
}
function promise() {
  console.log('promise', i);
  process.nextTick(tick);
}
process.nextTick(tick);
