// An async function started in a timer: body up to the first await is sync; the rest runs in that timer's microtask drain.
setTimeout(async () => {
  console.log('timer start');
  await null;
  console.log('after await 1');
  await new Promise((r) => setImmediate(r));
  console.log('after immediate');
}, 0);
setTimeout(() => console.log('second timer'), 0);
// make both timers due in the first timers phase (otherwise the second may slip to the next iteration)
const s = Date.now();
while (Date.now() - s < 5) {}
