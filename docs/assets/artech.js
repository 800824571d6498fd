/* ArTech teacher site: the few things a page needs beyond the theme, for any engine.
 *
 * 1. A part of a page that scrolls sideways (a wide table, a long line of code) can be reached and
 *    scrolled with the keyboard (WCAG 2.1.1).
 * 2. On a lesson page with widgets (the page holds the notebook's stored widget state), load the
 *    vendored widget renderer: require.js, then @jupyter-widgets/html-manager's embed-amd.js, then
 *    artech-widgets.js (accessible names). They load after the theme's own scripts, which must not
 *    see require.js, and all from this site: nothing from another host.
 */
(function () {
  var WIDE = ".md-typeset__scrollwrap, .artech-paths, .md-typeset pre > code, .artech-output";
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

  var here = document.currentScript && document.currentScript.src;
  var assets = here ? here.replace(/artech\.js(\?.*)?$/, "") : "";
  function load(src, next) {
    var s = document.createElement("script");
    s.src = assets + src;
    s.onload = next || null;
    document.body.appendChild(s);
  }
  function widgets() {
    if (!document.querySelector('script[type="application/vnd.jupyter.widget-state+json"]')) return;
    load("artech-widgets.js", function () {
      load("vendor/requirejs/require.js", function () {
        // The renderer finds its icon fonts beside the modules it defines: in the vendored folder.
        window.require.config({ baseUrl: assets + "vendor/jupyter-widgets-html-manager/" });
        load("vendor/jupyter-widgets-html-manager/embed-amd.js");
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", widgets);
  else widgets();
})();
