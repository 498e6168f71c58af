/* Server-rendered pages load the app after their first paint, so the words never wait for scripts: the first URL in
   <meta name="waymark-scripts"> is the entry, the others are modules it will need (preloaded at the same time). */
(function () {
  var meta = document.querySelector('meta[name="waymark-scripts"]');
  if (!meta) return;
  var urls = meta.content.split(' ');
  function add(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs) el[k] = attrs[k];
    el.crossOrigin = '';
    document.head.appendChild(el);
  }
  function start() {
    for (var i = 1; i < urls.length; i++) add('link', { rel: 'modulepreload', href: urls[i] });
    add('script', { type: 'module', src: urls[0] });
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})();
