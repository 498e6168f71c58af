(function (d) {
  var m = d.querySelector('meta[name=waymark-scripts]');
  if (!m) return;
  requestAnimationFrame(function () {
    setTimeout(function () {
      m.content.split(' ').forEach(function (u, i) {
        var e = d.createElement(i ? 'link' : 'script');
        if (i) {
          e.rel = 'modulepreload';
          e.href = u;
        } else {
          e.type = 'module';
          e.src = u;
        }
        e.crossOrigin = '';
        d.head.appendChild(e);
      });
    });
  });
})(document);
