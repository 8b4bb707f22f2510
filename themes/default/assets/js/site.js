// Reading aids of the default theme: a font-size switch and a high-contrast mode, remembered between
// pages. Without JavaScript the page is complete; the buttons stay hidden.
(function () {
  "use strict";
  var root = document.documentElement;
  var tools = document.querySelector("[data-a11y-tools]");
  var store = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  };
  var maxStep = 3;
  var step = Math.min(maxStep, Math.max(0, parseInt(store.get("sitegroup-font-step") || "0", 10) || 0));

  function applyFont() {
    for (var i = 1; i <= maxStep; i++) { root.classList.toggle("font-step-" + i, step === i); }
    store.set("sitegroup-font-step", String(step));
  }
  function applyContrast(on) {
    root.classList.toggle("contrast", on);
    store.set("sitegroup-contrast", on ? "1" : "0");
    var button = tools && tools.querySelector("[data-contrast]");
    if (button) { button.setAttribute("aria-pressed", on ? "true" : "false"); }
  }

  applyFont();
  applyContrast(store.get("sitegroup-contrast") === "1");
  if (!tools) { return; }
  tools.hidden = false;
  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    if (button.hasAttribute("data-contrast")) {
      applyContrast(!root.classList.contains("contrast"));
      return;
    }
    var change = parseInt(button.getAttribute("data-font-step"), 10);
    step = change === 0 ? 0 : Math.min(maxStep, Math.max(0, step + change));
    applyFont();
  });
})();
