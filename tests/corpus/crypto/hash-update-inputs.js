// update() takes strings in any encoding, Buffers, typed arrays and DataViews.
const crypto = require('crypto');
const sha = () => crypto.createHash('sha256');

const ref = sha().update('hello').digest('hex');
console.log('utf8 default   ', ref);
console.log('hex input      ', sha().update('68656c6c6f', 'hex').digest('hex') === ref);
console.log('base64 input   ', sha().update('aGVsbG8=', 'base64').digest('hex') === ref);
console.log('latin1 input   ', sha().update('hello', 'latin1').digest('hex') === ref);
console.log('Buffer         ', sha().update(Buffer.from('hello')).digest('hex') === ref);
console.log('Uint8Array     ', sha().update(new TextEncoder().encode('hello')).digest('hex') === ref);
console.log('DataView       ', sha().update(new DataView(Uint8Array.from(Buffer.from('xhellox')).buffer, 1, 5)).digest('hex'));
console.log('split updates  ', sha().update('he').update('l').update(Buffer.from('lo')).digest('hex') === ref);
console.log('utf16le        ', sha().update('hello', 'utf16le').digest('hex'));
console.log('non-ascii utf8 ', sha().update('héllo wörld ✓').digest('hex'));
console.log('non-ascii latin', sha().update('héllo', 'latin1').digest('hex'));
console.log('unknown enc    ', sha().update('hello', 'nonsense').digest('hex') === ref);
const sub = Buffer.from('__hello__').subarray(2, 7);
console.log('subarray       ', sha().update(sub).digest('hex') === ref);
