// Infinity overflows too (warning, 1ms); 2^31-1 itself is accepted (so we clear it).
process.on('warning', (w) => console.log('warning event:', w.name));
setTimeout(() => console.log('infinity timer fired'), Infinity);
const max = setTimeout(() => console.log('never'), 2 ** 31 - 1);
setTimeout(() => { clearTimeout(max); console.log('cleared max timer'); }, 20);
