// When Blob reads settle relative to other promise jobs.
new Blob(['a', 'b']).text().then(() => console.log('text'));
new Blob(['a']).arrayBuffer().then(() => console.log('arrayBuffer'));
new Blob([]).arrayBuffer().then(() => console.log('empty arrayBuffer'));
new Blob(['a']).bytes().then((u) => console.log('bytes', u));
let p = Promise.resolve();
for (let i = 0; i < 8; i++) {
  const j = i;
  p = p.then(() => console.log('p' + j));
}
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('tick'));
