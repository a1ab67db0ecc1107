// Export of the current frame as a standalone SVG or PNG, for a blog post or a slide.
//
// window.nodescopeExport(format, fileName) → Promise<{ bytes, width, height }>
//   format: "svg" or "png"; downloads the file and resolves when it has been offered.
// window.nodescopeFrameSvg() → { svg, width, height }: the SVG text without downloading.
//
// The frame is the lab on screen (`main .lab`), cloned with every element's computed style
// written into a style attribute (only what differs from a bare element of the same kind), so
// the SVG needs no stylesheet and looks the same in any viewer that renders <foreignObject>
// (browsers, Inkscape, slide tools that embed SVG as an image). Elements marked
// `data-export-skip`, notices and dialogs are left out. The PNG is that SVG
// drawn on a canvas at twice the size, so it stays sharp on a projector.
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var XHTML_NS = "http://www.w3.org/1999/xhtml";
  // Elements that are not part of the frame: notices, dialogs, things only screen readers read.
  var SKIP_ELEMENTS = "[data-export-skip], .notice, .overlay, .visually-hidden";
  // Properties that never change how a still frame looks.
  var SKIP = /^(--|transition|animation|will-change|cursor|pointer-events|user-select|-webkit-user|caret|scroll-|overscroll|touch-action|view-transition)/;

  function baselineStyles() {
    var sandbox = document.createElement("div");
    sandbox.setAttribute("aria-hidden", "true");
    sandbox.style.cssText = "position:absolute;left:-99999px;top:0;visibility:hidden;";
    document.body.appendChild(sandbox);
    var cache = new Map();
    return {
      of: function (element) {
        var key = element.namespaceURI + " " + element.localName;
        var known = cache.get(key);
        if (known) return known;
        var bare = document.createElementNS(element.namespaceURI, element.localName);
        var host = sandbox;
        if (element.namespaceURI === SVG_NS && element.localName !== "svg") {
          host = document.createElementNS(SVG_NS, "svg");
          sandbox.appendChild(host);
        }
        host.appendChild(bare);
        var style = getComputedStyle(bare);
        var values = {};
        for (var i = 0; i < style.length; i++) values[style[i]] = style.getPropertyValue(style[i]);
        cache.set(key, values);
        return values;
      },
      remove: function () {
        sandbox.remove();
      },
    };
  }

  function inlineStyles(original, copy, baseline, skipped) {
    if (original.nodeType !== 1) return;
    if (original.matches(SKIP_ELEMENTS)) {
      skipped.push(copy);
      return;
    }
    var style = getComputedStyle(original);
    var bare = baseline.of(original);
    var parts = [];
    for (var i = 0; i < style.length; i++) {
      var name = style[i];
      if (SKIP.test(name)) continue;
      var value = style.getPropertyValue(name);
      if (bare[name] !== value) parts.push(name + ":" + value);
    }
    copy.setAttribute("style", parts.join(";"));
    copy.removeAttribute("class");
    // What the reader typed lives in properties, which cloning does not copy.
    var tag = original.localName;
    if (tag === "textarea") copy.textContent = original.value;
    if (tag === "input") {
      copy.setAttribute("value", original.value);
      if (original.checked) copy.setAttribute("checked", "");
    }
    if (tag === "option" && original.selected) copy.setAttribute("selected", "");
    var from = original.children;
    var to = copy.children;
    for (var j = 0; j < from.length && j < to.length; j++) inlineStyles(from[j], to[j], baseline, skipped);
  }

  function frameElement() {
    return document.querySelector("main .lab") || document.querySelector("main");
  }

  function frameSvg() {
    var element = frameElement();
    if (!element) throw new Error("there is no lab on the page to export");
    var rect = element.getBoundingClientRect();
    var width = Math.ceil(rect.width);
    var height = Math.ceil(Math.max(rect.height, element.scrollHeight));
    var copy = element.cloneNode(true);
    var baseline = baselineStyles();
    var skipped = [];
    try {
      inlineStyles(element, copy, baseline, skipped);
    } finally {
      baseline.remove();
    }
    skipped.forEach(function (node) {
      node.remove();
    });
    copy.querySelectorAll("script").forEach(function (node) {
      node.remove();
    });
    var page = getComputedStyle(document.body);
    var background = page.backgroundColor;
    if (!background || background === "rgba(0, 0, 0, 0)") background = getComputedStyle(document.documentElement).backgroundColor;
    var wrapper = document.createElementNS(XHTML_NS, "div");
    wrapper.setAttribute(
      "style",
      "width:" + width + "px;height:" + height + "px;overflow:hidden;background:" + background +
        ";color:" + page.color + ";font:" + page.font + ";",
    );
    wrapper.appendChild(copy);
    var body = new XMLSerializer().serializeToString(wrapper);
    var title = "nodescope: " + (document.title || "a frame");
    var svg =
      '<svg xmlns="' + SVG_NS + '" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + " " + height + '">' +
      "<title>" + escapeXml(title) + "</title>" +
      '<foreignObject x="0" y="0" width="' + width + '" height="' + height + '">' + body + "</foreignObject></svg>";
    return { svg: svg, width: width, height: height };
  }

  function escapeXml(text) {
    return String(text).replace(/[<>&"]/g, function (c) {
      return { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" }[c];
    });
  }

  function offer(url, fileName) {
    var link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function svgToPng(frame, scale) {
    return new Promise(function (resolve, reject) {
      var image = new Image();
      image.onload = function () {
        try {
          var canvas = document.createElement("canvas");
          canvas.width = frame.width * scale;
          canvas.height = frame.height * scale;
          var context = canvas.getContext("2d");
          context.scale(scale, scale);
          context.drawImage(image, 0, 0, frame.width, frame.height);
          canvas.toBlob(function (blob) {
            if (blob) resolve({ blob: blob, width: canvas.width, height: canvas.height });
            else reject(new Error("the browser could not encode the PNG"));
          }, "image/png");
        } catch (error) {
          reject(error);
        }
      };
      image.onerror = function () {
        reject(new Error("the browser could not draw the SVG"));
      };
      // A data: URL, not a blob: one, so that the canvas stays exportable.
      image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(frame.svg);
    });
  }

  window.nodescopeFrameSvg = frameSvg;
  window.nodescopeExport = function (format, fileName) {
    return Promise.resolve().then(function () {
      var frame = frameSvg();
      if (format === "svg") {
        var blob = new Blob([frame.svg], { type: "image/svg+xml" });
        var url = URL.createObjectURL(blob);
        offer(url, fileName);
        setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 60000);
        return { bytes: blob.size, width: frame.width, height: frame.height };
      }
      return svgToPng(frame, 2).then(function (png) {
        var url = URL.createObjectURL(png.blob);
        offer(url, fileName);
        setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 60000);
        return { bytes: png.blob.size, width: png.width, height: png.height };
      });
    });
  };
})();
