// The example's visitor statistics: counts a page view by sending the path to the service's own server.
// Loaded only after consent for "analytics" (the server leaves it out of the page, and the app adds it only when
// consent is given). No cookie, no identifier. A withdrawal in this page stops it at once.
(() => {
  if (window.cityAnalytics) return;
  const state = { allowed: true, sent: 0 };
  window.cityAnalytics = state;
  document.addEventListener('aukio:consent', (event) => {
    state.allowed = Boolean(event.detail && event.detail.purposes && event.detail.purposes.analytics);
  });
  if (state.allowed && navigator.sendBeacon) {
    navigator.sendBeacon('/analytics', location.pathname);
    state.sent += 1;
  }
  document.documentElement.dataset.analytics = 'loaded';
})();
