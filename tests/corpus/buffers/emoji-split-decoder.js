// StringDecoder holds back the bytes of an incomplete character until the rest arrives.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('I ❤️ 🍕!');
const decoder = new StringDecoder('utf8');
const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9, 12), bytes.subarray(12)];
let text = '';
for (const chunk of chunks) {
  const piece = decoder.write(chunk);
  console.log(chunk, '->', JSON.stringify(piece), 'waiting for', decoder.lastNeed, 'more byte(s)');
  text += piece;
}
text += decoder.end();
console.log(text, text === bytes.toString());
