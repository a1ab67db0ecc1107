// A Duplex has two independent sides: what you write is not what you read.
const { Duplex } = require('stream');
const replies = ['pong1', 'pong2'];
const d = new Duplex({
  read() {
    const r = replies.shift();
    this.push(r === undefined ? null : r);
  },
  write(chunk, enc, cb) {
    console.log('received', chunk.toString());
    cb();
  },
  final(cb) {
    console.log('writable side final');
    cb();
  },
});
d.on('data', (c) => console.log('read', c.toString()));
d.on('end', () => console.log('readable side ended', d.writableFinished));
d.on('finish', () => console.log('writable side finished', d.readableEnded));
d.on('close', () => console.log('close'));
d.write('ping1');
d.end('ping2');
