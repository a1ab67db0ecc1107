// Type errors and unknown encodings.
const attempts = [
  () => Buffer.from(42),
  () => Buffer.from({}),
  () => Buffer.from(null),
  () => Buffer.from('abc', 'utf-9'),
  () => Buffer.alloc(1).toString('latin2'),
  () => Buffer.byteLength(true),
  () => Buffer.compare(Buffer.alloc(1), 'x'),
  () => Buffer.alloc(1).equals([1]),
  () => Buffer.concat('ab'),
  () => new (require('string_decoder').StringDecoder)('utf7'),
  () => new (require('string_decoder').StringDecoder)().write(null),
  () => Buffer.alloc(2).indexOf({}),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(String(err));
  }
}
console.log(Buffer.isEncoding('utf-8'), Buffer.isEncoding('UCS2'), Buffer.isEncoding('utf-16'), Buffer.isEncoding(''));
