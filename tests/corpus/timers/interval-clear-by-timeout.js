// An interval cleared by another timer's callback (long gap so the count is deterministic).
let n = 0;
const iv = setInterval(() => {
  n++;
  const s = Date.now();
  while (Date.now() - s < 1) {}
}, 10);
setTimeout(() => {
  clearInterval(iv);
  console.log('interval ran more than once:', n > 1);
}, 200);
