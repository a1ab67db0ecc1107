// 'line' events from chunks that split lines and CRLF pairs; the last line has no newline.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close'));
input.write('first li');
input.write('ne\r');
input.write('\nsecond\rthird\n\n');
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac, 0x0a]));
input.end('no newline at end');
console.log('sync done');
