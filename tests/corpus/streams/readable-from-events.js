// Event order of Readable.from with a generator, and early destroy calling return().
const { Readable } = require('stream');

function* numbers() {
  try {
    for (let i = 1; i <= 5; i++) {
      console.log('generator yields', i);
      yield i;
    }
  } finally {
    console.log('generator finally');
  }
}
const r = Readable.from(numbers());
r.on('data', (d) => {
  console.log('data', d);
  if (d === 3) r.destroy();
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close', r.destroyed));
r.on('pause', () => console.log('pause'));
r.on('resume', () => console.log('resume'));
