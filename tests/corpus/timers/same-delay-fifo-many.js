// Many timers with the same delay run in the order they were created, even with timers of
// other delays scheduled in between.
const out = [];
for (let i = 0; i < 5; i++) {
  setTimeout(() => out.push('10ms #' + i), 10);
  setTimeout(() => out.push('20ms #' + i), 20);
}
setTimeout(() => console.log(out.join('\n')), 50);
