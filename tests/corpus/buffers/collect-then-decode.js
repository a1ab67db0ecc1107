// The right ways to turn chunks into text: concat the bytes then decode once, or use a decoder.
const { StringDecoder } = require('string_decoder');
const source = Buffer.from('naïve café — ünïcödé ✓');
const chunks = [];
for (let i = 0; i < source.length; i += 4) chunks.push(source.subarray(i, i + 4));
const wrong = chunks.map((c) => c.toString()).join('');
const concatenated = Buffer.concat(chunks).toString();
const decoder = new StringDecoder();
const decoded = chunks.map((c) => decoder.write(c)).join('') + decoder.end();
console.log(wrong);
console.log(concatenated);
console.log(decoded);
console.log(wrong === source.toString(), concatenated === source.toString(), decoded === source.toString());
