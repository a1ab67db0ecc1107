// Chunks arriving over time (one per immediate), decoded as they come.
const { StringDecoder } = require('string_decoder');
const message = Buffer.from('Grüße, 世界! 🎉');
const decoder = new StringDecoder('utf8');
let received = '';
let offset = 0;
function next() {
  if (offset >= message.length) {
    received += decoder.end();
    console.log('done:', received, received === message.toString());
    return;
  }
  const chunk = message.subarray(offset, offset + 3);
  offset += 3;
  const text = decoder.write(chunk);
  console.log(chunk, '->', JSON.stringify(text), decoder.lastNeed ? `(waiting for ${decoder.lastNeed})` : '');
  received += text;
  setImmediate(next);
}
next();
