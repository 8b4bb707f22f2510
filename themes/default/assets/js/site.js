// Small behaviours of the default theme's pages; the reading aids are a11y.js. Each only adds to a page that is
// complete without JavaScript: what needs it stays hidden until it is wired here.
(function () {
  "use strict";
  // 打印: the article's print button (print.css leaves out menus and toolbars).
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });
})();
