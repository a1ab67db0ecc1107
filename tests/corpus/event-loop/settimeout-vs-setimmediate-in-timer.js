// From inside a timer callback: setImmediate runs before a new setTimeout(0), always
// (the check phase comes before the next timers phase).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 5);
