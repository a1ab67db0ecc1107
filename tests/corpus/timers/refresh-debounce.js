// A debounce built on timeout.refresh(): calls keep pushing the deadline out.
const start = Date.now();
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('debounced fire; at least 70 ms after start:', Date.now() - start >= 70);
}, 40);
let calls = 0;
const poke = setInterval(() => {
  calls++;
  t.refresh();
  if (calls === 3) clearInterval(poke);
}, 10);
setTimeout(() => console.log('fired', fired, 'time(s) after', calls, 'refreshes'), 150);
