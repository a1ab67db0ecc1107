// Invalid hex stops at the first bad pair; base64 ignores junk; base64url round trip.
console.log(Buffer.from('abzz12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('zz', 'hex').length);
console.log(Buffer.from('aGVs bG8=\n', 'base64').toString(), Buffer.from('aGVsbG8===', 'base64').toString());
console.log(Buffer.from('a-_b', 'base64'), Buffer.from('a+/b', 'base64url'));
const bytes = Buffer.from([0xfb, 0xff, 0xfe]);
console.log(bytes.toString('base64'), bytes.toString('base64url'), Buffer.from(bytes.toString('base64url'), 'base64url'));
console.log(Buffer.from('SGVsbG8', 'base64').toString(), Buffer.from('S', 'base64').length, Buffer.from('SG', 'base64').length);
console.log(Buffer.from('#$%', 'base64').length, Buffer.from('QQ==QQ==', 'base64'));
