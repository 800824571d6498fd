/* ArTech teacher site: a part of a page that scrolls sideways (a wide table, a long line of
 * code) can be reached and scrolled with the keyboard (WCAG 2.1.1). */
(function () {
  var WIDE = ".md-typeset__scrollwrap, .artech-paths, .md-typeset pre > code, .jupyter-wrapper .highlight-ipynb, " +
             ".jupyter-wrapper pre, .jupyter-wrapper .jp-OutputArea-output";
  function mark() {
    document.querySelectorAll(WIDE).forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
      }
    });
  }
  if (window.document$) window.document$.subscribe(function () { setTimeout(mark, 0); });
  window.addEventListener("load", mark);
  window.addEventListener("resize", mark);
})();
