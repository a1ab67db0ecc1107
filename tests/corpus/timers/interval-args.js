// setInterval and setTimeout pass extra arguments to the callback.
let calls = 0;
const iv = setInterval((a, b) => {
  console.log('interval', a, b, ++calls);
  if (calls === 3) clearInterval(iv);
}, 1, 'x', 'y');
setTimeout((...args) => console.log('timeout args', args), 0, 1, 2, 3);
setImmediate((a) => console.log('immediate arg', a), 'z');
const s = Date.now();
while (Date.now() - s < 5) {} // timers due before the first check phase
