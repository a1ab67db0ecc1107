// unshift puts back what a parser read too far (the documented header parser).
const { Readable } = require('stream');
const { StringDecoder } = require('string_decoder');
function parseHeader(stream, callback) {
  stream.on('error', callback);
  stream.on('readable', onReadable);
  const decoder = new StringDecoder('utf8');
  let header = '';
  function onReadable() {
    let chunk;
    while (null !== (chunk = stream.read())) {
      const str = decoder.write(chunk);
      if (str.includes('\n\n')) {
        const split = str.split(/\n\n/);
        header += split.shift();
        const remaining = split.join('\n\n');
        const buf = Buffer.from(remaining, 'utf8');
        stream.removeListener('error', callback);
        stream.removeListener('readable', onReadable);
        if (buf.length) stream.unshift(buf);
        callback(null, header, stream);
        return;
      }
      header += str;
    }
  }
}
const src = new Readable({ read() {} });
parseHeader(src, (err, header, stream) => {
  console.log('header:', JSON.stringify(header));
  stream.setEncoding('utf8');
  let body = '';
  stream.on('data', (d) => { body += d; });
  stream.on('end', () => console.log('body:', JSON.stringify(body)));
});
src.push('Content-Type: text/plain\nX-Id: 7\n\nHello ');
src.push('body text');
src.push(null);
