// Interactive timelines: each chart's Vega-Lite spec sits in its page; Vega, Vega-Lite and
// Vega-Embed are one static file for the whole book (_static/claimtab-vega.js, written by
// claimtab.sphinxext from the vl-convert-python package), loaded only the first time a reader
// opens an interactive chart, then cached by the browser for every page.
(function () {
  "use strict";
  let loading = null;

  function loadVega() {
    if (window.vegaEmbed) return Promise.resolve(window.vegaEmbed);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        const s = document.createElement("script");
        s.src = (document.documentElement.dataset.content_root || "") + "_static/claimtab-vega.js";
        s.onload = function () { resolve(window.vegaEmbed); };
        s.onerror = function () { reject(new Error("could not load " + s.src)); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function render(el) {
    if (el.dataset.rendered) return;
    el.dataset.rendered = "1";
    const specs = JSON.parse(el.nextElementSibling.textContent);
    const spec = el.clientWidth < 600 ? specs.narrow : specs.wide;
    loadVega().then(function (vegaEmbed) {
      return vegaEmbed(el, spec, { actions: false, renderer: "svg", tooltip: { theme: "light" } });
    }).catch(function (err) {
      el.textContent = "The interactive chart could not be drawn: " + err.message;
    });
  }

  function init() {
    document.querySelectorAll("details.claimtab-interactive").forEach(function (d) {
      const el = d.querySelector(".claimtab-vega");
      if (!el) return;
      if (d.open) render(el);
      d.addEventListener("toggle", function () { if (d.open) render(el); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
