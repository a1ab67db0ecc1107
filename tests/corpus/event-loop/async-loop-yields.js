// An async loop that awaits a resolved value never yields to timers or immediates;
// awaiting a timer does.
setTimeout(() => console.log('timer ran'), 0);
(async () => {
  for (let i = 0; i < 3; i++) await null;
  console.log('3 awaits of null done before the timer');
  await new Promise((r) => setTimeout(r, 10));
  console.log('after awaiting a 10 ms timer');
})();
