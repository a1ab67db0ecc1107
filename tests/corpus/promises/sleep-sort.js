// "Sleep sort": timers as a sorting machine (delays far enough apart to be deterministic).
const input = [30, 10, 50, 20, 40];
const out = [];
for (const n of input) setTimeout(() => {
  out.push(n);
  if (out.length === input.length) console.log(out.join(' '));
}, n);
