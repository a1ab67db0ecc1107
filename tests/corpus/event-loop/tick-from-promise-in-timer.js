// Inside a timer: a nextTick queued by a promise job runs after that microtask drain, before the next timer.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => {
    console.log('promise in timer 1');
    process.nextTick(() => console.log('tick from promise'));
    Promise.resolve().then(() => console.log('nested promise'));
  });
}, 1);
setTimeout(() => console.log('timer 2'), 1);
const s = Date.now();
while (Date.now() - s < 5) {}
