// NFC vs NFD: same text, different code units and bytes.
const nfc = 'é';
const nfd = nfc.normalize('NFD');
console.log(nfc === nfd, nfc.length, nfd.length);
console.log(Buffer.byteLength(nfc), Buffer.byteLength(nfd));
console.log(Buffer.from(nfc), Buffer.from(nfd));
console.log(nfd.normalize('NFC') === nfc, [...nfd].map((c) => c.codePointAt(0).toString(16)));
const word = 'Ångström';
for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD']) {
  const s = word.normalize(form);
  console.log(form, s.length, Buffer.byteLength(s));
}
console.log('ﬁ'.normalize('NFKC'), '①'.normalize('NFKD'), Buffer.from('ﬁ').length);
console.log(Buffer.from(nfd).equals(Buffer.from(nfc)), Buffer.compare(Buffer.from(nfc), Buffer.from(nfd)));
