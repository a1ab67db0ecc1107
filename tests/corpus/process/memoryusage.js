// process.memoryUsage() returns numeric fields with fixed keys.
const m = process.memoryUsage();
console.log(Object.keys(m).sort().join(','));
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss(), m.heapUsed <= m.heapTotal);
