const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(nf.format(1234.5), new Intl.NumberFormat().format(9876543.21));
console.log(new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(3.14159));
console.log(['b', 'a', 'B'].sort(new Intl.Collator().compare));
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);
console.log(new Intl.DateTimeFormat('en-US').format(new Date(0)));
console.log(typeof Intl, Object.prototype.toString.call(Intl));
