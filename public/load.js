(function (d) {
  d.addEventListener(
    'click',
    function (e) {
      var a = e.target.closest && e.target.closest('.quick-exit-button');
      if (!a || d.documentElement.hasAttribute('data-hydrated')) return;
      e.preventDefault();
      d.body.innerHTML = '';
      try {
        localStorage.setItem('waymark.fold', '1');
        localStorage.setItem('waymark.exit', '1');
      } catch (_e) {}
      location.replace(navigator.onLine ? a.href : 'about:blank');
    },
    true,
  );
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
