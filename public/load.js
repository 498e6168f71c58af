/* Starts a server-rendered page's scripts after its first paint: entry first, then the modules it will need. */
(function (d) {
  var m = d.querySelector('meta[name="waymark-scripts"]');
  if (!m) return;
  var u = m.content.split(' ');
  function add(t, k, v) {
    var e = d.createElement(t);
    e[k] = v;
    e.crossOrigin = '';
    if (t == 'link') e.rel = 'modulepreload';
    else e.type = 'module';
    d.head.appendChild(e);
  }
  requestAnimationFrame(function () {
    setTimeout(function () {
      for (var i = 1; i < u.length; i++) add('link', 'href', u[i]);
      add('script', 'src', u[0]);
    });
  });
})(document);
