// Decoding each chunk on its own breaks characters that straddle a chunk boundary.
const bytes = Buffer.from('I ❤️ 🍕!');
console.log('bytes:', bytes);
const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9, 12), bytes.subarray(12)];
let naive = '';
for (const chunk of chunks) {
  const piece = chunk.toString();
  console.log(chunk, '->', JSON.stringify(piece));
  naive += piece;
}
console.log('naive  :', naive);
console.log('correct:', bytes.toString());
console.log('replacement characters:', [...naive].filter((c) => c === '\ufffd').length);
