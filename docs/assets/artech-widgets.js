/* ArTech teacher site: give every widget control in a lesson an accessible name.
 * ipywidgets draws a slider's handle (role="slider") without a name; the widget's
 * own label (its `description`) is the right one. Loaded by artech.js, only on pages with widgets. */
(function () {
  var CONTROLS = ".noUi-handle, input, select, textarea, button, [role=slider], [contenteditable=true]";
  function named(el) {
    if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")) return true;
    if (el.id && document.querySelector('label[for="' + el.id + '"]')) return true;
    return (el.tagName === "BUTTON" && el.textContent.trim() !== "");
  }
  function label(el) {
    var box = el.closest(".widget-inline-hbox, .widget-inline-vbox, .jupyter-widgets");
    var text = box && box.querySelector(".widget-label");
    return (text && (text.textContent || text.title || "").trim()) || "";
  }
  function words() {  // the page's own words (the kit writes them in the page's language)
    var note = document.querySelector(".artech-note[data-control-label]");
    return { control: (note && note.getAttribute("data-control-label")) || "Control of the widget above",
             value: (note && note.getAttribute("data-value-label")) || "value" };
  }
  function nameAll() {
    var said = words();
    document.querySelectorAll(".jupyter-widgets").forEach(function (w) {
      w.querySelectorAll(CONTROLS).forEach(function (el) {
        if (named(el)) return;
        var text = label(el);
        if (el.classList.contains("widget-readout")) text = (text ? text + ": " : "") + said.value;
        el.setAttribute("aria-label", text || said.control);
      });
    });
  }
  new MutationObserver(nameAll).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", nameAll);
})();
