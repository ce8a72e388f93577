/* Video player enhancement: switch quality without reloading, and show captions in the page language.
   Without this file the quality links reload the page with ?qualite=...; nothing else depends on it. */
(function () {
  "use strict";
  if (window.__videoPlayer) return;
  window.__videoPlayer = true;
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-quality]");
    if (!link) return;
    var figure = link.closest("[data-video-player]");
    var media = figure && figure.querySelector("[data-player-media]");
    var wantsAudio = link.dataset.quality === "audio";
    if (!media || (media.tagName === "AUDIO") !== wantsAudio) return; /* audio <-> video: reload */
    event.preventDefault();
    var source = media.querySelector("source");
    if (source) { source.src = link.dataset.src; source.type = link.dataset.type; } else { media.src = link.dataset.src; }
    media.load();
    figure.querySelectorAll("[data-quality]").forEach(function (other) { other.removeAttribute("aria-current"); });
    link.setAttribute("aria-current", "true");
  });
  document.addEventListener("play", function (event) {
    var media = event.target;
    if (!media.textTracks || media.dataset.tracksSet) return;
    media.dataset.tracksSet = "1";
    var lang = document.documentElement.lang.slice(0, 2);
    for (var i = 0; i < media.textTracks.length; i++) {
      if (media.textTracks[i].language === lang) { media.textTracks[i].mode = "showing"; break; }
    }
  }, true);
})();
