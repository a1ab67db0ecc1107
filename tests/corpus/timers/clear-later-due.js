// A due timer with a shorter delay clears a due timer with a longer delay before it runs.
let long;
setTimeout(() => { console.log('short clears long'); clearTimeout(long); }, 2);
long = setTimeout(() => console.log('long (must not print)'), 8);
const s = Date.now();
while (Date.now() - s < 20) {}
setTimeout(() => console.log('end'), 5);
