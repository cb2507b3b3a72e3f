// From disk (file://) a folder link shows a listing, so links there point at index.html; served sites never run this.
if (location.protocol === 'file:') {
  document.querySelectorAll('a[href],form[action]').forEach(function (e) {
    var k = e.tagName === 'A' ? 'href' : 'action';
    var v = e.getAttribute(k);
    if (/^[^:]*\/(#.*)?$/.test(v)) e.setAttribute(k, v.replace(/\/(#.*)?$/, '/index.html$1'));
  });
}
